package main

import "fmt"

type Matrix [3][3]int

func main() {
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	fmt.Println(m)
	row, col := 1, 3
	m[row][col] = 5
}
