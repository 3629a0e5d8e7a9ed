package main

import (
	"fmt"
	"strings"
)

type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

func (v *Vec[T]) Push(x T) { *v = append(*v, x) }

func (v Vec[T]) Each(f func(int, T)) {
	for i, x := range v {
		f(i, x)
	}
}

func (v Vec[T]) Reversed() Vec[T] {
	out := make(Vec[T], 0, len(v))
	for i := len(v) - 1; i >= 0; i-- {
		out = append(out, v[i])
	}
	return out
}

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }
func (p Pred[T]) Not() Pred[T]          { return func(x T) bool { return !p(x) } }

type Registry[K comparable, V any] map[K][]V

func (r Registry[K, V]) Add(k K, v V) { r[k] = append(r[k], v) }
func (r Registry[K, V]) Count(k K) int { return len(r[k]) }

func main() {
	var v Vec[string]
	v.Push("x")
	v.Push("y")
	v.Push("z")
	fmt.Println(v, v.Len(), v.Reversed())
	v.Each(func(i int, s string) { fmt.Print(i, strings.Repeat(s, i+1), " ") })
	fmt.Println()
	even := Pred[int](func(i int) bool { return i%2 == 0 })
	big := Pred[int](func(i int) bool { return i > 10 })
	f := even.And(big.Not())
	for i := range 14 {
		if f(i) {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	r := Registry[string, int]{}
	r.Add("a", 1)
	r.Add("a", 2)
	r.Add("b", 3)
	fmt.Println(r.Count("a"), r.Count("b"), r.Count("c"), r["a"])
	var nilVec Vec[int]
	fmt.Println(nilVec.Len(), nilVec.Reversed() == nil)
}
