package main

import (
	"fmt"
	"iter"
	"slices"
)

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Zip[A, B any](as []A, bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(as), len(bs)) {
			if !yield(as[i], bs[i]) {
				return
			}
		}
	}
}

func Pairs[K, V any](s iter.Seq2[K, V]) []string {
	var out []string
	for k, v := range s {
		out = append(out, fmt.Sprintf("%v:%v", k, v))
	}
	return out
}

func main() {
	a := slices.Values([]int{1, 2})
	b := slices.Values([]int{10, 20, 30})
	for v := range Chain(a, b, a) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range Chain(b, a) {
		if v == 1 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Pairs(Zip([]string{"x", "y", "z"}, []bool{true, false})))
	fmt.Println(len(Pairs(Zip([]int{}, []int{1}))))
	fmt.Println(slices.Collect(Chain[string]()) == nil)
}
