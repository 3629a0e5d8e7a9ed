// rgo rejects a labeled continue/break from an inner range-over-func loop to an outer
// range-over-func loop: "rgo: this branch out of a range-over-func loop not supported yet".
// (A labeled branch to an outer ordinary for loop works.)
// gc prints: 1 0 2 0 2 1 then a newline
package main

import "fmt"

func Range(lo, hi int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
outer:
	for i := range Range(0, 3) {
		for j := range Range(0, 3) {
			if j == i {
				continue outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
