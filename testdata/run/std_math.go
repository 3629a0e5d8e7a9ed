package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.5), math.Abs(math.Inf(-1)))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16)
	fmt.Println(math.Pi, math.E, float32(math.Pi))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.4f\n", math.Exp(1), math.Hypot(3, 4))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0), math.Float32bits(1.0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64frombits(0x7FF0000000000000))
}
