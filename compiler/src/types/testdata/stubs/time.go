package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string    { return "" }
func (d Duration) Seconds() float64  { return 0 }
func (d Duration) Milliseconds() int64 { return 0 }

type Time struct{ ns int64 }

func Now() Time                         { return Time{} }
func Since(t Time) Duration             { return 0 }
func (t Time) Sub(u Time) Duration      { return 0 }
func Sleep(d Duration)                  {}
func After(d Duration) <-chan Time      { return nil }
func Tick(d Duration) <-chan Time       { return nil }

type Timer struct{ C <-chan Time }

func NewTimer(d Duration) *Timer { return nil }
func (t *Timer) Stop() bool      { return false }
