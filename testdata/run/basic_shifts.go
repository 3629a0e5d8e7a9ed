package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 5; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, u8<<8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>100)
	var s uint = 70
	fmt.Println(1<<s == 0, uint64(1)<<63)
	var i64 int64 = -1
	fmt.Println(i64<<63, i64>>63, uint64(i64)>>60)
	var n int32 = 1
	shift := 31
	fmt.Println(n<<shift, n<<(shift+1))
	var big uint32 = 0xDEADBEEF
	fmt.Printf("%x %x\n", big>>16, big<<16)
}
