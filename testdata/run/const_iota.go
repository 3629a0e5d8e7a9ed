package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

type Color uint8

const (
	Red Color = iota + 1
	_
	Blue
	Green = Blue * 2
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Red, Blue, Green)
	fmt.Printf("%T %T\n", Tuesday, Green)
	const single = iota
	fmt.Println(single)
}
