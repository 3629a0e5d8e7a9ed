package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "World"), strings.ContainsRune(t, 'z'), strings.ContainsAny(t, "xyz!"))
	fmt.Println(strings.Index(t, "Hello"), strings.LastIndex(t, "Hello"), strings.Index(t, "nope"), strings.IndexByte(t, 'W'))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "!"))
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), strings.ReplaceAll(t, "l", "L"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Title("unused"), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.Compare("a", "b"), strings.IndexRune("chicken", 'k'), strings.IndexFunc("ab1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
