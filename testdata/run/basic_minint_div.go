package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(x/m1, x%m1)
	var i8 int8 = -128
	d8 := int8(-1)
	fmt.Println(i8/d8, i8%d8)
	var i32 int32 = math.MinInt32
	fmt.Println(i32/int32(m1), -i32)
	fmt.Println(7/2, -7/2, 7%-2, -7%-2)
	var u uint8 = 255
	fmt.Println(u/2, u%16, u+1)
}
