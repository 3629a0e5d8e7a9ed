// rgo's std has no iter.Pull / iter.Pull2 ("undefined: iter.Pull").
// gc prints: 1 true / 2 true / 0 false
package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]int{1, 2}))
	defer stop()
	for range 3 {
		fmt.Println(next())
	}
}
