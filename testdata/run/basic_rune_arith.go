package main

import "fmt"

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	in := "Hello, Gopher!"
	out := []rune{}
	for _, r := range in {
		out = append(out, rot13(r))
	}
	fmt.Println(string(out))
	var digits []int
	for _, c := range "90210" {
		digits = append(digits, int(c-'0'))
	}
	fmt.Println(digits)
	fmt.Println('a' < 'b', 'Z'-'A', rune('A'+25))
	upper := func(b byte) byte {
		if b >= 'a' && b <= 'z' {
			return b - 32
		}
		return b
	}
	bs := []byte("mixed Case 123")
	for i := range bs {
		bs[i] = upper(bs[i])
	}
	fmt.Println(string(bs))
}
