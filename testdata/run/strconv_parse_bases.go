// ParseUint and ParseInt in every base at the edges: the largest values of each bit
// size, one past them, digits out of the base, letters of both cases, signs,
// underscores (allowed only with base 0), empty and lone-sign strings.
package main

import (
	"fmt"
	"strconv"
)

func show(s string, base, bits int) {
	u, uerr := strconv.ParseUint(s, base, bits)
	i, ierr := strconv.ParseInt(s, base, bits)
	fmt.Printf("%q base %d bits %d: u=%d %v | i=%d %v\n", s, base, bits, u, uerr, i, ierr)
}

func main() {
	for base := 2; base <= 36; base++ {
		for _, bits := range []int{8, 16, 32, 64} {
			max := uint64(1)<<uint(bits) - 1
			if bits == 64 {
				max = ^uint64(0)
			}
			s := strconv.FormatUint(max, base)
			show(s, base, bits)
			show(s+"0", base, bits)
			imax := int64(max >> 1)
			show(strconv.FormatInt(imax, base), base, bits)
			show("-"+strconv.FormatUint(uint64(imax)+1, base), base, bits)
			show("-"+strconv.FormatUint(uint64(imax)+2, base), base, bits)
		}
		d := strconv.FormatInt(int64(base), 36)
		show(d, base, 64)
		show("1"+d, base, 0)
	}
	for _, s := range []string{"", "+", "-", "0", "00000000000000000000000000042", "+42", "-42",
		"1_000", "0x_1F", "0b101", "0o17", "017", "0X1f", "_1", "1__0", "ff", "FF", "fF", "z", "Z",
		"18446744073709551615", "18446744073709551616", "99999999999999999999",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"1a", " 1", "1 ", "١"} {
		for _, base := range []int{0, 2, 8, 10, 16, 36} {
			show(s, base, 64)
		}
		show(s, 10, 8)
		show(s, 16, 32)
	}
	show("10", 1, 64)
	show("10", 37, 64)
	show("10", 10, 65)
}
