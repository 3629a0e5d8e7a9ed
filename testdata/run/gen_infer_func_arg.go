package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Identity[T any](x T) T { return x }

func square(x int) int { return x * x }

func main() {
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(Map([]string{"a", "bc"}, strings.ToUpper))
	fmt.Println(Map([]int{1, 2, 3}, square))
	lenThenItoa := Compose(func(s string) int { return len(s) }, strconv.Itoa)
	fmt.Printf("%q\n", lenThenItoa("hello"))
	// Identity instantiated by assignment context
	var f func(float64) float64 = Identity
	fmt.Println(f(2.5))
	// passing a generic function as argument: T of Identity inferred from Map's T
	fmt.Println(Map([]string{"x", "y"}, Identity))
	sq := Compose(square, square)
	fmt.Println(sq(3))
}
