package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{2.5, -2.5, 0.999999, 1e9 + 0.5, -0.1}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f), uint8(f*0+200))
	}
	var f32 float32 = 1.1
	f64 := float64(f32)
	fmt.Println(f32, f64, float32(f64) == f32)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+float64(0.2))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, -inf < 0, inf-inf)
	fmt.Println(float64(int64(1)<<53+1), float32(int32(1)<<24+1))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	fmt.Println(uint64(float64(1<<63)))
}
