package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap:", u8)
	var i16 int16 = -32768
	i16--
	fmt.Println("int16 wrap:", i16)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 wrap:", u16)
	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println("int32 wrap:", i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 wrap:", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 wrap:", i64)
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("uint64 max:", u64)
	var m8 int8 = -128
	fmt.Println("neg min int8:", -m8, m8/-1)
	var b byte = 200
	var r rune = 'A'
	fmt.Println(b+100, r+1)
	var up uintptr = 42
	fmt.Println(up * 2)
	h := int8(100)
	fmt.Println(h*3/3, int16(300)*int16(h))
}
