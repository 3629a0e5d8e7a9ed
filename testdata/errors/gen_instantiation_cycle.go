package main

import "fmt"

func F[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return F(n-1, []T{x})
}

func main() {
	fmt.Println(F(3, 1))
}
