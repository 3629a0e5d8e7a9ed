package main

import "fmt"

func main() {
	var e error
	fmt.Println("asserting on nil interface")
	s := e.(fmt.Stringer)
	fmt.Println(s)
}
