package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var ok bool
	var r rune
	var x int64

	n, err := fmt.Sscan("12 34", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("  7\n\n 8 hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 x", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("0x1F -0b101 0o17 017", &a, &b, &x, &f)
	fmt.Println(n, err, a, b, x, f)
	n, err = fmt.Sscan("true F", &ok, &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("yes", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscan("+42 -1e3 1_000", &a, &f, &b)
	fmt.Println(n, err, a, f, b)
	n, err = fmt.Sscan("1.5", &a)
	fmt.Println(n, err, a)

	// Sscanln
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("9 8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("4 5  \r\n", &a, &b)
	fmt.Println(n, err, a, b)

	// Sscanf
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("name: bob age: 33", "name: %s age: %d", &s, &a)
	fmt.Println(n, err, s, a)
	n, err = fmt.Sscanf("ff 0x10 17", "%x %v %o", &a, &b, &x)
	fmt.Println(n, err, a, b, x)
	n, err = fmt.Sscanf("3.25 abc", "%f %s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Sscanf(`"hi there" x`, "%q %c", &s, &r)
	fmt.Println(n, err, s, string(r))
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1,2", "%d;%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("hello", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf(" a", "%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("héllo", "%c%c", &r, &x)
	fmt.Println(n, err, string(r), x)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7", "%v", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("t", "%t", &ok)
	fmt.Println(n, err, ok)
	var bs []byte
	n, err = fmt.Sscanf("bytes!", "%s", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)

	// Fscan over a reader
	rd := bufio.NewReader(strings.NewReader("1 2 3\n4 5\nword"))
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	sr := strings.NewReader("a b\nc d\n")
	var s1, s2 string
	for {
		n, err := fmt.Fscanln(sr, &s1, &s2)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(s1, s2)
	}
	sr = strings.NewReader("x=1 y=2\nx=3 y=4\n")
	for {
		n, err := fmt.Fscanf(sr, "x=%d y=%d\n", &a, &b)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(a, b)
	}
	var i8 int8
	var u16 uint16
	var f32 float32
	var ui uint
	n, err = fmt.Sscan("-128 65535 2.5 7", &i8, &u16, &f32, &ui)
	fmt.Println(n, err, i8, u16, f32, ui)
	n, err = fmt.Sscan("-1", &ui)
	fmt.Println(n, err)
}
