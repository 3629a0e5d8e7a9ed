package main

import (
	"fmt"
	"iter"
	"slices"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(xs ...T) *List[T] { l.items = append(l.items, xs...); return l }
func (l List[T]) Len() int              { return len(l.items) }
func (l List[T]) Each[R any](f func(T) R) []R {
	var out []R
	for _, x := range l.items {
		out = append(out, f(x))
	}
	return out
}

// Aliases of instances keep the instance's methods.
type IntList = List[int]
type Strings = List[string]

type Lener interface{ Len() int }

// A generic alias of a pointer type and of iterator types.
type Opt[T any] = *T
type Stream[T any] = iter.Seq[T]
type Visit[T any] = func(T) bool

func Some[T any](x T) Opt[T] { return &x }

func (l List[T]) All() Stream[T] {
	return func(yield Visit[T]) {
		for _, x := range l.items {
			if !yield(x) {
				return
			}
		}
	}
}

func Count[T any](s Stream[T]) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	var l IntList
	l.Push(3, 1, 2)
	fmt.Println(l.Len(), l.items)
	var le Lener = l
	fmt.Println(le.Len())
	fmt.Printf("%T %T\n", l, &l)
	s := Strings{[]string{"b", "a"}}
	fmt.Println(s.Each(func(x string) int { return len(x) }), l.Each(func(x int) bool { return x > 1 }))

	p := Some(2.5)
	var q *float64 = p
	*q *= 2
	fmt.Println(*p, p == q)

	for x := range l.All() {
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(Count(s.All()), slices.Collect(l.All()))
	sorted := slices.Sorted(iter.Seq[int](l.All()))
	fmt.Println(sorted)
	var ml = map[string]IntList{"x": {[]int{7}}}
	fmt.Println(ml["x"].Len(), len(ml))
}
