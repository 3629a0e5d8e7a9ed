package main

import "fmt"

type Kids[T any] = []*Tree[T]
type Tree[T any] struct {
	Val  T
	Kids Kids[T]
}

type A = *D
type D struct {
	a    A
	name string
}

type Pair[K comparable, V any] = struct {
	Key K
	Val V
}

func (t *Tree[T]) Sum(f func(T) int) int {
	s := f(t.Val)
	for _, k := range t.Kids {
		s += k.Sum(f)
	}
	return s
}

func main() {
	t := &Tree[int]{1, Kids[int]{{2, nil}, {3, Kids[int]{{4, nil}}}}}
	fmt.Println(t.Sum(func(x int) int { return x }))
	d := D{&D{nil, "inner"}, "outer"}
	fmt.Println(d.a.name, d.name)
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %T\n", p, p)
}
