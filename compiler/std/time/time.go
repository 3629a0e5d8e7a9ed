// Package time provides functionality for measuring and displaying time, sleeping,
// timers and tickers, and time zones.
//
// This file owns the Time type: instants, the calendar and comparisons. duration.go has
// Duration, format.go Format and Parse, zoneinfo.go Location and the zone lookup,
// tzfile.go zoneinfo (TZif) files, LoadLocation and TZ rule strings, sleep.go timers.
//
// The bodyless functions are implemented in the Rust runtime (runtime/src/time.rs and
// env.rs, symbols "time.<name>"). Timers are runtime timers: on expiry one either sends
// the current Time on a buffered-1 channel without blocking or starts a goroutine running
// a func(). The Time layout (sec, nsec, mono, loc) is shared with the runtime.
package time

func nanotime() int64
func walltime() (sec int64, nsec int64)

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

func runtimeNewTimer(c chan Time, f func(), loc *Location) uintptr
func runtimeStartTimer(t uintptr, when int64, period int64) bool
func runtimeStopTimer(t uintptr) bool

// makeTimeChan makes a chan Time with buffer size 1; drainTimeChan empties it without
// blocking (so that no stale value is received after Stop or Reset).
func makeTimeChan() chan Time
func drainTimeChan(c chan Time)

// A Time represents an instant in time with nanosecond precision.
//
// sec counts seconds since January 1, year 1, 00:00:00 UTC (so the zero Time is that
// instant) and nsec the nanoseconds within that second. mono is the monotonic clock
// reading (nanotime scale) of times from Now, 0 for every other Time. loc is the
// location used for display; nil means UTC (the zero Time's), so that == between Times
// compares the instant, the monotonic reading and the location, as in gc.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// startNano is the monotonic reading at program start, minus one: String shows a
// monotonic reading relative to it (so it is always positive), as gc does.
var startNano int64 = nanotime() - 1

// Now returns the current local time.
func Now() Time {
	s, n := walltime()
	return Time{sec: s + unixToInternal, nsec: n, mono: nanotime(), loc: Local}
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

// unixSec returns t's seconds since the Unix epoch.
func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// stripMono returns t without its monotonic reading.
func (t Time) stripMono() Time {
	t.mono = 0
	return t
}

// setLoc returns t in loc, with UTC stored as nil (see Time), without its monotonic
// reading: a time moved to another location is about its wall clock (so In, Local and
// UTC strip it too, as documented for gc).
func (t Time) setLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	t.mono = 0
	return t
}

// unixTime builds a local Time from Unix seconds and nanoseconds in [0, 1e9).
func unixTime(usec int64, nsec int64) Time {
	return Time{sec: usec + unixToInternal, nsec: nsec, loc: Local}
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

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location.
//
// Out-of-range values are normalised: October 32 is November 1. In a zone transition's
// gap or overlap the result is one of the two candidate instants, chosen as gc does: the
// offset in effect just before the transition is tried first.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	y, m := floorDiv(int64(month)-1, 12)
	yy := int64(year) + y
	days := daysFromCivil(yy, m+1, 1) + int64(day) - 1
	ds, ns := floorDiv(int64(nsec), 1e9)
	unix := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec) + ds
	// unix is the local wall clock read as UTC. Find the offset in effect: first guess
	// with the offset at unix itself, then check the guess lands in that zone period.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	return Time{sec: unix + unixToInternal, nsec: ns}.setLoc(loc)
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and
// nsec nanoseconds since January 1, 1970 UTC (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	ds, ns := floorDiv(nsec, 1e9)
	return unixTime(sec+ds, ns)
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// locUnix returns the zone of t and t's wall clock in that zone as Unix seconds.
func (t Time) locUnix() (name string, offset int, local int64) {
	u := t.unixSec()
	if t.loc == nil || t.loc == &utcLoc {
		return "UTC", 0, u
	}
	name, offset, _, _, _ = t.loc.lookup(u)
	return name, offset, u + int64(offset)
}

// days returns the days since the epoch and the seconds within that day, on t's wall
// clock.
func (t Time) days() (int64, int64) {
	_, _, local := t.locUnix()
	return floorDiv(local, 86400)
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

// weekdayOf returns the day of the week of the day d days after 1970-01-01.
func weekdayOf(d int64) Weekday {
	_, w := floorDiv(d+4, 7) // 1970-01-01 was a Thursday
	return Weekday(w)
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	return weekdayOf(d)
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
	d, _ := t.days()
	wd := int64(weekdayOf(d)+6) % 7 // Monday = 0
	y, _, _ := civilFromDays(d + 3 - wd)
	return int(y), int(d+3-wd-daysFromCivil(y, 1, 1))/7 + 1
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the abbreviated name of
// the zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.locUnix()
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t. The zone begins
// at start and the next zone begins at end. If the zone begins at the beginning of
// time, start is the zero Time; if it never ends, end is the zero Time. The location
// of the returned times is the same as t's.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = Time{sec: startSec + unixToInternal, loc: t.loc}
	}
	if endSec != omega {
		end = Time{sec: endSec + unixToInternal, loc: t.loc}
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings
// Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.unixSec())
	return isDST
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.setLoc(&utcLoc) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.setLoc(Local) }

// In returns a copy of t representing the same time instant, but with the copy's
// location information set to loc for display purposes. In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc)
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
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

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
	r := t
	r.sec = t.sec + dsec
	r.nsec = nsec
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

// Sub returns the duration t-u, saturating at the minimum or maximum Duration.
// Monotonic readings are used when both times have one.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t, normalised like Date (October 31 plus one month is December 1), in
// t's location.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
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

// Equal reports whether t and u represent the same time instant, whatever their
// locations (unlike ==).
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
	_, sr := floorDiv(t.sec, int64(d))
	r := mulMod(uint64(sr), 1e9, uint64(d)) + uint64(t.nsec)%uint64(d)
	return Duration(r % uint64(d))
}

// Truncate returns the result of rounding t down to a multiple of d since the zero
// time, without its monotonic reading. If d <= 0, Truncate returns t stripped of it.
// It operates on the absolute time, not on t's wall clock in its location.
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
