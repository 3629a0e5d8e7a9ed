package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 3, 10, 0.1, 100, -1.5, 1e-10, 12345.678}
	for _, x := range xs {
		fmt.Println(x, math.Exp(x), math.Log(math.Abs(x)), math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
	}
	for _, x := range []float64{2, 10, 0.3, 1024, 1e-5, 7} {
		fmt.Println(math.Log2(x), math.Log10(x), math.Sqrt(x), math.Cbrt(x), math.Log1p(x), math.Expm1(x/10))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(1.05, 10), math.Pow(-2, 3), math.Pow(10, -2), math.Pow(0, -1), math.Pow(2.5, 3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(-2.5), math.Round(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.Remainder(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Asin(0.5), math.Acos(0.5), math.Atan2(1, -1), math.Atan2(-1, -1), math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	fr, ex := math.Frexp(12.5)
	fmt.Println(fr, ex, math.Ldexp(0.78125, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40400000))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E, math.Sqrt2, math.Ln2)
	var sum float64
	for i := 1; i <= 100; i++ {
		sum += math.Sin(float64(i)) * math.Exp(-float64(i)/50) / math.Sqrt(float64(i))
	}
	fmt.Printf("%.12f\n", sum)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi), math.Cos(math.Pi/3), math.Exp(math.Log(42)))
}
