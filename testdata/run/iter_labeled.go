package main

import (
	"fmt"
	"iter"
)

func Range(lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	// labeled continue to an outer range-over-func loop
outer:
	for i := range Range(0, 4) {
		for j := range Range(0, 4) {
			if j == i {
				continue outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// labeled break from the inner loop out of both
	found := [2]int{-1, -1}
search:
	for i := range Range(1, 10) {
		for j := range Range(i, 10) {
			if i*j == 24 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(found)
	// mixing a plain for loop with a range-over-func loop
rows:
	for r := 0; r < 3; r++ {
		for c := range Range(0, 3) {
			if c > r {
				continue rows
			}
			if r == 2 && c == 1 {
				break rows
			}
			fmt.Print("(", r, c, ")")
		}
	}
	fmt.Println()
}
