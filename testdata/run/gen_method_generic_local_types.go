package main

import "fmt"

type Pair[A, B any] struct {
	a A
	b B
}

type List[T any] struct{ items []T }

func (l List[T]) ZipWith[U any](us []U) []string {
	type entry struct {
		t T
		u U
	}
	var es []entry
	for i, t := range l.items {
		if i < len(us) {
			es = append(es, entry{t, us[i]})
		}
	}
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%v:%v", e.t, e.u))
	}
	return out
}

func (l List[T]) Pairs[U any](u U) []Pair[T, U] {
	var out []Pair[T, U]
	for _, t := range l.items {
		out = append(out, Pair[T, U]{t, u})
	}
	return out
}

func main() {
	l := List[int]{[]int{1, 2, 3}}
	fmt.Println(l.ZipWith([]string{"a", "b"}))
	fmt.Println(l.ZipWith([]bool{true}))
	fmt.Printf("%v %T\n", l.Pairs("x"), l.Pairs(1.5))
}
