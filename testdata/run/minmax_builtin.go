package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	x, y := 10, -20
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min("", "a"))
	nan := math.NaN()
	fmt.Println(min(1.0, nan), max(nan, 1.0))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0))
	fmt.Println(min(math.Inf(1), 3.0), max(math.Inf(-1), -3.0))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = min(1, 2.5, -3)
	fmt.Println(c)
	var f32 float32 = 1.25
	fmt.Printf("%T %v\n", max(f32, 2), max(f32, 2))
}
