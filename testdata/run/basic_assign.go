package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b, c := 1, 2, 3
	fmt.Println(a, b, c)
	a, b = b, a
	fmt.Println(a, b)
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	xs := []int{10, 20, 30}
	i := 0
	i, xs[i] = 1, 99
	fmt.Println(i, xs)
	xs[0], xs[2] = xs[2], xs[0]
	fmt.Println(xs)
	n, s := pair()
	fmt.Println(n, s)
	_, s2 := pair()
	fmt.Println(s2)
	var p, q int = 4, 5
	p, q = q*2, p*2
	fmt.Println(p, q)
	x := 1
	x, y := 2, 3
	fmt.Println(x, y)
}
