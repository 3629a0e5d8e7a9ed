package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			clean = append(clean, c)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "", "a", "日本語"} {
		fmt.Printf("%q -> %q\n", s, reverse(s))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go hang a salami", "nope"} {
		fmt.Println(isPalindrome(s), strings.ToLower(s[:4]))
	}
}
