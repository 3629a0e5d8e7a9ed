package main

import "fmt"

func Max[T int | int64 | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T any](x T) string { return fmt.Sprintf("%T(%v)", x, x) }

type Meters int

func main() {
	// untyped constants default: int, float64, rune, string
	fmt.Println(Show(1), Show(1.5), Show('a'), Show("s"), Show(2i))
	// mixing untyped int and float constants picks float64
	fmt.Println(Show(Max(1, 2.5)))
	fmt.Println(Show(Sum(1, 2, 3.5)))
	// a typed argument fixes T and constants convert to it
	var m Meters = 4
	fmt.Println(Show(Sum(m, 1, 2)))
	var i64 int64 = 10
	fmt.Println(Show(Max(i64, 3)))
	fmt.Println(Show(Max("pear", "apple")))
	const big = 1 << 40
	fmt.Println(Show(Max(big, 1)))
}
