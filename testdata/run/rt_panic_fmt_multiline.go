package main

import "fmt"

func main() {
	fmt.Println("before")
	panic(fmt.Errorf("line one\nline two"))
}
