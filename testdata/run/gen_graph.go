package main

import (
	"fmt"
	"slices"
)

type Graph[N comparable] struct {
	adj   map[N][]N
	order []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) node(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) Edge(a, b N) {
	g.node(a)
	g.node(b)
	g.adj[a] = append(g.adj[a], b)
}

func (g *Graph[N]) BFS(start N) []N {
	seen := map[N]bool{start: true}
	queue := []N{start}
	var out []N
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return out
}

func (g *Graph[N]) TopoSort() ([]N, bool) {
	indeg := map[N]int{}
	for _, n := range g.order {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready, out []N
	for _, n := range g.order {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return out, len(out) == len(g.order)
}

type task struct{ name string }

func main() {
	g := NewGraph[string]()
	g.Edge("shirt", "tie")
	g.Edge("tie", "jacket")
	g.Edge("pants", "shoes")
	g.Edge("pants", "belt")
	g.Edge("belt", "jacket")
	fmt.Println(g.BFS("pants"))
	fmt.Println(g.TopoSort())
	h := NewGraph[task]()
	h.Edge(task{"a"}, task{"b"})
	h.Edge(task{"b"}, task{"a"})
	order, ok := h.TopoSort()
	fmt.Println(order, ok, slices.Contains(h.BFS(task{"b"}), task{"a"}))
}
