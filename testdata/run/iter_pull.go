package main

import (
	"fmt"
	"iter"
	"slices"
)

// Merge two sorted sequences using iter.Pull.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nb()
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 6, 9})
	b := slices.Values([]int{2, 3, 7, 10, 11})
	fmt.Println(slices.Collect(Merge(a, b)))
	next, stop := iter.Pull(slices.Values([]string{"x", "y"}))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	stop()
	v, ok := next()
	fmt.Printf("%q %v\n", v, ok)
	n2, stop2 := iter.Pull2(slices.All([]bool{true}))
	i, bv, ok := n2()
	fmt.Println(i, bv, ok)
	stop2()
}
