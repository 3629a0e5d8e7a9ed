package main

import (
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Apply[T any](f func(T) T, x T) T { return f(x) }
func Apply2[T any](x T, f func(T) T) T { return f(x) }

func Identity[T any](x T) T { return x }
func Double[T ~int | ~float64](x T) T { return x * 2 }
func Wrap[T any](x T) []T { return []T{x} }
func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, "/", b) }
func Zip[A, B any](as []A, bs []B, f func(A, B) string) []string {
	var out []string
	for i := range as {
		out = append(out, f(as[i], bs[i]))
	}
	return out
}
func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}
func Add[T ~int | ~string](a, b T) T { return a + b }

type Celsius float64

func apply(f func(int) int, x int) int { return f(x) }

func pick(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x }
	}
	return Identity
}

type ops struct{ f func(string) []string }

func main() {
	fmt.Println(Apply(Double, 21))
	fmt.Println(Apply(Double, 1.5))
	fmt.Println(Apply2(Celsius(3), Double))
	fmt.Println(Map([]int{1, 2}, Wrap))
	fmt.Println(Map([][]int{{3, 1, 2}}, slices.Clone))
	fmt.Println(Zip([]int{1, 2}, []string{"a", "b"}, Pair))
	fmt.Println(Reduce([]int{1, 2, 3}, 10, Add))
	fmt.Println(Reduce([]string{"x", "y"}, ">", Add))
	fmt.Println(Map(Map([]string{"ab"}, strings.ToUpper), Identity))
	fmt.Println(Map([]float64{1, 2}, Double[float64]))
	fmt.Println(Map[int, int]([]int{4}, Double))
	f := Identity[string]
	fmt.Println(Apply(f, "s"))
	var g func([]int) []int = slices.Clone
	fmt.Println(g([]int{9}))
	// generic functions given to non-generic function types
	fmt.Println(apply(Double, 5), pick(false)(6), pick(true)(6))
	o := ops{f: Wrap}
	fmt.Println(o.f("w"), len(o.f("")))
	fs := []func(float64) float64{Double, Identity}
	fmt.Println(fs[0](1.25), fs[1](1.25))
}
