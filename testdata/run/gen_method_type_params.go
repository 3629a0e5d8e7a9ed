package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ items []T }

// Methods with their own type parameters (go1.27).
func (l List[T]) Map[U any](f func(T) U) List[U] {
	out := List[U]{make([]U, 0, len(l.items))}
	for _, x := range l.items {
		out.items = append(out.items, f(x))
	}
	return out
}

func (l List[T]) Fold[A any](acc A, f func(A, T) A) A {
	for _, x := range l.items {
		acc = f(acc, x)
	}
	return acc
}

type Conv struct{ base int }

func (c Conv) Format[T ~int | ~int64](x T) string {
	return strconv.FormatInt(int64(x), c.base)
}

func main() {
	l := List[int]{[]int{1, 2, 3, 10}}
	s := l.Map(func(i int) string { return fmt.Sprint("#", i) })
	fmt.Println(s.items)
	fmt.Println(l.Fold(0, func(a, x int) int { return a + x }))
	fmt.Println(s.Fold("", func(a string, x string) string { return a + x }))
	fmt.Println(l.Map[float64](func(i int) float64 { return float64(i) / 4 }).items)
	c := Conv{2}
	fmt.Println(c.Format(10), Conv{16}.Format(int64(255)))
}
