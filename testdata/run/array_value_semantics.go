package main

import "fmt"

type Board struct {
	cells [3][3]byte
	name  string
}

func (b Board) With(r, c int, v byte) Board {
	b.cells[r][c] = v
	return b
}

func (b Board) String() string {
	s := b.name + ":"
	for _, row := range b.cells {
		s += " " + string(row[:])
	}
	return s
}

func main() {
	var b Board
	b.name = "empty"
	for i := range b.cells {
		for j := range b.cells[i] {
			b.cells[i][j] = '.'
		}
	}
	b2 := b.With(1, 1, 'X')
	b2.name = "moved"
	fmt.Println(b)
	fmt.Println(b2)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy value:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice value:", v)
		}
	}
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 99
	fmt.Println(grid, row)
	ptr := &grid
	ptr[1][1] = 44
	fmt.Println(grid, len(ptr))
}
