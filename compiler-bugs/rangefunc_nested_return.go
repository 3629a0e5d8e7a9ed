// rgo panics (compiler/src/ssa/build/rangefunc.rs:281 "index out of bounds: the len is 0
// but the index is 0") on a return statement inside nested range-over-func loops.
// (Nested loops alone also crash, see rangefunc_nested.go; this may share the cause.)
// gc prints: 1 2
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

func find() (int, int) {
	for i := range Range(0, 3) {
		for j := range Range(0, 3) {
			if i*j == 2 {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(find())
}
