package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("héllo"))
	for i := range "ab" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println([]rune(bad))
	fmt.Println(len([]rune("😀😀")))
}
