// Package time provides functionality for measuring and displaying time, sleeping,
// timers and tickers.
//
// The bodyless functions are implemented in the Rust runtime (runtime/src/time.rs,
// symbols "time.<name>"). Timers are runtime timers: on expiry one either sends the
// current Time on a buffered-1 channel without blocking or starts a goroutine running
// a func(). The Time layout (sec, nsec, mono) is shared with the runtime.
package time

func nanotime() int64
func walltime() (sec int64, nsec int64)

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

func runtimeNewTimer(c chan Time, f func()) uintptr
func runtimeStartTimer(t uintptr, when int64, period int64) bool
func runtimeStopTimer(t uintptr) bool

// makeTimeChan makes a chan Time with buffer size 1; drainTimeChan empties it without
// blocking (so that no stale value is received after Stop or Reset).
func makeTimeChan() chan Time
func drainTimeChan(c chan Time)

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns a string representing the duration in the form "72h3m0.5s". Durations
// less than one second use a smaller unit (ms, µs, ns) so that the leading digit is
// non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		secs := fracString(u%uint64(Minute), 9) + "s"
		u /= uint64(Minute)
		if u > 0 {
			mins := utoa(u%60) + "m"
			u /= 60
			if u > 0 {
				s = utoa(u) + "h" + mins + secs
			} else {
				s = mins + secs
			}
		} else {
			s = secs
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// utoa formats v in decimal.
func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

// fracString formats v / 10^prec with the fraction's trailing zeros (and a bare dot)
// removed.
func fracString(v uint64, prec int) string {
	var frac [9]byte
	n := 0
	nonzero := false
	for i := prec - 1; i >= 0; i-- {
		digit := v % 10
		if digit != 0 {
			nonzero = true
		}
		if nonzero {
			frac[i] = byte('0' + digit)
			if n == 0 {
				n = i + 1
			}
		}
		v /= 10
	}
	if !nonzero {
		return utoa(v)
	}
	return utoa(v) + "." + string(frac[:n])
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0,
// Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values
// away from zero. If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the minimum duration maps to the maximum).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Time represents an instant in time with nanosecond precision: wall-clock seconds
// and nanoseconds since the Unix epoch plus, for times from Now, a monotonic clock
// reading used by Sub, Since and Until.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

// Now returns the current time.
func Now() Time {
	s, n := walltime()
	return Time{sec: s, nsec: n, mono: nanotime()}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: nsec}
}

// UnixMilli returns the Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// Sub returns the duration t-u (monotonic readings are used when both have one).
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.mono != 0 {
		return Duration(nanotime() - t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.mono != 0 {
		return Duration(t.mono - nanotime())
	}
	return t.Sub(Now())
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	r := Time{sec: t.sec + dsec, nsec: nsec}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// IsZero reports whether t is the zero time.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && t.mono == 0 }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.sec*1e9 + t.nsec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.sec*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.sec*1e6 + t.nsec/1e3 }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Round returns t stripped of its monotonic clock reading when d <= 0 (the only use
// rgo supports: t.Round(0)); otherwise t rounded to a multiple of d since the epoch.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	r := ns % int64(d)
	if r+r < int64(d) {
		ns -= r
	} else {
		ns += int64(d) - r
	}
	return Unix(0, ns)
}

// when is the monotonic deadline d from now (saturating).
func when(d Duration) int64 {
	now := nanotime()
	if d <= 0 {
		return now
	}
	w := now + int64(d)
	if w < now {
		w = int64(maxDuration)
	}
	return w
}
