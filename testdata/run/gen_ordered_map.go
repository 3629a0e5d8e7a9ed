package main

import (
	"cmp"
	"fmt"
	"slices"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func New[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if i, ok := slices.BinarySearch(m.keys, k); ok {
		m.keys = slices.Delete(m.keys, i, i+1)
		delete(m.vals, k)
	}
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

func main() {
	m := New[string, int]()
	for i, w := range []string{"delta", "alpha", "charlie", "bravo", "alpha"} {
		m.Set(w, i)
	}
	m.Each(func(k string, v int) { fmt.Printf("%s=%d ", k, v) })
	fmt.Println()
	m.Delete("charlie")
	m.Delete("zulu")
	v, ok := m.Get("alpha")
	fmt.Println(v, ok, m.keys)
	f := New[float64, []string]()
	f.Set(2.5, []string{"x"})
	f.Set(-1, nil)
	f.Each(func(k float64, v []string) { fmt.Println(k, v, v == nil) })
}
