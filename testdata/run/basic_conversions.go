package main

import "fmt"

func main() {
	var i int = -1
	fmt.Println(uint8(i), uint16(i), uint32(i), uint64(i))
	var big int64 = 0x123456789
	fmt.Println(int32(big), int16(big), int8(big), uint8(big))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	fmt.Println(float64(7)/2, float32(1)/3)
	n := 1 << 40
	fmt.Println(float32(n), float64(n+1))
	var r rune = 0x1F600
	fmt.Println(r, byte(r), uint16(r))
	x := 300
	fmt.Println(byte(x), int8(x))
	m3 := int8(-3)
	fmt.Println(uint(m3), uint16(m3))
}
