package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println("the answer is", 42)
	fmt.Print("no newline", "\n")
}
