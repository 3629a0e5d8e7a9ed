package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.head = &Node[T]{xs[i], l.head}
		l.size++
	}
	return l
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		fmt.Fprint(&b, n.Val)
		if n.Next != nil {
			b.WriteString(" -> ")
		}
	}
	b.WriteString("]")
	return b.String()
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{size: l.size}
	tail := &out.head
	for n := l.head; n != nil; n = n.Next {
		*tail = &Node[U]{Val: f(n.Val)}
		tail = &(*tail).Next
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	s := MapList(l, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(s)
	fmt.Println(FromSlice([]string{}))
	nested := FromSlice([]*List[int]{FromSlice([]int{1}), FromSlice([]int{2, 3})})
	fmt.Println(nested)
}
