package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, p func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type order struct {
	customer string
	amount   float64
}

func main() {
	orders := []order{{"ann", 12.5}, {"bob", 3}, {"ann", 7.25}, {"cy", 40}, {"bob", 1}}
	big := Filter(orders, func(o order) bool { return o.amount >= 5 })
	fmt.Println(big)
	names := Map(big, func(o order) string { return strings.ToUpper(o.customer) })
	fmt.Println(names)
	total := Reduce(orders, 0.0, func(s float64, o order) float64 { return s + o.amount })
	fmt.Printf("%.2f\n", total)
	by := GroupBy(orders, func(o order) string { return o.customer })
	for _, c := range []string{"ann", "bob", "cy"} {
		sum := Reduce(by[c], 0.0, func(s float64, o order) float64 { return s + o.amount })
		fmt.Println(c, len(by[c]), sum)
	}
	csv := Reduce(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }), "", func(a, s string) string {
		if a == "" {
			return s
		}
		return a + "," + s
	})
	fmt.Println(csv)
	fmt.Println(Filter([]int{1, 3}, func(i int) bool { return i%2 == 0 }) == nil)
}
