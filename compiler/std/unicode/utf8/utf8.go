// Package utf8 implements functions and constants to support text encoded in UTF-8
// (rgo's implementation, written from the package's documented behaviour).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of the bytes given by at(i) for i < n.
func decodeStr(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case c0&0xE0 == 0xC0:
		need, min, r = 2, 0x80, rune(c0&0x1F)
	case c0&0xF0 == 0xE0:
		need, min, r = 3, 0x800, rune(c0&0x0F)
	case c0&0xF8 == 0xF0:
		need, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		// Validate the bytes present so the error width is 1.
		return RuneError, 1
	}
	for i := 1; i < need; i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > MaxRune || (r >= surrogateMin && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, need
}

func decodeBytes(p []byte) (rune, int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	c0 := p[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case c0&0xE0 == 0xC0:
		need, min, r = 2, 0x80, rune(c0&0x1F)
	case c0&0xF0 == 0xE0:
		need, min, r = 3, 0x800, rune(c0&0x0F)
	case c0&0xF8 == 0xF0:
		need, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		return RuneError, 1
	}
	for i := 1; i < need; i++ {
		c := p[i]
		if c&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > MaxRune || (r >= surrogateMin && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, need
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width
// in bytes. If p is empty it returns (RuneError, 0); if the encoding is invalid, it
// returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	return decodeBytes(p)
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	return decodeStr(s)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its
// width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = decodeBytes(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = decodeStr(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune. It returns -1
// if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the
// rune. If the rune is out of range, it writes the encoding of RuneError. It returns
// the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if uint32(r) < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer. If the rune is out of range, it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < 0x80 {
		return append(p, byte(r))
	}
	var buf [4]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings are
// treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := decodeBytes(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := decodeStr(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly
// invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
// An invalid encoding is considered a full Rune since it will convert as a width-1
// error rune.
func FullRune(p []byte) bool {
	return fullRuneStr(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return fullRuneStr(s)
}

func fullRuneStr(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c0 := s[0]
	var need int
	switch {
	case c0 < 0x80:
		return true
	case c0&0xE0 == 0xC0:
		need = 2
	case c0&0xF0 == 0xE0:
		need = 3
	case c0&0xF8 == 0xF0:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	// Incomplete: it is full if some present byte already makes the sequence invalid.
	var r rune
	switch need {
	case 2:
		r = rune(c0 & 0x1F)
	case 3:
		r = rune(c0 & 0x0F)
	default:
		r = rune(c0 & 0x07)
	}
	for i := 1; i < n; i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			return true
		}
		r = r<<6 | rune(c&0x3F)
	}
	// Check the prefix can still lead to a valid rune.
	if need == 2 {
		return c0 < 0xC2
	}
	if need == 3 {
		if c0 == 0xE0 && n >= 2 && s[1] < 0xA0 {
			return true
		}
		if c0 == 0xED && n >= 2 && s[1] > 0x9F {
			return true
		}
		return false
	}
	if c0 > 0xF4 {
		return true
	}
	if c0 == 0xF0 && n >= 2 && s[1] < 0x90 {
		return true
	}
	if c0 == 0xF4 && n >= 2 && s[1] > 0x8F {
		return true
	}
	return false
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := decodeBytes(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := decodeStr(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points that are
// out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

