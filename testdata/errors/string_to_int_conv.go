package main

import "fmt"

func main() {
	s := "42"
	n := int(s)
	fmt.Println(n)
}
