package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	p := Pair[string]{"a", 1}
	fmt.Println(p)
	fmt.Println(Swap[int, string, bool](1, "x"))
}
