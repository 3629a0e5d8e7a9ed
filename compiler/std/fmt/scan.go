package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the run of
	// Unicode code points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read should not be called: use ReadRune.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for
// the representation of a value and stores the result in the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

const eof = -1

// scanError wraps errors raised (by panic) while scanning.
type scanError struct {
	err error
}

// ss is the scanning state of one Scan-family call.
type ss struct {
	rs        io.RuneScanner // the input, when it can unread
	rd        io.Reader      // the input otherwise
	pending   rune           // an unread rune of rd (lost at the end of the call)
	hasPend   bool
	lastRune  rune
	nlIsSpace bool // newlines count as space (Scan, Fscan, Sscan)
	count     int  // runes consumed for the current operand
	limit     int  // width limit for the current operand (-1: none)
	wid       int
	widOk     bool
}

func newSS(r io.Reader, nlIsSpace bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, limit: -1}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rd = r
	}
	return s
}

// readRaw reads the next rune of the input, ignoring the width limit.
func (s *ss) readRaw() (rune, int, error) {
	if s.rs != nil {
		return s.rs.ReadRune()
	}
	if s.hasPend {
		s.hasPend = false
		return s.pending, utf8.RuneLen(s.pending), nil
	}
	var buf [utf8.UTFMax]byte
	n := 0
	for n < len(buf) {
		k, err := s.rd.Read(buf[n : n+1])
		if k == 0 {
			if err == nil {
				continue
			}
			if n == 0 {
				return 0, 0, err
			}
			break
		}
		n++
		if buf[0] < utf8.RuneSelf || utf8.FullRune(buf[:n]) {
			break
		}
	}
	r, size := utf8.DecodeRune(buf[:n])
	return r, size, nil
}

// ReadRune implements ScanState.
func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.limit >= 0 && s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err = s.readRaw()
	if err == nil {
		s.count++
		s.lastRune = r
	} else if err == io.EOF {
		s.lastRune = eof
	}
	return
}

// UnreadRune implements ScanState.
func (s *ss) UnreadRune() error {
	if s.rs != nil {
		s.rs.UnreadRune()
	} else {
		s.pending, s.hasPend = s.lastRune, true
	}
	s.count--
	return nil
}

// getRune returns the next rune, or eof at the end of the input.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune that panics with io.ErrUnexpectedEOF at the end of input.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(err string) { panic(scanError{errors.New(err)}) }

// Read implements ScanState; it must not be used.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// Width implements ScanState.
func (s *ss) Width() (wid int, ok bool) { return s.wid, s.widOk }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// peek reports whether the next rune is in ok, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// SkipSpace implements ScanState: skips spaces; a newline is an error ("unexpected
// newline") unless newlines count as space.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

// Token implements ScanState.
func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	return s.token(skipSpace, f), nil
}

func notSpace(r rune) bool { return !isSpace(r) }

func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	var buf []byte
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// notEOF panics with io.EOF at the end of input.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// accept consumes the next rune if it is in ok.
func (s *ss) accept(ok string, buf *[]byte) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		*buf = utf8.AppendRune(*buf, r)
		return true
	}
	s.UnreadRune()
	return false
}

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
		return false
	}
	return true
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	var tmp []byte
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR", &tmp) && (!s.accept("uU", &tmp) || !s.accept("eE", &tmp)) {
			s.errorString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA", &tmp) && (!s.accept("lL", &tmp) || !s.accept("sS", &tmp) || !s.accept("eE", &tmp)) {
			s.errorString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01_"
	octalDigits       = "01234567_"
	decimalDigits     = "0123456789_"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF_"
)

func (s *ss) getBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber appends the run of digits to buf.
func (s *ss) scanNumber(digits string, haveDigits bool, buf *[]byte) {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits, buf) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits, buf) {
	}
}

// scanBasePrefix reads a base prefix for %v: 0b, 0o, 0x, or a leading 0 (octal).
func (s *ss) scanBasePrefix(buf *[]byte) (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits, false
	}
	s.accept("0", buf)
	switch {
	case s.peek("bB"):
		s.accept("bB", buf)
		return 0, binaryDigits, true
	case s.peek("oO"):
		s.accept("oO", buf)
		return 0, octalDigits, true
	case s.peek("xX"):
		s.accept("xX", buf)
		return 0, hexadecimalDigits, true
	}
	return 0, octalDigits, true
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	var buf []byte
	haveDigits := false
	if verb == 'U' {
		if !s.accept("U", &buf) || !s.accept("+", &buf) {
			s.errorString("bad unicode format ")
		}
		buf = buf[:0]
	} else {
		s.accept("+-", &buf)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix(&buf)
		}
	}
	s.scanNumber(digits, haveDigits, &buf)
	tok := string(buf)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	var buf []byte
	haveDigits := false
	if verb == 'U' {
		if !s.accept("U", &buf) || !s.accept("+", &buf) {
			s.errorString("bad unicode format ")
		}
		buf = buf[:0]
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix(&buf)
	}
	s.scanNumber(digits, haveDigits, &buf)
	tok := string(buf)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken returns the longest prefix of the input that looks like a float.
func (s *ss) floatToken() string {
	var buf []byte
	// NaN?
	if s.accept("nN", &buf) && s.accept("aA", &buf) && s.accept("nN", &buf) {
		return string(buf)
	}
	s.accept("+-", &buf)
	// Inf?
	if s.accept("iI", &buf) && s.accept("nN", &buf) && s.accept("fF", &buf) {
		return string(buf)
	}
	digits := decimalDigits
	exp := "eEpP"
	if s.accept("0", &buf) && s.accept("xX", &buf) {
		digits = hexadecimalDigits
		exp = "pP"
	}
	for s.accept(digits, &buf) {
	}
	if s.accept(".", &buf) {
		for s.accept(digits, &buf) {
		}
	}
	if s.accept(exp, &buf) {
		s.accept("+-", &buf)
		for s.accept(decimalDigits, &buf) {
		}
	}
	return string(buf)
}

func (s *ss) scanFloat(verb rune, bitSize int) float64 {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "beEfFgGxXv", "float")
	tok := s.floatToken()
	f, err := strconv.ParseFloat(tok, bitSize)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	var buf []byte
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			buf = utf8.AppendRune(buf, r)
		}
		return string(buf)
	case '"':
		buf = append(buf, '"')
		for {
			r := s.mustReadRune()
			buf = utf8.AppendRune(buf, r)
			if r == '\\' {
				buf = utf8.AppendRune(buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexByte() (byte, bool) {
	r1 := s.getRune()
	if r1 == eof {
		return 0, false
	}
	v1, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	v2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return 0, false
	}
	return byte(v1<<4 | v2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	var buf []byte
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		buf = append(buf, b)
	}
	if len(buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(buf)
}

// scanOne scans one operand according to verb.
func (s *ss) scanOne(verb rune, arg any) {
	switch v := arg.(type) {
	case Scanner:
		if err := v.Scan(s, verb); err != nil {
			s.error(err)
		}
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		// Without reflection rgo scans only the basic types' pointers.
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.errorString("type not a pointer: " + t)
		}
		s.errorString("can't scan type: " + t)
	}
}

// errorHandler turns a scanning panic into the returned error.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if !s.nlIsSpace {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

func isNewline(r rune) bool { return r == '\n' }

// advance matches the literal text at the start of format against the input. It
// returns the number of format bytes consumed, or -1 when the input does not match.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])

		// Space processing: a run of spaces in the format matches zero or more spaces in
		// the input; a newline in the format must match a newline in the input.
		if fmtc == '%' {
			if i+w < len(format) && format[i+w] == '%' {
				// %% matches a literal percent (after optional spaces).
				s.SkipSpace()
				inputc := s.mustReadRune()
				if inputc != '%' {
					s.UnreadRune()
					return -1
				}
				i += w + 1
				continue
			}
			return
		}
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// Spaces only: at least one input space (or the end of input), not a
					// newline.
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					for isSpace(inputc) && inputc != '\n' {
						inputc = s.getRune()
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				} else {
					for isSpace(inputc) && inputc != '\n' {
						inputc = s.getRune()
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}

		// Literal.
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // % is one byte

		// width
		s.wid, s.widOk = 0, false
		for i <= end && '0' <= format[i] && format[i] <= '9' {
			s.wid = s.wid*10 + int(format[i]-'0')
			s.widOk = true
			i++
		}
		if i > end {
			s.errorString("too few operands for format '%" + format[i-1:] + "'")
			break
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			// a width-qualified %%: match a literal percent
			if s.mustReadRune() != '%' {
				s.errorString("missing literal %")
			}
			continue
		}
		s.count = 0
		if s.widOk {
			s.limit = s.wid
		} else {
			s.limit = -1
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.limit = -1
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

// Fscan scans text read from r, storing successive space-separated values into
// successive arguments. Newlines count as space. It returns the number of items
// successfully scanned. If that is less than the number of arguments, err will report
// why.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newSS(r, true).doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newSS(r, false).doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated values into
// successive arguments as determined by the format. Newlines in the input must match
// newlines in the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newSS(r, false).doScanf(format, a)
}

// stringReader is a minimal io.RuneScanner over a string for Sscan and friends.
type stringReader struct {
	s    string
	i    int
	prev int
}

func (r *stringReader) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	r.prev = r.i
	c, size := utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return c, size, nil
}

func (r *stringReader) UnreadRune() error {
	if r.prev < 0 {
		return errors.New("fmt: UnreadRune without ReadRune")
	}
	r.i = r.prev
	r.prev = -1
	return nil
}

// Sscan scans the argument string, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str, prev: -1}, a...)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str, prev: -1}, a...)
}

// Sscanf scans the argument string, storing successive space-separated values into
// successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str, prev: -1}, format, a...)
}

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive space-separated values
// into successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
