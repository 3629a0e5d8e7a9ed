package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '$', 'é', 'ß', 'Σ', 'σ', 'ς', '٣', '中', '\u00a0', '\u2028', 'ǅ', '\u0301', '½', 'K', 'µ', 'ÿ'} {
		fmt.Printf("%q L%v U%v l%v T%v D%v N%v S%v P%v Sy%v M%v G%v Pr%v C%v up=%q lo=%q ti=%q fold=%q\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsGraphic(r), unicode.IsPrint(r),
			unicode.IsControl(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.SimpleFold(r))
	}
	r := 'k'
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Printf("%U ", r)
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.MaxRune, unicode.ReplacementChar)
}
