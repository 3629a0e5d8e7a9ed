package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Number interface {
	Integer | Unsigned | ~float32 | ~float64
}

func SumAll[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Abs[T Integer | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Bits[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

type Score int16
type Byte uint8

func main() {
	fmt.Println(SumAll([]int8{100, 27}))
	fmt.Println(SumAll([]int8{100, 28}))
	fmt.Println(SumAll([]float32{0.5, 0.25}))
	fmt.Println(SumAll([]Score{-5, 3}))
	fmt.Println(Abs(-7), Abs(Score(-3)), Abs(-2.5))
	fmt.Println(Bits(uint(255)), Bits(Byte(0x81)), Bits(uint64(1<<63)))
}
