// Package strconv implements conversions to and from string representations of basic
// data types (rgo's implementation, written from the package's documented behaviour;
// float formatting/parsing and the IsPrint table are runtime hooks).
package strconv

import (
	"errors"
	"math"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, str, ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// ---- bool ----

// ParseBool returns the boolean value represented by the string: 1, t, T, TRUE, true,
// True, 0, f, F, FALSE, false, False. Any other value returns an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// ---- integers: formatting ----

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// digitPairs holds the two decimal digits of 0..99, for converting two digits per
// division.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// formatBits converts u (the magnitude of a negative number when neg) to base: appended
// to dst, or as a string when asString (one allocation either way: the digits are
// produced in a stack buffer).
func formatBits(dst []byte, u uint64, base int, neg bool, asString bool) ([]byte, string) {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte
	i := len(a)
	if neg {
		u = -u
	}
	switch {
	case base == 10:
		for u >= 100 {
			q := u / 100
			j := (u - q*100) * 2
			i -= 2
			a[i] = digitPairs[j]
			a[i+1] = digitPairs[j+1]
			u = q
		}
		if u >= 10 {
			i -= 2
			a[i] = digitPairs[u*2]
			a[i+1] = digitPairs[u*2+1]
		} else {
			i--
			a[i] = digits[u]
		}
	case base&(base-1) == 0:
		shift := uint(0)
		for 1<<shift < base {
			shift++
		}
		mask := uint64(base - 1)
		for u >= uint64(base) {
			i--
			a[i] = digits[u&mask]
			u >>= shift
		}
		i--
		a[i] = digits[u]
	default:
		b := uint64(base)
		for u >= b {
			q := u / b
			i--
			a[i] = digits[u-q*b]
			u = q
		}
		i--
		a[i] = digits[u]
	}
	if neg {
		i--
		a[i] = '-'
	}
	if asString {
		return nil, string(a[i:])
	}
	return append(dst, a[i:]...), ""
}

// digitValue is the value of a digit byte in bases up to 36 (either letter case), 36 for
// a byte that is no digit; safeDigits[b] is the most base-b digits that cannot overflow
// a uint64.
var (
	digitValue [256]byte
	safeDigits [37]int
)

func init() {
	for i := range digitValue {
		digitValue[i] = 36
	}
	for c := 0; c < 10; c++ {
		digitValue['0'+c] = byte(c)
	}
	for c := 0; c < 26; c++ {
		digitValue['a'+c] = byte(10 + c)
		digitValue['A'+c] = byte(10 + c)
	}
	for b := 2; b <= 36; b++ {
		k := 0
		for v := uint64(1); v <= math.MaxUint64/uint64(b); v *= uint64(b) {
			k++
		}
		safeDigits[b] = k
	}
}

// small returns the decimal string of 0 <= i < 100 without allocating.
func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return digitPairs[i*2 : i*2+2]
}

// FormatUint returns the string representation of i in the given base, for
// 2 <= base <= 36, using lower-case letters for digit values >= 10.
func FormatUint(i uint64, base int) string {
	if i < 100 && base == 10 {
		return small(int(i))
	}
	_, s := formatBits(nil, i, base, false, true)
	return s
}

// FormatInt returns the string representation of i in the given base.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 100 && base == 10 {
		return small(int(i))
	}
	_, s := formatBits(nil, uint64(i), base, i < 0, true)
	return s
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends the string form of the integer i, as generated by FormatInt, to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if 0 <= i && i < 100 && base == 10 {
		return append(dst, small(int(i))...)
	}
	d, _ := formatBits(dst, uint64(i), base, i < 0, false)
	return d
}

// AppendUint appends the string form of the unsigned integer i, as generated by
// FormatUint, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	if i < 100 && base == 10 {
		return append(dst, small(int(i))...)
	}
	d, _ := formatBits(dst, i, base, false, false)
	return d
}

// ---- integers: parsing ----

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	if !base0 && len(s) <= safeDigits[base] {
		// Fast path: too few digits to overflow 64 bits, and no underscores allowed
		// with an explicit base. Anything unusual goes to the full loop below for its
		// exact error.
		b := uint64(base)
		var n uint64
		i := 0
		for ; i < len(s); i++ {
			d := uint64(digitValue[s[i]])
			if d >= b {
				break
			}
			n = n*b + d
		}
		if i == len(s) && n <= maxVal {
			return n, nil
		}
	}
	// The largest n that can be multiplied by base without overflow, plus one.
	cutoff := uint64(math.MaxUint64)/uint64(base) + 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && base0 {
			underscores = true
			continue
		}
		d := digitValue[c]
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64)
// and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fnParseInt
		ne.Num = s0
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	// Fast path: up to 18 decimal digits cannot overflow an int (IntSize is 64).
	if n := len(s); 0 < n && n < 19 {
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError("Atoi", s0)
			}
		}
		v := 0
		for i := 0; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return 0, syntaxError("Atoi", s0)
			}
			v = v*10 + int(d)
		}
		if s0[0] == '-' {
			v = -v
		}
		return v, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = "Atoi"
	}
	return int(i64), err
}

// underscoreOK reports whether the underscores in s are allowed: each must separate
// digits (or the base prefix and a digit).
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ---- floats ----

func formatFloat(f float64, fmt byte, prec, bitSize int) string
func parseFloat(s string, bitSize int) (bits uint64, err int)

// FormatFloat converts the floating-point number f to a string, according to the
// format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec, assuming
// the original was obtained from a value of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of the floating-point number f, as generated by
// FormatFloat, to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	bits, e := parseFloat(s, bitSize)
	f := math.Float64frombits(bits)
	switch e {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// ---- quoting ----

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

func quote(s string, ascii bool) string
func quoteRune(r rune, ascii bool) string

// Quote returns a double-quoted Go string literal representing s, using Go escape
// sequences for control characters and non-printable characters as defined by IsPrint.
func Quote(s string) string { return quote(s, false) }

// QuoteToASCII is like Quote but also escapes non-ASCII characters.
func QuoteToASCII(s string) string { return quote(s, true) }

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string { return quoteRune(r, false) }

// QuoteRuneToASCII is like QuoteRune but also escapes non-ASCII characters.
func QuoteRuneToASCII(r rune) string { return quoteRune(r, true) }

// AppendQuote appends a double-quoted Go string literal representing s to dst.
func AppendQuote(dst []byte, s string) []byte { return append(dst, quote(s, false)...) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, quote(s, true)...) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, quoteRune(r, false)...) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, quoteRune(r, true)...)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch r {
	case 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
		0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// CanBackquote reports whether the string s can be represented unchanged as a
// single-line backquoted string without control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or byte in the escaped string or character
// literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	for i := 2; i <= len(s); i++ {
		if _, err := Unquote(s[:i]); err == nil {
			if s[0] == '`' || s[0] == '"' || s[0] == '\'' {
				return s[:i], nil
			}
		}
	}
	return "", ErrSyntax
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string
// literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	q := s[0]
	if q != s[n-1] {
		return "", ErrSyntax
	}
	s = s[1 : n-1]
	switch q {
	case '`':
		for i := 0; i < len(s); i++ {
			if s[i] == '`' {
				return "", ErrSyntax
			}
		}
		hasCR := false
		for i := 0; i < len(s); i++ {
			if s[i] == '\r' {
				hasCR = true
			}
		}
		if !hasCR {
			return s, nil
		}
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '\r' {
				b = append(b, s[i])
			}
		}
		return string(b), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	var buf []byte
	count := 0
	for len(s) > 0 {
		if s[0] == '\n' {
			return "", ErrSyntax
		}
		r, multibyte, rem, err := UnquoteChar(s, q)
		if err != nil {
			return "", err
		}
		s = rem
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		count++
		if q == '\'' && count > 1 {
			return "", ErrSyntax
		}
	}
	if q == '\'' && count != 1 {
		return "", ErrSyntax
	}
	return string(buf), nil
}
