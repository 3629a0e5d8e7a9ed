package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func double(x int) int { return x * 2 }
func inc(x int) int    { return x + 1 }

type op func(a, b int) int

func main() {
	fmt.Println(apply(double, 5), apply(inc, 5))
	h := compose(double, inc)
	fmt.Println(h(3), compose(inc, double)(3))
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, ops[name](7, 3))
	}
	var f func(int) int
	fmt.Println(f == nil)
	f = double
	fmt.Println(f != nil, f(21))
	fns := []func(int) int{double, inc, func(x int) int { return x * x }}
	x := 3
	for _, fn := range fns {
		x = fn(x)
	}
	fmt.Println(x)
	fmt.Println(func(a, b string) string { return b + a }("x", "y"))
}
