package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (n int, s string) {
	n = 5
	s = "five"
	return n * 2, s + "!"
}

func three() (int, bool, string) { return 1, true, "s" }

func takesThree(a int, b bool, c string) string {
	return fmt.Sprint(a, b, c)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(minmax([]int{3, -1, 9, 4}))
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(takesThree(three()))
	var lo, hi int
	lo, hi = minmax([]int{5})
	fmt.Println(lo, hi)
}
