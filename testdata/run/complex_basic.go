package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(b), imag(b))
	var c64 complex64 = complex64(a)
	fmt.Println(c64*c64, real(c64))
	fmt.Printf("%T %T\n", c64, a)
	fmt.Println(a == complex(1, 2), a != b)
	z := 0i
	for i := 0; i < 4; i++ {
		z = z*1i + 1
	}
	fmt.Println(z)
	fmt.Printf("%.2f %v %g\n", a, 1i*1i, complex(0.5, -0.25))
	const c = 2i * 2i
	fmt.Println(c, real(c))
	x := 1.5
	fmt.Println(complex(x, -x))
	var zero complex128
	fmt.Println(zero, -zero)
}
