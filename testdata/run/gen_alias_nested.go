package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v %v)", p.Key, p.Val) }

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
func (l List[T]) Len() int  { return len(l.items) }

// Aliases of aliases, of unnamed types, of function types, of generic types with all
// their parameters (methods stay available).
type Named[V any] = Pair[string, V]
type Row[V any] = []Named[V]
type Index[V any] = map[string]Row[V]
type Pred[T any] = func(T) bool
type Seq[T any] = List[T]
type Swapped[A comparable, B comparable] = Pair[B, A]
type Grid = Row[[2]int]

// An alias used in a generic function with the function's own type parameter.
func Filter[T any](xs []T, keep Pred[T]) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Group[V any](r Row[V]) Index[V] {
	idx := Index[V]{}
	for _, e := range r {
		k := strings.ToLower(e.Key[:1])
		idx[k] = append(idx[k], e)
	}
	return idx
}

type Holder struct {
	Named[int] // embedded through an alias: the field is called Named
	tags Seq[string]
}

func main() {
	r := Row[float64]{{"Apple", 1.5}, {"avocado", 2}, {"Banana", 0.25}}
	idx := Group(r)
	fmt.Println(len(idx), idx["a"], idx["b"])
	fmt.Printf("%T\n", idx)

	var keep Pred[Named[float64]] = func(e Named[float64]) bool { return e.Val >= 1 }
	fmt.Println(Filter(r, keep))

	var s Seq[int]
	s.Push(3)
	s.Push(4)
	fmt.Println(s.Len(), s.items)
	fmt.Printf("%T\n", &s)

	sw := Swapped[int, string]{"one", 1}
	fmt.Printf("%v %T\n", sw, sw)

	h := Holder{Named: Named[int]{"n", 7}}
	h.tags.Push("x")
	fmt.Println(h.Key, h.Named.Val, h.tags.items, h)

	g := Grid{{"origin", [2]int{0, 0}}, {"unit", [2]int{1, 1}}}
	fmt.Println(g, len(g))

	// conversion through an alias and identity with the aliased type
	p := Named[bool](Pair[string, bool]{"ok", true})
	var q Pair[string, bool] = p
	fmt.Println(p == q, any(p) == any(q))
}
