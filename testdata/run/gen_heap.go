package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func NewMinHeap[T cmp.Ordered]() *Heap[T] { return NewHeap(cmp.Less[T]) }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
}

func (h *Heap[T]) Len() int { return len(h.data) }

type job struct {
	prio int
	name string
}

func main() {
	h := NewMinHeap[int]()
	for _, x := range []int{5, 1, 8, 3, 9, 2, 7} {
		h.Push(x)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	jobs := NewHeap(func(a, b job) bool {
		if a.prio != b.prio {
			return a.prio > b.prio
		}
		return a.name < b.name
	})
	jobs.Push(job{1, "sweep"})
	jobs.Push(job{5, "deploy"})
	jobs.Push(job{5, "build"})
	jobs.Push(job{3, "test"})
	for jobs.Len() > 0 {
		fmt.Println(jobs.Pop())
	}
}
