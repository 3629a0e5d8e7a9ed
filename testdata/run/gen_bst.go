package main

import (
	"cmp"
	"fmt"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (n *tnode[K, V]) walk(f func(K, V)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.k, n.v)
	n.right.walk(f)
}

func (n *tnode[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (t *Tree[K, V]) Min() (K, bool) {
	if t.root == nil {
		var zero K
		return zero, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.k, true
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	t.root.walk(func(k int, v string) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	fmt.Println(t.n, t.root.height())
	fmt.Println(t.Min())
	var e Tree[string, float64]
	fmt.Println(e.Min())
	e.Put("b", 1.5)
	e.Put("a", 0.5)
	e.root.walk(func(k string, v float64) { fmt.Println(k, v) })
}
