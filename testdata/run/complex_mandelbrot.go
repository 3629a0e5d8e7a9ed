package main

import "fmt"

func escapes(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return -1
}

func main() {
	const chars = " .:-=+*#%@"
	for y := 1.2; y >= -1.2; y -= 0.2 {
		line := ""
		for x := -2.0; x <= 0.6; x += 0.08 {
			n := escapes(complex(x, y))
			if n < 0 {
				line += "@"
			} else {
				line += string(chars[n%9])
			}
		}
		fmt.Println(line)
	}
	var c64 complex64 = 1 + 1i
	for i := 0; i < 4; i++ {
		c64 *= c64
	}
	fmt.Println(c64)
}
