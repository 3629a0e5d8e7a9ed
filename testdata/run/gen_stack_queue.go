package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	fmt.Println(s.Len())
	for v, ok := s.Pop(); ok; v, ok = s.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var q Queue[[2]int]
	for i := range 3 {
		q.Enqueue([2]int{i, i * i})
	}
	a, _ := q.Dequeue()
	q.Enqueue([2]int{9, 9})
	fmt.Println(a)
	for {
		v, ok := q.Dequeue()
		if !ok {
			fmt.Println("empty", v)
			break
		}
		fmt.Println(v)
	}
}
