package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 10
	inc()
	fmt.Println(x)
	s := []int{}
	push := func(v int) { s = append(s, v) }
	for i := 0; i < 4; i++ {
		push(i * i)
	}
	fmt.Println(s, len(s))
	total := 0
	visit := func(xs []int, f func(int)) {
		for _, v := range xs {
			f(v)
		}
	}
	visit(s, func(v int) { total += v })
	fmt.Println(total)
	var fact func(int) int
	fact = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	msg := "before"
	defer func() { fmt.Println("deferred sees", msg) }()
	msg = "after"
	func() {
		msg := "shadow"
		_ = msg
	}()
	y := 0
	func() {
		y := 5
		y++
	}()
	fmt.Println(y)
}
