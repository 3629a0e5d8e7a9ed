package main

func R[T ~string | ~[]byte](x T) {
	for range x {
	}
}

func A[T ~[]int | ~[]string](s T) T { return append(s, s...) }

func M[T ~map[string]int | ~map[string]bool](m T) { m["x"] = 1 }

func L[T int | []int](x T) int { return len(x) }

func S[T ~[]int | ~[3]int](x T) { _ = x[1:] }

func Mk[T ~[]int | ~[]string]() T { return make(T, 1) }

func N[T ~[]int](x T) bool { return x == nil }

func C[T any](x T) { _ = x + x }

func I[T ~int | ~string](x T) { _ = x[0] }

func Cl[T ~chan int | ~chan string](c T) { close(c) }

func main() {}
