package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	var a [4]int
	fmt.Println(a, len(a))
	b := [4]int{1, 2, 3, 4}
	c := double(b)
	fmt.Println(b, c)
	doublePtr(&b)
	fmt.Println(b)
	d := [...]string{"x", "y", "z"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := b
	f[0] = 99
	fmt.Println(b[0], f[0])
	fmt.Println(b == c, [2]int{1, 2} == [2]int{1, 2})
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	p := &grid[2]
	p[2] = 100
	fmt.Println(grid[2], len(grid[0]))
	s := b[1:3]
	s[0] = -1
	fmt.Println(b, s, cap(s))
	for i, v := range [3]string{"a", "b"} {
		fmt.Printf("%d=%q ", i, v)
	}
	fmt.Println()
}
