package main

import (
	"fmt"
	"math/bits"
	"unicode/utf16"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 31, 1 << 32, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef}
	for _, v := range vals {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.RotateLeft64(v, 7), bits.RotateLeft64(v, -9), bits.Reverse64(v), bits.ReverseBytes64(v))
		v32 := uint32(v)
		fmt.Println(" 32:", bits.LeadingZeros32(v32), bits.TrailingZeros32(v32), bits.OnesCount32(v32), bits.Len32(v32),
			bits.RotateLeft32(v32, 5), bits.RotateLeft32(v32, -3), bits.Reverse32(v32), bits.ReverseBytes32(v32))
		v16 := uint16(v)
		fmt.Println(" 16:", bits.LeadingZeros16(v16), bits.TrailingZeros16(v16), bits.OnesCount16(v16), bits.Len16(v16),
			bits.RotateLeft16(v16, 5), bits.RotateLeft16(v16, -3), bits.Reverse16(v16), bits.ReverseBytes16(v16))
		v8 := uint8(v)
		fmt.Println(" 8:", bits.LeadingZeros8(v8), bits.TrailingZeros8(v8), bits.OnesCount8(v8), bits.Len8(v8),
			bits.RotateLeft8(v8, 5), bits.RotateLeft8(v8, -3), bits.Reverse8(v8))
		u := uint(v)
		fmt.Println(" u:", bits.LeadingZeros(u), bits.TrailingZeros(u), bits.OnesCount(u), bits.Len(u),
			bits.RotateLeft(u, 65), bits.Reverse(u), bits.ReverseBytes(u))
		for _, w := range vals[8:] {
			s, c := bits.Add64(v, w, 1)
			d, b := bits.Sub64(v, w, 1)
			hi, lo := bits.Mul64(v, w)
			s32, c32 := bits.Add32(uint32(v), uint32(w), 1)
			d32, b32 := bits.Sub32(uint32(v), uint32(w), 1)
			h32, l32 := bits.Mul32(uint32(v), uint32(w))
			fmt.Println("  ", w, s, c, d, b, hi, lo, s32, c32, d32, b32, h32, l32)
			if w > 1 {
				q, r := bits.Div64(v%w, v^w, w)
				fmt.Println("   div", q, r, bits.Rem64(v, w^v, w))
			}
		}
	}
	fmt.Println(bits.UintSize)
	try("div0", func() { bits.Div64(0, 1, 0) })
	try("divover", func() { bits.Div64(5, 1, 5) })
	try("div32", func() { bits.Div32(5, 1, 5) })
	try("rem0", func() { bits.Rem64(5, 1, 0) })
	q, r := bits.Div32(3, 7, 10)
	fmt.Println(q, r, bits.Rem32(30, 7, 10))

	rs := []rune{'a', 'é', 0x10437, 0x1F600, 0xD800, 0x110000, -1, 0xFFFF, 0xE000}
	e := utf16.Encode(rs)
	fmt.Println(e)
	fmt.Println(utf16.Decode(e))
	fmt.Println(utf16.Decode([]uint16{0xD801, 'x', 0xDC37, 0xD801, 0xDC37, 0xD801}))
	for _, r := range rs {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Println(r, utf16.IsSurrogate(r), utf16.RuneLen(r), r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
}
