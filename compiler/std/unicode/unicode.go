// Package unicode provides functions to test some properties of Unicode code points
// (rgo's implementation: the property and case tables live in the runtime,
// runtime/src/unicode_tables.rs, reached through the bodyless functions below).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the case arguments of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Property bits returned by props (the order of testdata/genunicode).
const (
	pLetter  = 1 << iota
	pUpper
	pLower
	pTitle
	pDigit
	pNumber
	pSpace
	pPunct
	pSymbol
	pMark
	pGraphic
	pPrint
	pControl
)

// props returns the property bits of r.
func props(r rune) int

// toCase maps r to upper (0), lower (1) or title (2) case.
func toCase(c int, r rune) rune

// simpleFold is SimpleFold for any rune.
func simpleFold(r rune) rune

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return props(r)&pLetter != 0
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return props(r)&pUpper != 0
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return props(r)&pLower != 0
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if uint32(r) < 0x80 {
		return false
	}
	return props(r)&pTitle != 0
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if uint32(r) < 0x80 {
		return '0' <= r && r <= '9'
	}
	return props(r)&pDigit != 0
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) < 0x80 {
		return '0' <= r && r <= '9'
	}
	return props(r)&pNumber != 0
}

// IsSpace reports whether the rune is a space character as defined by Unicode's White
// Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return props(r)&pSpace != 0
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool { return props(r)&pPunct != 0 }

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return props(r)&pSymbol != 0 }

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return props(r)&pMark != 0 }

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters,
// marks, numbers, punctuation, symbols, and spaces (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) < 0x80 {
		return 0x20 <= r && r < 0x7F
	}
	return props(r)&pGraphic != 0
}

// IsPrint reports whether the rune is defined as printable by Go: like IsGraphic but
// the only space character is ASCII space U+0020.
func IsPrint(r rune) bool {
	if uint32(r) < 0x80 {
		return 0x20 <= r && r < 0x7F
	}
	return props(r)&pPrint != 0
}

// IsControl reports whether the rune is a control character (C0 and C1 controls).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r < 0xA0
	}
	return false
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if uint32(r) < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if uint32(r) < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toCase(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if uint32(r) < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(TitleCase, r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	return toCase(_case, r)
}

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined
// simple case folding: it returns the smallest rune > r if one exists, or else the
// smallest rune >= 0. If r is not a valid rune, it returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return simpleFold(r)
}
