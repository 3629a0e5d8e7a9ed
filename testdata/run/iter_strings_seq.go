package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  the quick\tbrown  fox ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	text := "line one\nline two\n\nlast"
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("%d %q\n", n, line)
	}
	for w := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for i, r := range "héllo" {
		if r == 'l' {
			break
		}
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
}
