package main

import (
	"fmt"
	"slices"
	"strings"
)

// Func values whose code the inliner can see: closures called where they are made,
// closures passed to inlined functions, method values, top-level functions as values,
// generic instances and range-over-func iterators.

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }
func (c counter) get() int  { return c.n }

func apply(f func(int) int, x int) int { return f(x) }

func twice(f func()) {
	f()
	f()
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func square(x int) int { return x * x }

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(xs []string, want string) int {
	for i, x := range slices.All(xs) {
		if x == want {
			return i
		}
	}
	return -1
}

func sumTo[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	k := 10
	add := func(x int) int { return x + k }
	fmt.Println(add(1), apply(add, 2))
	k = 20
	fmt.Println(add(1), apply(func(x int) int { return x * k }, 3))

	n := 0
	twice(func() { n += 5 })
	fmt.Println(n)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	c := &counter{}
	inc := c.inc
	get := c.get
	inc()
	inc()
	fmt.Println(get(), c.get(), inc())
	g := (*counter).inc
	fmt.Println(g(c))

	sq := square
	fmt.Println(sq(7), apply(square, 8), mapInts([]int{1, 2, 3}, square))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))

	total := 0
	for i := range countTo(10) {
		if i == 4 {
			continue
		}
		if i > 7 {
			break
		}
		total += i
	}
	fmt.Println(total, find([]string{"a", "b", "c"}, "c"), find(nil, "x"))
	fmt.Println(sumTo([]int{1, 2, 3}), sumTo([]float64{0.5, 0.25}))

	var nilf func(int) int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(apply(nilf, 1))
}
