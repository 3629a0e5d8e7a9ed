package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func Sorted[T interface{ ~int | ~string }](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2), a.Len())
	words := NewSet(strings.Fields("the cat saw the other cat")...)
	fmt.Println(words.Len(), Sorted(words))
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), Sorted(empty.Union(NewSet("z"))))
}
