package main

type List[T any] []T

func (l List[T]) M() {}

type E[T any] = List[T]

func main() {
	a := make(List, 0)
	b := List.M
	c := E{}
	d := E([]int{})
	var e E
	f := new(E)
	g := make(E, 1)
	h := List([]int{})
	i := new(List)
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
