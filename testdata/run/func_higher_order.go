package main

import (
	"fmt"
	"strings"
)

func Map(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(xs, func(x int) int { return x * x })
	even := Filter(sq, func(x int) bool { return x%2 == 0 })
	sum := Reduce(even, 0, func(a, x int) int { return a + x })
	fmt.Println(sq, even, sum)
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), calls)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
