package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T comparable] struct {
	head *node[T]
}

type node[T comparable] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head} }
func (l *List[T]) Contains(v T) bool {
	for n := l.head; n != nil; n = n.next {
		if n.v == v {
			return true
		}
	}
	return false
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s.items))
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	p := Pair[int, string]{1, "one"}
	fmt.Printf("%v %+v %T\n", p, p.Swap(), p.Swap())
	var l List[int]
	l.Add(3)
	l.Add(5)
	fmt.Println(l.Contains(5), l.Contains(4))
}
