package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func grow(s []int) []int {
	return append(s, 1000)
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b)
	fill(a[3:], 0)
	fmt.Println(a)
	c := make([]int, 3, 4)
	d := grow(c)
	e := grow(c)
	d[0] = 7
	fmt.Println(c, d, e)
	f := make([]int, 3)
	g := grow(f)
	g[0] = 7
	fmt.Println(f, g)
	x := []int{1, 2, 3}
	y := x
	y = append(y[:1], y[2:]...)
	fmt.Println(x, y)
	rev := []int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
}
