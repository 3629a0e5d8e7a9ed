// rgo does not support methods with their own type parameters (go1.27):
// "rgo: generic methods not supported yet".
// gc prints: [a1 a2]
package main

import "fmt"

type List[T any] struct{ items []T }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	var out List[U]
	for _, x := range l.items {
		out.items = append(out.items, f(x))
	}
	return out
}

func main() {
	l := List[int]{[]int{1, 2}}
	fmt.Println(l.Map(func(i int) string { return fmt.Sprint("a", i) }).items)
}
