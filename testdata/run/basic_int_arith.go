package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	var u uint = 7
	fmt.Println(u/2, u%2, u*u)
	n := 1
	for i := 1; i <= 20; i++ {
		n *= i
	}
	fmt.Println("20! =", n)
	fmt.Println(-7>>1, 7>>1, -1>>10)
}
