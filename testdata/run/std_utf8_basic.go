package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"héllo", "日本語", "a\xffb", "\xe2\x82", "𝄞x", ""} {
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneCount([]byte(s)))
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q %d %q %d %v\n", r, n, lr, ln, utf8.FullRuneInString(s))
	}
	for _, r := range []rune{'a', 'é', '€', '𝄞', -1, 0xD800, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], string(utf8.AppendRune(nil, r)))
	}
	b := []byte("€uro")
	r, n := utf8.DecodeRune(b)
	fmt.Println(r, n, utf8.FullRune(b[:2]), utf8.Valid(b), utf8.Valid([]byte{0xc0, 0x80}))
	fmt.Println(utf8.RuneSelf, utf8.UTFMax, utf8.RuneError, utf8.MaxRune, utf8.RuneStart(0x82))
	r, n = utf8.DecodeLastRune([]byte("ab\xe2\x82\xac"))
	fmt.Println(r, n)
}
