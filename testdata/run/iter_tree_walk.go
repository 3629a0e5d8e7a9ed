package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

// push returns false when the consumer stopped the iteration.
func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.push(yield) }
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 20, 80, 10, 30, 70, 90, 25} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.All() {
		if v > 40 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var empty *Tree[string]
	n := 0
	for range empty.All() {
		n++
	}
	fmt.Println("empty", n)
	words := (*Tree[string])(nil).Insert("m").Insert("c").Insert("x")
	for w := range words.All() {
		fmt.Print(w)
	}
	fmt.Println()
}
