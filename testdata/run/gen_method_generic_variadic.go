package main

import "fmt"

type C struct{ base int }

func (c C) Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s + T(c.base)
}

func (c *C) Bump[T ~int](by T) func() int {
	return func() int {
		c.base += int(by)
		return c.base
	}
}

type L struct{}

func (l L) M[T any](n int, x T) string {
	if n == 0 {
		return fmt.Sprintf("%T", x)
	}
	return l.M(n-1, x)
}

func main() {
	c := C{1}
	fmt.Println(c.Sum(1, 2, 3), c.Sum(1.5, 2), c.Sum[int]())
	xs := []float64{0.25, 0.5}
	fmt.Println(c.Sum(xs...))
	type I int
	b := c.Bump(I(2))
	fmt.Println(b(), b(), c.base)
	done := make(chan string)
	go func() { done <- L{}.M(3, 'x') }()
	fmt.Println(<-done)
	var f func(int, string) string = L{}.M
	fmt.Println(f(1, "s"), f != nil)
}
