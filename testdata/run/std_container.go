package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

func show(l *list.List) {
	fmt.Print(l.Len(), ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func main() {
	var l list.List
	show(&l)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show(&l)
	l.MoveToBack(e1)
	show(&l)
	l.MoveToFront(e1)
	l.MoveAfter(e1, e4)
	show(&l)
	l.MoveBefore(e1, l.Front())
	show(&l)
	l.MoveAfter(e4, e4)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	show(&l)
	fmt.Println(l.Remove(e4))
	show(&l)
	l2 := list.New()
	l2.PushBack("a")
	l2.PushBack("b")
	l.PushBackList(l2)
	l.PushFrontList(l2)
	show(&l)
	l2.PushBackList(l2)
	show(l2)
	other := list.New()
	oe := other.PushBack(99)
	fmt.Println(l.InsertAfter(5, oe) == nil, l.InsertBefore(5, oe) == nil)
	l.MoveToFront(oe)
	l.Remove(oe)
	show(&l)
	show(other)
	l.Init()
	show(&l)
	fmt.Println(l.Front() == nil, l.Back() == nil)

	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PQ, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()
}
