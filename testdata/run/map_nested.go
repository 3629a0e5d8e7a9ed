package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph)
	nested := map[string]map[string]int{}
	add := func(outer, inner string, n int) {
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 4)
	fmt.Println(nested)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println(list[:3])
	ms := map[string]*[]int{}
	s := []int{1}
	ms["k"] = &s
	*ms["k"] = append(*ms["k"], 2)
	fmt.Println(s)
}
