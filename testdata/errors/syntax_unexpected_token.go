package main

import "fmt"

func main() {
	x := [1, 2, 3]
	fmt.Println(x)
}
