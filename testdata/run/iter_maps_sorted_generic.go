package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// SortedAll yields a map's entries in key order.
func SortedAll[M ~map[K]V, K cmp.Ordered, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

type Inventory map[string]int

func main() {
	inv := Inventory{"pear": 3, "apple": 7, "fig": 0, "kiwi": 12}
	for k, v := range SortedAll(inv) {
		fmt.Printf("%-6s %3d\n", k, v)
	}
	for k := range SortedAll(map[int]bool{3: true, 1: false, 2: true}) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	restock := maps.Clone(inv)
	maps.DeleteFunc(restock, func(k string, v int) bool { return v > 5 })
	for k, v := range SortedAll(restock) {
		if v == 0 {
			fmt.Println("out:", k)
			break
		}
		fmt.Println("low:", k)
	}
	fmt.Println(len(inv), len(restock))
}
