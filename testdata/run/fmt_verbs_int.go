package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%x|%X|%o|%O|%b|%c|%q|%U\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%#x|%#X|%#o|%#b|%#U\n", n, n, n, n, n)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+5d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%x][%X][% x][%#x]\n", -255, "hi", []byte{1, 171}, "hi")
	fmt.Printf("[%8b][%-8o][%08x]\n", 5, 64, 3054)
	fmt.Printf("[%*d][%-*d][%.3d][%6.3d]\n", 6, 7, 4, 8, 5, 9)
	fmt.Printf("%d %d %d\n", int8(-128), uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%c%c%c %q %q\n", 'G', 'o', 0x4E16, 'x', '\n')
	fmt.Printf("%v %d\n", 'a', 'a')
	fmt.Printf("%U %#U\n", 0x1F600, 'é')
	fmt.Printf("%x %X\n", uint32(0xDEADBEEF), int64(-1))
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%%d literal percent %d%%\n", 50)
}
