package main

import "fmt"

func Pair[A, B any](a A, b B) string {
	return fmt.Sprintf("(%v:%T, %v:%T)", a, a, b, b)
}

func First[T any](xs ...T) T {
	var zero T
	if len(xs) == 0 {
		return zero
	}
	return xs[0]
}

func Apply[T, R any](x T, f func(T) R) R { return f(x) }

type Celsius float64

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	fmt.Println(Pair(1, "a"))
	fmt.Println(Pair(2.5, []int{1}))
	fmt.Println(Pair('x', true))
	fmt.Printf("%v %T\n", First(3, 4, 5), First(3, 4, 5))
	fmt.Printf("%q\n", First[string]())
	fmt.Println(Apply(21, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Apply("go", func(s string) int { return len(s) }))
	c := Celsius(20.5)
	fmt.Printf("%v %T\n", Double(c), Double(c))
	fmt.Printf("%v %T\n", Double(7), Double(7))
	fmt.Printf("%v %T\n", Double(1.25), Double(1.25))
}
