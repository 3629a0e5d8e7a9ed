package main

import (
	"fmt"
	"iter"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for i := range Countdown(5) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Printf("%d=%s ", i, s)
	}
	fmt.Println()
	for i := range Enumerate([]bool{true, false}) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	total := 0
	for range Countdown(4) {
		total++
	}
	fmt.Println("total", total)
	// calling the iterator function directly
	Countdown(3)(func(i int) bool {
		fmt.Print("[", i, "]")
		return i > 2
	})
	fmt.Println()
}
