package main

import (
	"fmt"
	"sort"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

// Fold is recursive with its own type parameter.
func (t *Tree[T]) Fold[A any](acc A, f func(A, T) A) A {
	if t == nil {
		return acc
	}
	acc = t.Left.Fold(acc, f)
	acc = f(acc, t.Val)
	return t.Right.Fold(acc, f)
}

// Collect calls another generic method of the same type with a different instance.
func (t *Tree[T]) Collect() []T {
	return t.Fold[[]T](nil, func(xs []T, v T) []T { return append(xs, v) })
}

// MapTo uses a generic method from inside a generic method, and a closure capturing
// both type parameter lists.
func (t *Tree[T]) MapTo[U any](f func(T) U, less func(a, b U) bool) *Tree[U] {
	var out *Tree[U]
	n := 0
	t.Fold(0, func(_ int, v T) int {
		out = out.Insert(f(v), less)
		n++
		return n
	})
	return out
}

// Index has a constraint of its own next to the receiver's type parameter.
func (t *Tree[T]) Index[K comparable](key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, v := range t.Collect() {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

// Zip has two type parameters of its own: partial instantiation infers the second.
func (t *Tree[T]) Zip[U, R any](us []U, f func(T, U) R) []R {
	var out []R
	for i, v := range t.Collect() {
		if i < len(us) {
			out = append(out, f(v, us[i]))
		}
	}
	return out
}

// A generic method of a generic function's local use.
func Sorted[T any](xs []T, less func(a, b T) bool) []string {
	var t *Tree[T]
	for _, x := range xs {
		t = t.Insert(x, less)
	}
	return t.Fold[[]string](nil, func(acc []string, v T) []string { return append(acc, fmt.Sprint(v)) })
}

type Counter struct{ n map[string]int }

// Generic method with a pointer receiver on a non-generic type.
func (c *Counter) Add[K ~string](keys ...K) *Counter {
	if c.n == nil {
		c.n = map[string]int{}
	}
	for _, k := range keys {
		c.n[string(k)]++
	}
	return c
}

type Color string

type Stats struct {
	*Counter // generic method promoted through an embedded pointer
	name     string
}

func main() {
	less := func(a, b int) bool { return a < b }
	var t *Tree[int]
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		t = t.Insert(v, less)
	}
	fmt.Println(t.Collect())
	fmt.Println(t.Fold(0, func(a, v int) int { return a + v }))
	fmt.Println(t.Fold("", func(a string, v int) string { return a + fmt.Sprint(v) }))
	s := t.MapTo(func(v int) string { return strings.Repeat("*", v) }, func(a, b string) bool { return len(a) > len(b) })
	fmt.Println(s.Collect())
	idx := t.Index(func(v int) bool { return v%2 == 0 })
	fmt.Println(idx[true], idx[false])
	fmt.Println(t.Zip[string]([]string{"a", "b", "c"}, func(v int, u string) string { return u + fmt.Sprint(v) }))
	fmt.Println(t.Zip[float64, float64]([]float64{0.5, 0.25}, func(v int, u float64) float64 { return float64(v) * u }))
	fmt.Println(Sorted([]string{"pear", "fig", "apple"}, func(a, b string) bool { return a < b }))
	fmt.Println(Sorted([]float64{2.5, -1}, func(a, b float64) bool { return a < b }))

	// method values and method expressions of generic methods
	fold := t.Fold[int]
	fmt.Println(fold(100, func(a, v int) int { return a - v }))
	var count func(int, func(int, int) int) int = t.Fold
	fmt.Println(count(0, func(a, _ int) int { return a + 1 }))
	collect := (*Tree[int]).Fold[[]int]
	fmt.Println(collect(t.Right, nil, func(xs []int, v int) []int { return append(xs, v*10) }))

	var c Counter
	c.Add("a", "b").Add(Color("a"), Color("c"))
	st := Stats{&c, "colors"}
	st.Add[Color]("c", "c")
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.n[k], " ")
	}
	fmt.Println(st.name)

	defer fmt.Println("deferred:", t.Fold(1, func(a, v int) int { return a * v }))
	add := c.Add[string]
	func() {
		defer add("z")
	}()
	fmt.Println(c.n["z"])
}
