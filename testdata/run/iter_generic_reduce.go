package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Reduce[T, A any](s iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func CountBy[T any, K comparable](s iter.Seq[T], key func(T) K) map[K]int {
	m := map[K]int{}
	for v := range s {
		m[key(v)]++
	}
	return m
}

func Keys2[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func main() {
	words := strings.Fields("go is fun and go is fast so go")
	freq := CountBy(slices.Values(words), func(w string) string { return w })
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Print(k, ":", freq[k], " ")
	}
	fmt.Println()
	longest := Reduce(slices.Values(words), "", func(a, w string) string {
		if len(w) > len(a) {
			return w
		}
		return a
	})
	fmt.Println(longest)
	byLen := CountBy(slices.Values(words), func(w string) int { return len(w) })
	fmt.Println(byLen)
	idxSum := Reduce(Keys2(slices.All(words)), 0, func(a, i int) int { return a + i })
	fmt.Println(idxSum)
}
