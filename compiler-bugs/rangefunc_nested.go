// rgo crashes (cranelift panic, machinst/lower.rs:578 "called Option::unwrap() on a None
// value") on two range-over-func loops nested in the same function. Nesting through a
// function call (inner loop in another function) works.
// gc prints: 00 01 10 11 (one pair a line)
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
	for i := range Range(0, 2) {
		for j := range Range(0, 2) {
			fmt.Println(i, j)
		}
	}
}
