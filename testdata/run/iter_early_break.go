package main

import (
	"fmt"
	"iter"
)

func Naturals(log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				*log = append(*log, fmt.Sprint("stopped at ", i))
				return
			}
		}
	}
}

func firstOver(limit int, log *[]string) int {
	for n := range Naturals(log) {
		if n*n > limit {
			return n
		}
	}
	return -1
}

func main() {
	var log []string
	for n := range Naturals(&log) {
		if n == 3 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(50, &log))
	sum := 0
	for n := range Naturals(&log) {
		if n%2 == 1 {
			continue
		}
		if n > 10 {
			break
		}
		sum += n
	}
	fmt.Println(sum)
	for _, l := range log {
		fmt.Println(l)
	}
}
