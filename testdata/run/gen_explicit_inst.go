package main

import "fmt"

func Convert[To, From ~int | ~int8 | ~float64](x From) To { return To(x) }

func Zero[T any]() T {
	var z T
	return z
}

func MakeSlice[T any](n int) []T { return make([]T, n) }

type Num[T ~int | ~float64] struct{ V T }

func main() {
	fmt.Println(Convert[int8](300))
	fmt.Println(Convert[int, float64](2.9))
	fmt.Println(Convert[float64](int8(-3)))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[2]bool]())
	fmt.Println(Zero[struct{ A, B int }]())
	s := MakeSlice[float64](3)
	fmt.Printf("%T %v\n", s, s)
	f := Convert[float64, int]
	fmt.Printf("%T %v\n", f, f(7))
	n := Num[float64]{1.5}
	fmt.Printf("%+v\n", n)
}
