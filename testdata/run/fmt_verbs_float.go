package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%E|%.3e|%g|%G\n", x, x, x, x, 1e-7)
	fmt.Printf("%g|%g|%g|%g|%g\n", 100000.0, 1000000.0, 1e21, 0.0001, 0.00001)
	fmt.Printf("%.3g|%.10g|%g\n", 1234.5678, 1.0/3, float32(0.1))
	fmt.Printf("%F|%v|%v\n", 2.5, 2.0, 1e6)
	fmt.Printf("%f|%f|%f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-7v|%07.2f\n", math.Inf(1), math.NaN(), -1.5)
	fmt.Printf("%v %v %v\n", float32(1)/3, 1.0/3, float32(16777217))
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.1f %.1f\n", 0.05, 0.15)
	fmt.Println(1e-7, 123456789012.0, 0.000001)
}
