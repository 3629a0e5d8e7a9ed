package main

import "fmt"

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func main() {
	var i int = 1
	var f float64 = 2
	fmt.Println(Pick(i, f, true))
}
