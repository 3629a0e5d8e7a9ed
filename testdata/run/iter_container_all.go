package main

import (
	"fmt"
	"iter"
	"slices"
)

type List[T any] struct {
	head *elem[T]
	tail *elem[T]
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Append(vs ...T) *List[T] {
	for _, v := range vs {
		e := &elem[T]{val: v}
		if l.tail == nil {
			l.head = e
		} else {
			l.tail.next = e
		}
		l.tail = e
	}
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	l := new(List[string]).Append("a", "b", "c", "d")
	for i, v := range l.All() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(l.Values()))
	// a method value used as the iterator
	vals := l.Values
	for v := range vals() {
		if v == "c" {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	nums := new(List[float64]).Append(3, 1, 2)
	fmt.Println(slices.Sorted(nums.Values()), slices.Index(slices.Collect(nums.Values()), 1))
}
