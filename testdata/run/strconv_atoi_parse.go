package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "7", "-7", "+12", "123456789012345678", "-123456789012345678", "1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "", "-", "+", "1_000", "12a", " 1", "0x10", "00012", "99999999999999999999"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"-FF", 16}, {"zz", 36}, {"7fffffffffffffff", 16}, {"8000000000000000", 16}, {"-8000000000000000", 16}, {"0x1f", 0}, {"1_0", 0}, {"102", 2}} {
		v, err := strconv.ParseInt(c.s, c.base, 64)
		u, err2 := strconv.ParseUint(c.s, c.base, 64)
		fmt.Println(v, err, u, err2)
	}
}
