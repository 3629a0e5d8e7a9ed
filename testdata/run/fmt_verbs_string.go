package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x\n", s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", "go", "go", "golang", "golang")
	fmt.Printf("%q %+q %#q %#q\n", "tab\there", "héllo", "back`tick", "plain")
	fmt.Printf("%q\n", "\x00\x7f\xff\u2028")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5q|%-6q|\n", "a", "b")
	fmt.Printf("%c|%c\n", 65, 0x1F600)
	fmt.Printf("%x\n", "")
	fmt.Printf("%T %T %T %T\n", s, []byte(s), 'x', nil)
	fmt.Printf("%v|%s|\n", "", "")
	fmt.Printf("%.0s|%.10s|\n", "abc", "abc")
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
}
