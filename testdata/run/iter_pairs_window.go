package main

import (
	"fmt"
	"iter"
)

func Window[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n : i+n]) {
				return
			}
		}
	}
}

func Adjacent[T any](s iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range s {
			if !first && !yield(prev, v) {
				return
			}
			prev, first = v, false
		}
	}
}

func Dedup[T comparable](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		var last T
		started := false
		for v := range s {
			if started && v == last {
				continue
			}
			started, last = true, v
			if !yield(v) {
				return
			}
		}
	}
}

func vals[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func main() {
	temps := []float64{20, 22, 21, 25, 24}
	for w := range Window(temps, 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for a, b := range Adjacent(vals(temps...)) {
		fmt.Printf("%+g ", b-a)
	}
	fmt.Println()
	for v := range Dedup(vals("a", "a", "b", "b", "b", "a", "c", "c")) {
		fmt.Print(v)
	}
	fmt.Println()
	for a, b := range Adjacent(Dedup(vals(1, 1, 2, 3, 3, 4))) {
		if b == 4 {
			break
		}
		fmt.Print(a, "-", b, " ")
	}
	fmt.Println()
}
