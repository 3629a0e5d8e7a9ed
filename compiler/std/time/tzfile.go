package time

import (
	"errors"
	"sync"
)

// This file owns loading locations: LoadLocation and LoadLocationFromTZData (the TZif
// format of RFC 8536, versions 1 to 3), the zoneinfo directories, and TZ rule strings
// (POSIX TZ, as in the footer of TZif v2+ files) for instants after the last transition.

// runtime_getenv reads the environment as changed by package os (runtime/src/env.rs).
func runtime_getenv(key string) (value string, ok bool)

// Zoneinfo files are read through the runtime's file hooks (those of package os, which
// time cannot import): errno is 0 or a positive errno value.
func sysOpen(path string) (fd int, errno int)
func sysPread(fd int, p []byte, off int64) (n int, errno int)
func sysClose(fd int) int

// An errnoError is a failed system call's errno, with the text of the syscall.Errno
// gc's time package reports.
type errnoError int

const errENOENT errnoError = 2

func (e errnoError) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 5:
		return "input/output error"
	case 13:
		return "permission denied"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	return "errno " + itoa(int64(e))
}

var errBadData = errors.New("malformed time zone information")
var errLocation = errors.New("time: invalid location name")

// maxFileSize is the size limit of a zoneinfo file.
const maxFileSize = 10 << 20

// readFile returns the contents of the file name.
func readFile(name string) ([]byte, error) {
	fd, errno := sysOpen(name)
	if errno != 0 {
		return nil, errnoError(errno)
	}
	defer sysClose(fd)
	buf := make([]byte, 4096)
	n := 0
	for {
		if n == len(buf) {
			if len(buf) >= maxFileSize {
				return nil, errors.New(name + " is too large")
			}
			buf = append(buf, make([]byte, len(buf))...)
		}
		m, errno := sysPread(fd, buf[n:], int64(n))
		if errno != 0 {
			return nil, errnoError(errno)
		}
		if m == 0 {
			return buf[:n], nil
		}
		n += m
	}
}

// loadTzinfo reads the zoneinfo file name in dir (name itself when dir is "").
// Zip archives of zoneinfo files (gc's $GOROOT/lib/time/zoneinfo.zip) are not
// supported: they are reported as not containing the zone.
func loadTzinfo(name string, dir string) ([]byte, error) {
	if len(dir) > 4 && dir[len(dir)-4:] == ".zip" {
		return nil, errENOENT
	}
	if dir != "" {
		name = dir + "/" + name
	}
	return readFile(name)
}

// loadLocation loads the zone name from the first of dirs that has it. The error is
// the first one other than a missing file, or "unknown time zone".
func loadLocation(name string, dirs []string) (*Location, error) {
	var firstErr error
	for _, dir := range dirs {
		data, err := loadTzinfo(name, dir)
		if err == nil {
			var z *Location
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && err != errENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// zoneinfoDir is $ZONEINFO, read on the first LoadLocation.
var zoneinfoDir string
var zoneinfoOnce sync.Once

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// LoadLocation returns the Location with the given name.
//
// If the name is "" or "UTC", LoadLocation returns UTC. If the name is "Local",
// LoadLocation returns Local. Otherwise, the name is taken to be a location name
// corresponding to a file in the IANA Time Zone database, such as "America/New_York",
// looked for in the directory named by the ZONEINFO environment variable, if any, then
// in the system's zoneinfo directories (/usr/share/zoneinfo, ...).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	zoneinfoOnce.Do(func() { zoneinfoDir, _ = runtime_getenv("ZONEINFO") })
	var firstErr error
	if zoneinfoDir != "" {
		if data, err := loadTzinfo(name, zoneinfoDir); err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
	}
	z, err := loadLocation(name, zoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// tzReader reads the big-endian fields of a TZif file; bad records a short read.
type tzReader struct {
	b   []byte
	bad bool
}

func (r *tzReader) take(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.bad = true
		r.b = nil
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *tzReader) u32() uint32 {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

func (r *tzReader) i64() int64 {
	hi := r.u32()
	lo := r.u32()
	return int64(uint64(hi)<<32 | uint64(lo))
}

func (r *tzReader) byte1() byte {
	p := r.take(1)
	if p == nil {
		return 0
	}
	return p[0]
}

// tzCounts is a TZif header's six counts.
type tzCounts struct {
	isut, isstd, leap, time, typ, char int
}

// header reads "TZif", the version and the counts; version is 1, 2 or 3 (0 if bad).
func (r *tzReader) header() (version int, c tzCounts) {
	if string(r.take(4)) != "TZif" {
		return 0, c
	}
	p := r.take(16)
	if p == nil {
		return 0, c
	}
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return 0, c
	}
	c.isut = int(r.u32())
	c.isstd = int(r.u32())
	c.leap = int(r.u32())
	c.time = int(r.u32())
	c.typ = int(r.u32())
	c.char = int(r.u32())
	return version, c
}

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data (a TZif file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{b: data}
	version, c := r.header()
	if version == 0 || r.bad {
		return nil, errBadData
	}
	timeSize := 4
	if version > 1 {
		// Skip the version 1 data (32-bit times); the 64-bit block follows.
		r.take(c.time*4 + c.time + c.typ*6 + c.char + c.leap*8 + c.isstd + c.isut)
		version, c = r.header()
		if version == 0 || r.bad {
			return nil, errBadData
		}
		timeSize = 8
	}
	if c.typ == 0 {
		return nil, errBadData
	}
	txTimes := &tzReader{b: r.take(c.time * timeSize)}
	txZones := r.take(c.time)
	zoneData := &tzReader{b: r.take(c.typ * 6)}
	abbrev := r.take(c.char)
	r.take(c.leap * (timeSize + 4))
	r.take(c.isstd)
	r.take(c.isut)
	if r.bad {
		return nil, errBadData
	}

	zones := make([]zone, c.typ)
	for i := range zones {
		off := zoneData.u32()
		zones[i].offset = int(int32(off))
		zones[i].isDST = zoneData.byte1() != 0
		idx := int(zoneData.byte1())
		if idx >= len(abbrev) {
			return nil, errBadData
		}
		end := idx
		for end < len(abbrev) && abbrev[end] != 0 {
			end++
		}
		zones[i].name = string(abbrev[idx:end])
	}

	tx := make([]zoneTrans, c.time)
	for i := range tx {
		if timeSize == 8 {
			tx[i].when = txTimes.i64()
		} else {
			tx[i].when = int64(int32(txTimes.u32()))
		}
		if int(txZones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txZones[i]
	}
	if len(tx) == 0 {
		// A zone without transitions (Etc/GMT+5): one covering all time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}

	// The footer: "\n" TZ-string "\n".
	extend := ""
	if version > 1 {
		rest := r.b
		if len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
			extend = string(rest[1 : len(rest)-1])
		}
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

// TZ rule strings (POSIX TZ), such as "CET-1CEST,M3.5.0,M10.5.0/3": a standard zone
// name and offset west of UTC, optionally a daylight zone (name, offset, default one
// hour ahead) and the rules starting and ending daylight time. Offsets may be
// [+-]hh[:mm[:ss]] with hh up to 167 (a TZif v3 extension).

// A tzRule says when daylight time starts or ends in a year.
type tzRule struct {
	kind byte // 'J' (Julian day 1..365, no Feb 29), 'D' (day 0..365), 'M' (month.week.day)
	day  int
	week int
	mon  int
	time int // seconds after local midnight
}

// tzName reads a zone name: 3 or more characters up to a digit, ',', '-' or '+', or
// anything within <...>.
func tzName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || c == ',' || c == '-' || c == '+' {
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzNum reads a decimal number in [min, max].
func tzNum(s string, min, max int) (int, string, bool) {
	n, i := 0, 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// tzOffset reads [+-]hh[:mm[:ss]] as seconds.
func tzOffset(s string) (int, string, bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	h, s, ok := tzNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := h * 3600
	for _, unit := range []int{60, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var v int
		v, s, ok = tzNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += v * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// tzRuleAt reads a rule: Jn, n or Mm.w.d, optionally followed by /time (default 02:00).
func tzRuleAt(s string) (tzRule, string, bool) {
	var r tzRule
	var ok bool
	switch {
	case len(s) == 0:
		return r, "", false
	case s[0] == 'J':
		r.kind = 'J'
		if r.day, s, ok = tzNum(s[1:], 1, 365); !ok {
			return r, "", false
		}
	case s[0] == 'M':
		r.kind = 'M'
		if r.mon, s, ok = tzNum(s[1:], 1, 12); !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		if r.week, s, ok = tzNum(s[1:], 1, 5); !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		if r.day, s, ok = tzNum(s[1:], 0, 6); !ok {
			return r, "", false
		}
	default:
		r.kind = 'D'
		if r.day, s, ok = tzNum(s, 0, 365); !ok {
			return r, "", false
		}
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * 3600
		return r, s, true
	}
	if r.time, s, ok = tzOffset(s[1:]); !ok {
		return r, "", false
	}
	return r, s, true
}

// tzRuleTime returns when rule r happens in year, as seconds since the start of the
// year in UTC, given the UTC offset in effect before it.
func tzRuleTime(year int64, r tzRule, off int) int64 {
	var day int64
	switch r.kind {
	case 'J':
		day = int64(r.day - 1)
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case 'D':
		day = int64(r.day)
	case 'M':
		first := daysFromCivil(year, int64(r.mon), 1)
		// The first r.day weekday of the month, then r.week-1 weeks on, staying in the
		// month (week 5 means the last one).
		d := int64(r.day) - int64(weekdayOf(first))
		if d < 0 {
			d += 7
		}
		for w := 1; w < r.week && d+7 < int64(daysIn(Month(r.mon), year)); w++ {
			d += 7
		}
		day = first + d - daysFromCivil(year, 1, 1)
	}
	return day*86400 + int64(r.time-off)
}

// tzset returns the zone that the TZ rule string s gives for the instant sec (Unix
// seconds, after the last transition lastTx), with bounds [start, end): exact around
// daylight time changes, otherwise the start of sec's year (or lastTx without
// daylight time) and 365 days after it, as gc reports them. ok is false for a string
// that does not parse.
func tzset(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzName(s)
	if !ok {
		return
	}
	stdOffset, s, ok := tzOffset(s)
	if !ok {
		return
	}
	stdOffset = -stdOffset // TZ offsets are west of UTC
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTx, omega, false, true
	}
	dstName, s, ok := tzName(s)
	if !ok {
		return
	}
	dstOffset := stdOffset + 3600
	if len(s) > 0 && s[0] != ',' {
		if dstOffset, s, ok = tzOffset(s); !ok {
			return
		}
		dstOffset = -dstOffset
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the US rules, tzcode's default
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := tzRuleAt(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := tzRuleAt(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	// The UTC year of sec and the seconds since it started.
	days, _ := floorDiv(sec, 86400)
	year, _, _ := civilFromDays(days)
	ysec := (days-daysFromCivil(year, 1, 1))*86400 + sec%86400
	ystart := sec - ysec

	startSec := tzRuleTime(year, startRule, stdOffset)
	endSec := tzRuleTime(year, endRule, dstOffset)
	stdIsDST, dstIsDST := false, true
	if endSec < startSec {
		// Southern hemisphere: daylight time spans the new year.
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOffset, ystart, startSec + ystart, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOffset, endSec + ystart, ystart + 365*86400, stdIsDST, true
	}
	return dstName, dstOffset, startSec + ystart, endSec + ystart, dstIsDST, true
}
