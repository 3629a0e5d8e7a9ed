package main

import "fmt"

const Huge = 1 << 100
const Small = Huge >> 98

const (
	Big   = 1 << 62
	Bigger = Big * 4
	Back  = Bigger / 8
)

const fl = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Huge >> 90)
	fmt.Println(Back)
	fmt.Println(fl)
	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64))
	fmt.Println(maxU64 / (1 << 32))
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	const e = 2.718281828459045235360287471352662497757247093699959574966967627724
	fmt.Println(e)
	fmt.Println(float32(Huge))
	const neg = -1 << 63
	fmt.Println(int64(neg))
}
