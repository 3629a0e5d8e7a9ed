package main

import (
	"fmt"
	"iter"
)

type Grid[T any] struct {
	w, h  int
	cells []T
}

func (g *Grid[T]) Rows() iter.Seq2[int, iter.Seq2[int, T]] {
	return func(yield func(int, iter.Seq2[int, T]) bool) {
		for y := range g.h {
			row := func(yield func(int, T) bool) {
				for x := range g.w {
					if !yield(x, g.cells[y*g.w+x]) {
						return
					}
				}
			}
			if !yield(y, row) {
				return
			}
		}
	}
}

func main() {
	g := &Grid[rune]{w: 3, h: 3, cells: []rune("abcdefghi")}
	for y, row := range g.Rows() {
		for x, c := range row {
			fmt.Printf("%d%d%c ", y, x, c)
		}
		fmt.Println()
	}
	// break out of the inner loop only
	for y, row := range g.Rows() {
		for x, c := range row {
			if x == 1 {
				break
			}
			fmt.Print(y, string(c), " ")
		}
	}
	fmt.Println()
	// return from the innermost loop
	find := func(target rune) (int, int) {
		for y, row := range g.Rows() {
			for x, c := range row {
				if c == target {
					return x, y
				}
			}
		}
		return -1, -1
	}
	fmt.Println(find('f'))
	fmt.Println(find('z'))
}
