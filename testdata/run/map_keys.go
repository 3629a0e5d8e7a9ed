package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{0, 0}])
	fmt.Println(grid)
	seen := map[[2]int]bool{}
	for _, pair := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		if seen[pair] {
			fmt.Println("dup", pair)
		}
		seen[pair] = true
	}
	fmt.Println(len(seen))
	byBool := map[bool]int{true: 1, false: 0}
	fmt.Println(byBool)
	floats := map[float64]string{1.5: "x", -2: "y"}
	fmt.Println(floats)
	var ik map[interface{}]int = map[interface{}]int{}
	ik[1] = 10
	ik["1"] = 20
	ik[1.0] = 30
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0])
	runes := map[rune]int{}
	for _, r := range "mississippi" {
		runes[r]++
	}
	var ks []int
	for r := range runes {
		ks = append(ks, int(r))
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Printf("%c=%d ", k, runes[rune(k)])
	}
	fmt.Println()
}
