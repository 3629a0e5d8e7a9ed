package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []string{"pear", "fig", "apple", "kiwi"}
	for i, v := range slices.All(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(xs) {
		if v == "apple" {
			break
		}
		fmt.Print(strings.ToUpper(v), " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(xs)))
	fmt.Println(slices.Sorted(slices.Values(xs)))
	fmt.Println(xs)
	byLen := slices.SortedFunc(slices.Values(xs), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(xs[:2])))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)
}
