package main

import "fmt"

func main() {
	var a, b int = 1
	x, y := 1, 2, 3
	fmt.Println(a, b, x, y)
}
