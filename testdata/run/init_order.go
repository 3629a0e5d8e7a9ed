package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(a, b, c, d)

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(xs ...int) int {
	fmt.Println("sum called")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var table = buildTable()

func buildTable() map[string]int {
	fmt.Println("buildTable, total =", total)
	return map[string]int{"total": total}
}

func init() {
	fmt.Println("init 1: a =", a)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

func main() {
	fmt.Println("main", a, b, c, d, total, table["total"])
}
