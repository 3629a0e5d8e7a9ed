package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	for i, v := range slices.All([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, v)
	}
	for v := range slices.Values([]int{4, 5}) {
		fmt.Println(v)
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
	for i, v := range slices.Backward([]int{7, 8, 9}) {
		fmt.Println(i, v)
	}
}
