package main

import (
	"fmt"
	"strings"
)

type buf struct {
	n int
	b [16]byte
}

func digitsOf(v int) string {
	var a [20]byte
	i := len(a)
	for v >= 10 {
		i--
		a[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	a[i] = byte('0' + v)
	return string(a[i:])
}

func appendTwice(dst []byte, s string) []byte {
	var b buf
	b.n = copy(b.b[:], s)
	dst = append(dst, b.b[:b.n]...)
	return append(dst, b.b[:b.n]...)
}

func main() {
	// Arrays sliced only to copy from them stay per-iteration values.
	var out []string
	for i := 0; i < 3; i++ {
		var a [8]byte
		n := copy(a[:], "abc")
		a[n] = byte('0' + i)
		out = append(out, string(a[:n+1]))
	}
	fmt.Println(out, len(out))

	// A slice of an array that outlives the iteration keeps its own array.
	var keep [][]byte
	for i := 0; i < 3; i++ {
		var a [4]byte
		a[0] = byte('a' + i)
		keep = append(keep, a[:1])
	}
	fmt.Println(string(keep[0]), string(keep[1]), string(keep[2]))

	// Captured by a closure: shared, not copied.
	var c [3]int
	inc := func() { c[0]++ }
	inc()
	inc()
	fmt.Println(c[:], len(c[1:]), cap(c[:2]))

	total := 0
	var r [5]int
	for i := range r {
		r[i] = i * i
	}
	for _, v := range r[1:4] {
		total += v
	}
	fmt.Println(total, digitsOf(0), digitsOf(7), digitsOf(1234567890))
	fmt.Println(string(appendTwice([]byte("<"), "xy")))

	// Pointer-receiver methods on a local still see one variable.
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		var tmp [2]byte
		tmp[0], tmp[1] = 'p', byte('0'+i)
		sb.Write(tmp[:])
	}
	fmt.Println(sb.String())
}
