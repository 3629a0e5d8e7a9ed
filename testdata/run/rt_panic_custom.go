package main

import "fmt"

type Code int

func main() {
	fmt.Println("custom panic values")
	defer fmt.Println("deferred runs before crash")
	panic(Code(2))
}
