// Package time provides functionality for measuring and displaying time, sleeping,
// timers and tickers.
//
// The bodyless functions are implemented in the Rust runtime (runtime/src/time.rs,
// symbols "time.<name>"). Timers are runtime timers: on expiry one either sends the
// current Time on a buffered-1 channel without blocking or starts a goroutine running
// a func(). The Time layout (sec, nsec, mono) is shared with the runtime.
package time

import "errors"

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

// A Time represents an instant in time with nanosecond precision. Times from Now (and
// timer channels, built by the runtime) have mono != 0 and sec counts seconds since the
// Unix epoch; every other Time has mono == 0 and sec counts seconds since January 1,
// year 1, 00:00:00 UTC, so that the zero Time is that instant. Use unixSec to read it.
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

// Time zones: rgo's time package knows only UTC. UTC and Local both denote UTC, every
// Time's Location is UTC, Zone reports ("UTC", 0), and Parse converts a parsed numeric
// offset to the equivalent UTC instant.

// A Location maps time instants to the zone in use at that time (always UTC in rgo).
type Location struct {
	name string
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone; in rgo it is UTC.
var Local *Location = &utcLoc

// String returns the name of the location ("UTC").
func (l *Location) String() string { return "UTC" }

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// unixSec returns t's seconds since the Unix epoch.
func (t Time) unixSec() int64 {
	if t.mono != 0 {
		return t.sec
	}
	return t.sec - unixToInternal
}

// stripMono returns t without its monotonic reading.
func (t Time) stripMono() Time {
	if t.mono != 0 {
		t.sec += unixToInternal
		t.mono = 0
	}
	return t
}

// mkTime builds a Time from Unix seconds and nanoseconds in [0, 1e9).
func mkTime(usec int64, nsec int64) Time {
	return Time{sec: usec + unixToInternal, nsec: nsec}
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// floorDiv returns floor(a/b) and the matching non-negative remainder (b > 0).
func floorDiv(a int64, b int64) (int64, int64) {
	q := a / b
	r := a % b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// daysFromCivil returns the number of days from 1970-01-01 to the proleptic Gregorian
// date y-m-d (m in 1..12), using the era (400-year cycle) decomposition with years
// starting on March 1.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m int64, d int64) {
	z += 719468
	era, doe := floorDiv(z, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int64) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds (in
// UTC whatever loc is). Out-of-range values are normalised: October 32 is November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	y, m := floorDiv(int64(month)-1, 12)
	yy := int64(year) + y
	days := daysFromCivil(yy, m+1, 1) + int64(day) - 1
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	ds, ns := floorDiv(int64(nsec), 1e9)
	return mkTime(s+ds, ns)
}

// Unix returns the Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	ds, ns := floorDiv(nsec, 1e9)
	return mkTime(sec+ds, ns)
}

// UnixMilli returns the Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// days returns the days since the epoch and the seconds within that day.
func (t Time) days() (int64, int64) {
	return floorDiv(t.unixSec(), 86400)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	y, m, dd := civilFromDays(d)
	return int(y), Month(m), int(dd)
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+4, 7) // 1970-01-01 was a Thursday
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in the range [1, 366].
func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civilFromDays(d)
	return int(d-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week's Thursday decides the year.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Location returns UTC (the only location rgo supports).
func (t Time) Location() *Location { return UTC }

// Zone returns the zone name and offset in seconds east of UTC: always ("UTC", 0).
func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t }

// Local returns t with the location set to local time (UTC in rgo).
func (t Time) Local() Time { return t }

// In returns t with the location set to loc (UTC in rgo); In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t
}

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.unixSec() == -unixToInternal && t.nsec == 0 }

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
	r := Time{sec: t.sec + dsec, nsec: nsec, mono: t.mono}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
		if r.mono == 0 {
			r = r.stripMono()
		}
	}
	return r
}

// Sub returns the duration t-u, saturating at the minimum or maximum Duration.
// Monotonic readings are used when both times have one.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.unixSec()-u.unixSec())*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t, normalised like Date (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), UTC)
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	ts, us := t.unixSec(), u.unixSec()
	return ts > us || ts == us && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	ts, us := t.unixSec(), u.unixSec()
	return ts < us || ts == us && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.unixSec() == u.unixSec() && t.nsec == u.nsec
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

// mulMod returns a*b mod m for 0 <= a, b < m without overflow.
func mulMod(a uint64, b uint64, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 != 0 {
			r += a
			if r >= m {
				r -= m
			}
		}
		a += a
		if a >= m {
			a -= m
		}
		b >>= 1
	}
	return r
}

// rem returns the remainder of t (as a duration since the zero Time) modulo d > 0.
func (t Time) rem(d Duration) Duration {
	isec := t.unixSec() + unixToInternal
	_, sr := floorDiv(isec, int64(d))
	r := mulMod(uint64(sr), 1e9, uint64(d)) + uint64(t.nsec)%uint64(d)
	return Duration(r % uint64(d))
}

// Truncate returns the result of rounding t down to a multiple of d since the zero
// time, without its monotonic reading. If d <= 0, Truncate returns t stripped of it.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns the result of rounding t to the nearest multiple of d since the zero
// time (halfway values round up), without its monotonic reading. If d <= 0, Round
// returns t stripped of it.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Layouts for Format and Parse, written in terms of the reference time
// Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout element kinds.
const (
	tNone = iota
	tLongMonth
	tMonth
	tNumMonth
	tZeroMonth
	tLongWeekDay
	tWeekDay
	tDay
	tUnderDay
	tZeroDay
	tUnderYearDay
	tZeroYearDay
	tHour
	tHour12
	tZeroHour12
	tMinute
	tZeroMinute
	tSecond
	tZeroSecond
	tLongYear
	tYear
	tPM
	tpm
	tTZ
	tISO8601TZ       // Z0700
	tISO8601SecondsTZ // Z070000
	tISO8601ShortTZ  // Z07
	tISO8601ColonTZ  // Z07:00
	tISO8601ColonSecondsTZ
	tNumTZ // -0700
	tNumSecondsTz
	tNumShortTZ
	tNumColonTZ
	tNumColonSecondsTZ
	tFracSecond0 // .000, ,000 (digit count in the element length)
	tFracSecond9 // .999, ,999
)

var namedElems = []string{
	"January", "Jan", "Monday", "Mon", "MST",
	"Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07",
	"-07:00:00", "-070000", "-07:00", "-0700", "-07",
	"2006", "__2", "_2", "002", "01", "02", "03", "04", "05", "06",
	"15", "1", "2", "3", "4", "5", "PM", "pm",
}

var namedKinds = []int{
	tLongMonth, tMonth, tLongWeekDay, tWeekDay, tTZ,
	tISO8601ColonSecondsTZ, tISO8601SecondsTZ, tISO8601ColonTZ, tISO8601TZ, tISO8601ShortTZ,
	tNumColonSecondsTZ, tNumSecondsTz, tNumColonTZ, tNumTZ, tNumShortTZ,
	tLongYear, tUnderYearDay, tUnderDay, tZeroYearDay, tZeroMonth, tZeroDay, tZeroHour12, tZeroMinute, tZeroSecond, tYear,
	tHour, tNumMonth, tDay, tHour12, tMinute, tSecond, tPM, tpm,
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// elemAt reports the layout element starting at layout[i] (kind tNone if layout[i] is
// a literal byte) and its length.
func elemAt(layout string, i int) (int, int) {
	rest := layout[i:]
	c := layout[i]
	if (c == '.' || c == ',') && len(rest) > 1 && (rest[1] == '0' || rest[1] == '9') {
		j := 1
		for j < len(rest) && rest[j] == rest[1] {
			j++
		}
		if !isDigitAt(rest, j) {
			if rest[1] == '0' {
				return tFracSecond0, j
			}
			return tFracSecond9, j
		}
	}
	if len(rest) >= 5 && rest[:5] == "_2006" {
		return tNone, 1 // "_" followed by the year
	}
	for k, e := range namedElems {
		if len(rest) >= len(e) && rest[:len(e)] == e {
			return namedKinds[k], len(e)
		}
	}
	return tNone, 1
}

func appendPad(b []byte, v int64, width int, pad byte) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	s := utoa(uint64(v))
	for i := len(s); i < width; i++ {
		b = append(b, pad)
	}
	return append(b, s...)
}

// Format returns a textual representation of t laid out as layout, which shows how the
// reference time Mon Jan 2 15:04:05 MST 2006 would be displayed.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(nil, layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for i := 0; i < len(layout); {
		kind, n := elemAt(layout, i)
		elem := layout[i : i+n]
		i += n
		switch kind {
		case tNone:
			b = append(b, elem...)
		case tLongYear:
			b = appendPad(b, int64(year), 4, '0')
		case tYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendPad(b, int64(y), 2, '0')
		case tLongMonth:
			b = append(b, month.String()...)
		case tMonth:
			b = append(b, month.String()[:3]...)
		case tNumMonth:
			b = appendPad(b, int64(month), 0, '0')
		case tZeroMonth:
			b = appendPad(b, int64(month), 2, '0')
		case tLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case tWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case tDay:
			b = appendPad(b, int64(day), 0, '0')
		case tUnderDay:
			b = appendPad(b, int64(day), 2, ' ')
		case tZeroDay:
			b = appendPad(b, int64(day), 2, '0')
		case tUnderYearDay:
			b = appendPad(b, int64(t.YearDay()), 3, ' ')
		case tZeroYearDay:
			b = appendPad(b, int64(t.YearDay()), 3, '0')
		case tHour:
			b = appendPad(b, int64(hour), 2, '0')
		case tHour12, tZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if kind == tZeroHour12 {
				w = 2
			}
			b = appendPad(b, int64(h), w, '0')
		case tMinute:
			b = appendPad(b, int64(min), 0, '0')
		case tZeroMinute:
			b = appendPad(b, int64(min), 2, '0')
		case tSecond:
			b = appendPad(b, int64(sec), 0, '0')
		case tZeroSecond:
			b = appendPad(b, int64(sec), 2, '0')
		case tPM, tpm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if kind == tpm {
				s = "am"
				if hour >= 12 {
					s = "pm"
				}
			}
			b = append(b, s...)
		case tTZ:
			b = append(b, "UTC"...)
		case tISO8601TZ, tISO8601SecondsTZ, tISO8601ShortTZ, tISO8601ColonTZ, tISO8601ColonSecondsTZ:
			b = append(b, 'Z')
		case tNumTZ:
			b = append(b, "+0000"...)
		case tNumSecondsTz:
			b = append(b, "+000000"...)
		case tNumShortTZ:
			b = append(b, "+00"...)
		case tNumColonTZ:
			b = append(b, "+00:00"...)
		case tNumColonSecondsTZ:
			b = append(b, "+00:00:00"...)
		case tFracSecond0, tFracSecond9:
			digits := n - 1
			var frac [9]byte
			v := t.nsec
			for k := 8; k >= 0; k-- {
				frac[k] = byte('0' + v%10)
				v /= 10
			}
			if digits > 9 {
				digits = 9
			}
			if kind == tFracSecond9 {
				for digits > 0 && frac[digits-1] == '0' {
					digits--
				}
				if digits == 0 {
					break
				}
			}
			b = append(b, elem[0])
			b = append(b, frac[:digits]...)
		}
	}
	return b
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST" (with
// an " m=±<value>" monotonic reading suffix for times from Now).
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = appendPad(b, m/1e9, 0, '0')
		b = append(b, '.')
		b = appendPad(b, m%1e9, 9, '0')
		s += string(b)
	}
	return s
}

// GoString returns a Go-syntax-like representation of t.
func (t Time) GoString() string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return "time.Date(" + itoa(int64(y)) + ", time." + m.String() + ", " + itoa(int64(d)) + ", " +
		itoa(int64(h)) + ", " + itoa(int64(mi)) + ", " + itoa(int64(s)) + ", " +
		itoa(t.nsec) + ", time.UTC)"
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func quote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// getNum parses a 1- or 2-digit number (exactly 2 if fixed) at the start of s.
func getNum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getNum3 parses a 1- to 3-digit number (exactly 3 if fixed).
func getNum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lookup finds the name in tab that prefixes s case-insensitively.
func lookup(tab []string, s string, short bool) (int, string, bool) {
	for i, name := range tab {
		if short {
			name = name[:3]
		}
		if len(s) >= len(name) {
			ok := true
			for k := 0; k < len(name); k++ {
				if lower(s[k]) != lower(name[k]) {
					ok = false
					break
				}
			}
			if ok {
				return i, s[len(name):], true
			}
		}
	}
	return 0, s, false
}

// parseFrac parses "[.,]digits" (the separator included in s) into nanoseconds.
func parseFrac(s string) (int64, bool) {
	if len(s) < 2 || s[0] != '.' && s[0] != ',' {
		return 0, false
	}
	var ns int64
	k := 1
	for ; k < len(s) && k <= 9; k++ {
		if !isDigitAt(s, k) {
			return 0, false
		}
		ns = ns*10 + int64(s[k]-'0')
	}
	for ; k <= 9; k++ {
		ns *= 10
	}
	for k = 10; k < len(s); k++ {
		if !isDigitAt(s, k) {
			return 0, false
		}
	}
	return ns, true
}

// Parse parses a formatted string and returns the time value it represents (see Format
// for layouts). Missing elements default to zero (year 0, January 1); a numeric zone
// offset is applied to give the UTC instant, and zone abbreviations are accepted and
// treated as UTC.
func Parse(layout, value string) (Time, error) {
	alayout, avalue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec := 0, 0, 0
	var nsec int64
	var zoff int
	pmSet, amSet := false, false
	rangeErr := ""
	lit := 0
	for i := 0; i <= len(layout); {
		kind, n := tNone, 0
		if i < len(layout) {
			kind, n = elemAt(layout, i)
		}
		if i == len(layout) || kind != tNone {
			// Match the pending literal text.
			prefix := layout[lit:i]
			if len(value) < len(prefix) || value[:len(prefix)] != prefix {
				return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
			}
			value = value[len(prefix):]
		}
		if i == len(layout) {
			break
		}
		if kind == tNone {
			i += n
			continue
		}
		elem := layout[i : i+n]
		i += n
		lit = i
		hold := value
		ok := true
		switch kind {
		case tLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) || !isDigitAt(value, 1) || !isDigitAt(value, 2) || !isDigitAt(value, 3) {
				ok = false
				break
			}
			year = int(value[0]-'0')*1000 + int(value[1]-'0')*100 + int(value[2]-'0')*10 + int(value[3]-'0')
			value = value[4:]
		case tYear:
			if len(value) < 2 {
				ok = false
				break
			}
			year, value, ok = getNum(value, true)
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case tLongMonth, tMonth:
			month, value, ok = lookup(longMonthNames, value, kind == tMonth)
			month++
		case tNumMonth, tZeroMonth:
			month, value, ok = getNum(value, kind == tZeroMonth)
			if ok && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case tLongWeekDay, tWeekDay:
			_, value, ok = lookup(longDayNames, value, kind == tWeekDay)
		case tDay, tUnderDay, tZeroDay:
			if kind == tUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = getNum(value, kind == tZeroDay)
		case tUnderYearDay, tZeroYearDay:
			for k := 0; k < 2 && kind == tUnderYearDay && len(value) > 0 && value[0] == ' '; k++ {
				value = value[1:]
			}
			yday, value, ok = getNum3(value, kind == tZeroYearDay)
			if ok && (yday < 1 || yday > 366) {
				rangeErr = "day-of-year"
			}
		case tHour:
			hour, value, ok = getNum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case tHour12, tZeroHour12:
			hour, value, ok = getNum(value, kind == tZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case tMinute, tZeroMinute:
			min, value, ok = getNum(value, kind == tZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case tSecond, tZeroSecond:
			sec, value, ok = getNum(value, kind == tZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fractional second not in the layout is accepted after seconds.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				nk, _ := tNone, 0
				if i < len(layout) {
					nk, _ = elemAt(layout, i)
				}
				if nk == tFracSecond0 || nk == tFracSecond9 {
					break
				}
				k := 1
				for k < len(value) && isDigitAt(value, k) {
					k++
				}
				nsec, ok = parseFrac(value[:k])
				value = value[k:]
			}
		case tPM, tpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			if kind == tpm {
				p = string([]byte{p[0] - 'a' + 'A', p[1] - 'a' + 'A'})
			}
			switch p {
			case "PM":
				pmSet = true
			case "AM":
				amSet = true
			default:
				ok = false
			}
		case tISO8601TZ, tISO8601SecondsTZ, tISO8601ShortTZ, tISO8601ColonTZ, tISO8601ColonSecondsTZ,
			tNumTZ, tNumSecondsTz, tNumShortTZ, tNumColonTZ, tNumColonSecondsTZ:
			if kind <= tISO8601ColonSecondsTZ && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				break
			}
			// sign hh [[:]mm [[:]ss]] following the element's shape.
			shape := elem
			if shape[0] == 'Z' {
				shape = "-" + shape[1:]
			}
			if len(value) < len(shape) || value[0] != '+' && value[0] != '-' {
				ok = false
				break
			}
			var digits []int
			for k := 1; k < len(shape); k++ {
				if shape[k] == ':' {
					if value[k] != ':' {
						ok = false
					}
					continue
				}
				if !isDigitAt(value, k) {
					ok = false
					continue
				}
				digits = append(digits, int(value[k]-'0'))
			}
			if !ok {
				break
			}
			secs := 0
			mult := []int{36000, 3600, 600, 60, 10, 1}
			for k, dg := range digits {
				secs += dg * mult[k]
			}
			if value[0] == '-' {
				secs = -secs
			}
			zoff = secs
			value = value[len(shape):]
		case tTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				value = value[3:]
				break
			}
			k := 0
			for k < len(value) && k < 5 && 'A' <= value[k] && value[k] <= 'Z' {
				k++
			}
			if k < 3 {
				ok = false
				break
			}
			value = value[k:]
		case tFracSecond0:
			ndigit := n
			if len(value) < ndigit || value[0] != elem[0] && (value[0] != '.' && value[0] != ',') {
				ok = false
				break
			}
			nsec, ok = parseFrac(value[:ndigit])
			value = value[ndigit:]
		case tFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				break
			}
			k := 1
			for k < 10 && isDigitAt(value, k) {
				k++
			}
			nsec, ok = parseFrac(value[:k])
			value = value[k:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elem, hold, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{alayout, avalue, elem, hold, ""}
		}
	}
	if len(value) > 0 {
		return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		if month < 0 && day < 0 {
			if yday > 365 && !isLeap(int64(year)) {
				return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
			}
			d := daysFromCivil(int64(year), 1, 1) + int64(yday) - 1
			_, m, dd := civilFromDays(d)
			month, day = int(m), int(dd)
		}
	}
	if month < 0 {
		month = 1
	}
	if day < 0 {
		day = 1
	}
	if day < 1 || day > daysIn(Month(month), int64(year)) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	t := Date(year, Month(month), day, hour, min, sec, int(nsec), UTC)
	return t.Add(-Duration(zoff) * Second), nil
}

var unitMap = []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h"}
var unitVal = []uint64{1, 1e3, 1e3, 1e3, 1e6, 1e9, 60e9, 3600e9}

// ParseDuration parses a duration string: a possibly signed sequence of decimal
// numbers, each with optional fraction and a unit suffix ("ns", "us" or "µs", "ms",
// "s", "m", "h"), such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		for s != "" && '0' <= s[0] && s[0] <= '9' {
			if v > (1<<63)/10 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
			v = v*10 + uint64(s[0]-'0')
			s = s[1:]
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			for s != "" && '0' <= s[0] && s[0] <= '9' {
				if f < (1<<63)/10 {
					f = f*10 + uint64(s[0]-'0')
					scale *= 10
				}
				s = s[1:]
			}
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := uint64(0)
		for k, name := range unitMap {
			if name == u {
				unit = unitVal[k]
			}
		}
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > (1<<63)/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}
