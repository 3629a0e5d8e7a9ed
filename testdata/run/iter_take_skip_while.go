package main

import (
	"fmt"
	"iter"
	"slices"
)

func TakeWhile[T any](s iter.Seq[T], p func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !p(v) || !yield(v) {
				return
			}
		}
	}
}

func SkipWhile[T any](s iter.Seq[T], p func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		skipping := true
		for v := range s {
			if skipping && p(v) {
				continue
			}
			skipping = false
			if !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	xs := []int{2, 4, 6, 7, 8, 9, 10}
	even := func(i int) bool { return i%2 == 0 }
	fmt.Println(slices.Collect(TakeWhile(slices.Values(xs), even)))
	fmt.Println(slices.Collect(SkipWhile(slices.Values(xs), even)))
	for i, v := range Enumerate(SkipWhile(slices.Values(xs), even)) {
		if i == 3 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(len(slices.Collect(TakeWhile(slices.Values(xs), func(int) bool { return false }))))
}
