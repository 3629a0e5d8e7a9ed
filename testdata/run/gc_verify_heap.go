package main

import (
	"fmt"
	"strings"
)

// Runs under RGODEBUG=gcstress=1,gcverify=1 (gc_verify_heap.env): every cycle checks
// that no marked object points to an unmarked one before sweeping.

type node struct {
	l, r *node
	s    string
	v    [3]int
}

func build(d, v int) *node {
	if d == 0 {
		return &node{s: strings.Repeat("x", v%5), v: [3]int{v, v, v}}
	}
	return &node{l: build(d-1, 2*v), r: build(d-1, 2*v+1), v: [3]int{v}}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.v[0] + len(n.s) + n.l.sum() + n.r.sum()
}

func main() {
	keep := build(10, 1)
	m := map[int][]*node{}
	big := make([]*node, 20000)
	total := 0
	for i := 0; i < 60; i++ {
		t := build(8, i)
		m[i%7] = append(m[i%7], t)
		big[(i*331)%len(big)] = t
		if i%5 == 0 {
			delete(m, (i+3)%7)
		}
		ch := make(chan *node, 4)
		go func() { ch <- build(6, i) }()
		total += (<-ch).sum() + t.sum()
	}
	for k := 0; k < 7; k++ {
		for _, t := range m[k] {
			total += t.sum()
		}
	}
	n := 0
	for _, t := range big {
		if t != nil {
			n++
		}
	}
	fmt.Println(total, keep.sum(), n)
}
