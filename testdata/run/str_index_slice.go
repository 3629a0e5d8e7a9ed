package main

import "fmt"

func main() {
	s := "hello, wörld"
	fmt.Println(len(s), s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:])
	fmt.Println(s[8], s[9])
	fmt.Printf("%q\n", s[8:9])
	empty := s[5:5]
	fmt.Println(len(empty), empty == "")
	b := s[len(s)-1]
	fmt.Printf("%c %d %T\n", b, b, b)
	sub := s[7:]
	fmt.Println(len(sub), sub[1:3])
	for i := 0; i < 5; i++ {
		fmt.Print(s[i]-'a', " ")
	}
	fmt.Println()
	var zero string
	fmt.Println(len(zero), zero == "", "["+zero+"]")
}
