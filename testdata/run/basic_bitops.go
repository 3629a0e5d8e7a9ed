package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110011
	fmt.Printf("%08b %08b %08b\n", ^u, u&^0x0F, u^0xFF)
	var x uint32 = 0xFFFF0000
	x &^= 0x00FF0000
	fmt.Printf("%#x\n", x)
	flags := 0
	const (
		read = 1 << iota
		write
		exec
	)
	flags |= read | exec
	fmt.Println(flags&write != 0, flags&exec != 0)
	flags ^= exec
	fmt.Println(flags)
	count := 0
	for v := uint64(0xF0F0F0F0); v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("popcount", count)
	var i int16 = -1
	fmt.Println(i&0x7FFF, uint16(i)>>1)
}
