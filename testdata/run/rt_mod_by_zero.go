package main

import "fmt"

func main() {
	var d int8
	fmt.Println("before")
	fmt.Println(int8(7) % d)
}
