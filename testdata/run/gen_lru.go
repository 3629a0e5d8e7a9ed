package main

import "fmt"

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*entry[K, V]
	head  entry[K, V] // sentinel
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	l := &LRU[K, V]{cap: n, items: make(map[K]*entry[K, V])}
	l.head.next, l.head.prev = &l.head, &l.head
	return l
}

func (l *LRU[K, V]) unlink(e *entry[K, V]) { e.prev.next, e.next.prev = e.next, e.prev }
func (l *LRU[K, V]) front(e *entry[K, V]) {
	e.next, e.prev = l.head.next, &l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, ok := l.items[k]; ok {
		l.unlink(e)
		l.front(e)
		return e.val, true
	}
	return
}

func (l *LRU[K, V]) Put(k K, v V) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.head.prev
		l.unlink(old)
		delete(l.items, old.key)
		fmt.Println("evict", old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	l.items[k] = e
	l.front(e)
}

func (l *LRU[K, V]) Keys() []K {
	var ks []K
	for e := l.head.next; e != &l.head; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	fmt.Println(ok)
	c.Put("a", 10)
	c.Put("d", 4)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
}
