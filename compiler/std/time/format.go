package time

// This file owns Format and Parse: layouts, their elements, and zone offsets and names
// in text.

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
	tISO8601TZ        // Z0700
	tISO8601SecondsTZ // Z070000
	tISO8601ShortTZ   // Z07
	tISO8601ColonTZ   // Z07:00
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
	name, offset, local := t.locUnix()
	days, daySec := floorDiv(local, 86400)
	y, m, d := civilFromDays(days)
	year, month, day := int(y), Month(m), int(d)
	hour, min, sec := int(daySec/3600), int(daySec%3600/60), int(daySec%60)
	weekday := weekdayOf(days)
	yday := int(days-daysFromCivil(y, 1, 1)) + 1
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
			b = append(b, weekday.String()...)
		case tWeekDay:
			b = append(b, weekday.String()[:3]...)
		case tDay:
			b = appendPad(b, int64(day), 0, '0')
		case tUnderDay:
			b = appendPad(b, int64(day), 2, ' ')
		case tZeroDay:
			b = appendPad(b, int64(day), 2, '0')
		case tUnderYearDay:
			b = appendPad(b, int64(yday), 3, ' ')
		case tZeroYearDay:
			b = appendPad(b, int64(yday), 3, '0')
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
			if name != "" {
				b = append(b, name...)
			} else {
				// An unnamed zone shows its offset, as -0700 does.
				b = appendOffset(b, offset, tNumTZ)
			}
		case tISO8601TZ, tISO8601SecondsTZ, tISO8601ShortTZ, tISO8601ColonTZ, tISO8601ColonSecondsTZ:
			if offset == 0 {
				b = append(b, 'Z')
			} else {
				b = appendOffset(b, offset, kind)
			}
		case tNumTZ, tNumSecondsTz, tNumShortTZ, tNumColonTZ, tNumColonSecondsTZ:
			b = appendOffset(b, offset, kind)
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

// appendOffset appends the zone offset (seconds east of UTC) in the shape of the
// numeric zone element kind: a sign and hours, then minutes unless short, then seconds
// for the seconds kinds, with colons for the colon kinds. Like gc, the sign comes from
// the offset in whole minutes, and the seconds part is offset%60 (so -30 seconds is
// "+00:00:-30").
func appendOffset(b []byte, offset int, kind int) []byte {
	mins := offset / 60
	secs := offset
	if mins < 0 {
		b = append(b, '-')
		mins = -mins
		secs = -secs
	} else {
		b = append(b, '+')
	}
	b = appendPad(b, int64(mins/60), 2, '0')
	colon := kind == tISO8601ColonTZ || kind == tNumColonTZ || kind == tISO8601ColonSecondsTZ || kind == tNumColonSecondsTZ
	if colon {
		b = append(b, ':')
	}
	if kind != tNumShortTZ && kind != tISO8601ShortTZ {
		b = appendPad(b, int64(mins%60), 2, '0')
	}
	if kind == tISO8601SecondsTZ || kind == tNumSecondsTz || kind == tISO8601ColonSecondsTZ || kind == tNumColonSecondsTZ {
		if colon {
			b = append(b, ':')
		}
		b = appendPad(b, int64(secs%60), 2, '0')
	}
	return b
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", with
// an " m=±<seconds>" suffix for a time that has a monotonic clock reading (times from
// Now), shown relative to program start.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
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

// GoString returns a Go-syntax-like representation of t: a call to Date with
// time.UTC, time.Local or time.Location("name").
func (t Time) GoString() string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	loc := "time.UTC"
	switch t.loc {
	case nil, &utcLoc:
	case Local:
		loc = "time.Local"
	default:
		loc = "time.Location(" + quote(t.loc.name) + ")"
	}
	return "time.Date(" + itoa(int64(y)) + ", time." + m.String() + ", " + itoa(int64(d)) + ", " +
		itoa(int64(h)) + ", " + itoa(int64(mi)) + ", " + itoa(int64(s)) + ", " +
		itoa(t.nsec) + ", " + loc + ")"
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
// for layouts). Missing elements default to zero (year 0, January 1).
//
// Without zone information the result is in UTC. With a zone offset (-0700) the result
// is in Local if Local has that offset (and name, if one was parsed) at that time, else
// in a fixed zone with that offset. With only a zone abbreviation (MST) the result is in
// Local if Local has a zone of that name, else in a fixed zone of that name and offset
// 0 (GMT+h and GMT-h get h hours).
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but differs in two important ways. First, in the
// absence of time zone information, Parse interprets a time as UTC; ParseInLocation
// interprets the time as in the given location. Second, when given a zone offset or
// abbreviation, Parse tries to match it against the Local location; ParseInLocation
// uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parseZoneOffset reads the numeric zone of kind from value: a sign, 2-digit hours,
// minutes and seconds as the kind has them. It returns the offset, the rest of value,
// a range error ("" if none) and whether value had the right shape.
func parseZoneOffset(value string, kind int) (int, string, string, bool) {
	var sign, hh, mm, ss string
	switch kind {
	case tISO8601ColonTZ, tNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, "", false
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case tISO8601ShortTZ, tNumShortTZ:
		if len(value) < 3 {
			return 0, value, "", false
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], "00", "00", value[3:]
	case tISO8601ColonSecondsTZ, tNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, "", false
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case tISO8601SecondsTZ, tNumSecondsTz:
		if len(value) < 7 {
			return 0, value, "", false
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, "", false
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, ok1 := getNum(hh, true)
	m, _, ok2 := getNum(mm, true)
	s, _, ok3 := getNum(ss, true)
	if !ok1 || !ok2 || !ok3 {
		return 0, value, "", false
	}
	// Offsets of 24 hours or 60 minutes or seconds do occur; more is out of range.
	rangeErr := ""
	if h > 24 {
		rangeErr = "time zone offset hour"
	}
	if m > 60 {
		rangeErr = "time zone offset minute"
	}
	if s > 60 {
		rangeErr = "time zone offset second"
	}
	off := (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		off = -off
	default:
		return 0, value, "", false
	}
	return off, value, rangeErr, true
}

// signedOffsetLen returns the length of a "+h" or "-h" hour offset (h <= 12) at the
// start of value, or 0.
func signedOffsetLen(value string) int {
	if len(value) == 0 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	k, h := 1, 0
	for k < len(value) && isDigitAt(value, k) {
		if h <= 12 {
			h = h*10 + int(value[k]-'0')
		}
		k++
	}
	if k == 1 || h > 12 {
		return 0
	}
	return k
}

// zoneNameLen returns the length of the zone abbreviation at the start of value (0 if
// there is none): 3 upper-case letters, 4 ending in T (and WITA), 5 ending in T, the
// mixed-case ChST and MeST, GMT with an optional hour offset, or a bare hour offset
// (+03).
func zoneNameLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedOffsetLen(value)
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4
		}
	case 5:
		if value[4] == 'T' {
			return 5
		}
	}
	return 0
}

// parse is Parse with the location for times without zone information (defaultLoc)
// and the one whose zones parsed offsets and names are matched against (local).
func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec := 0, 0, 0
	var nsec int64
	var z *Location  // a zone read as "Z" or "UTC"
	zoneOffset := -1 // a numeric zone offset (-1: none)
	zoneName := ""   // a zone abbreviation
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
				z = UTC
				break
			}
			zoneOffset, value, rangeErr, ok = parseZoneOffset(value, kind)
		case tTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				value = value[3:]
				z = UTC
				break
			}
			k := zoneNameLen(value)
			if k == 0 {
				ok = false
				break
			}
			zoneName, value = value[:k], value[k:]
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
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, int(nsec), z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, int(nsec), UTC)
		t.sec -= int64(zoneOffset)
		// Local's zone if it has this offset (and name) then, else a fixed zone.
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			return t.setLoc(local), nil
		}
		return t.setLoc(FixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, int(nsec), UTC)
		if offset, ok := local.lookupName(zoneName, t.unixSec()); ok {
			t.sec -= int64(offset)
			return t.setLoc(local), nil
		}
		// An unknown zone: offset 0, except GMT+h (whose time is still read as UTC).
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			h := 0
			for k := 4; k < len(zoneName); k++ {
				h = h*10 + int(zoneName[k]-'0')
			}
			if zoneName[3] == '-' {
				h = -h
			}
			offset = h * 3600
		}
		return t.setLoc(FixedZone(zoneName, offset)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, int(nsec), defaultLoc), nil
}
