package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	slices.All(s)(func(i int, v string) bool {
		fmt.Println("all", i, v)
		return i < 2
	})
	slices.Backward(s)(func(i int, v string) bool {
		fmt.Println("back", i, v)
		return true
	})
	var got []string
	slices.Values(s)(func(v string) bool {
		got = append(got, strings.ToUpper(v))
		return v != "c"
	})
	fmt.Println(got)
	fmt.Println(slices.Collect(count(5)), slices.Collect(count(0)) == nil)
	fmt.Println(slices.AppendSeq([]int{9}, count(3)), slices.AppendSeq([]int(nil), count(0)) == nil)
	fmt.Println(slices.Sorted(slices.Values([]int{3, 1, 2})))
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))
	fmt.Println(slices.SortedStableFunc(slices.Values(s), func(a, b string) int { return 0 }))
	n := 0
	slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3)(func(c []int) bool {
		fmt.Println("chunk", c, len(c), cap(c))
		n++
		return true
	})
	slices.Chunk([]int{}, 3)(func(c []int) bool {
		fmt.Println("never")
		return true
	})
	slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 2)(func(c []int) bool {
		fmt.Println("chunk2", c)
		return c[0] < 3
	})
	fmt.Println(n)
	var seq iter.Seq2[int, string] = slices.All(s)
	seq(func(i int, v string) bool { fmt.Print(i, v, " "); return true })
	fmt.Println()
}
