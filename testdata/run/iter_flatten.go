package main

import (
	"fmt"
	"iter"
	"slices"
)

func Flatten[T any](outer iter.Seq[iter.Seq[T]]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for inner := range outer {
			for v := range inner {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func FlatMap[T, U any](s []T, f func(T) []U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for _, x := range s {
			for _, u := range f(x) {
				if !yield(u) {
					return
				}
			}
		}
	}
}

func seqs(xss ...[]int) iter.Seq[iter.Seq[int]] {
	return func(yield func(iter.Seq[int]) bool) {
		for _, xs := range xss {
			if !yield(slices.Values(xs)) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Flatten(seqs([]int{1, 2}, nil, []int{3}, []int{4, 5}))))
	for v := range Flatten(seqs([]int{1, 2}, []int{3, 4})) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	words := []string{"ab", "", "cde"}
	letters := FlatMap(words, func(s string) []string {
		var out []string
		for _, r := range s {
			out = append(out, string(r))
		}
		return out
	})
	fmt.Println(slices.Collect(letters))
}
