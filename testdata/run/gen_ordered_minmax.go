package main

import (
	"cmp"
	"fmt"
)

func MinOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = min(m, x)
	}
	return m
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

type city struct {
	name string
	pop  int
}

func main() {
	fmt.Println(MinOf(5, 2, 8), MinOf("kiwi", "apple", "fig"), MinOf(2.5))
	cities := []city{{"Oslo", 700}, {"Rome", 2800}, {"Bern", 140}}
	fmt.Println(MaxBy(cities, func(c city) int { return c.pop }))
	fmt.Println(MaxBy(cities, func(c city) string { return c.name }))
	fmt.Println(MaxBy([]city{}, func(c city) int { return c.pop }))
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 1.0))
}
