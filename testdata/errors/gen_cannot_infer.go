package main

import "fmt"

func Make[T any](n int) []T {
	return make([]T, n)
}

func main() {
	s := Make(3)
	fmt.Println(s)
}
