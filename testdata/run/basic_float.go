package main

import "fmt"

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float64(f32))
	fmt.Println(1e21, 1e20, 1e-5, 1e-4, 123456789.0)
	fmt.Println(float32(16777216.0)+1, 1e100)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(-z, 3.0, 2.5e-10)
	x := 10.0
	for i := 0; i < 3; i++ {
		x = x / 3
	}
	fmt.Println(x)
	fmt.Println(float32(1)/float32(3), 100.0*1.1)
	fmt.Printf("%v %v\n", float32(3.4028235e38), 5e-324)
}
