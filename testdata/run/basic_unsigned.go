package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	diff := a - b
	fmt.Println(diff, diff > a)
	var u32 uint32 = 1
	fmt.Println(u32-2, ^u32, -u32)
	var x uint16 = 0x8000
	fmt.Println(x*2, x+x-1, x>>15)
	var big uint64 = 1<<63 + 5
	fmt.Println(big, big/3, big%7, int64(big))
	v250 := uint8(250)
	fmt.Println(v250+10 < 10, v250+10)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
}
