package main

func R[T any](x T) {
	for range x {
	}
}
func S[T any](x T)             { _ = x[1:] }
func Mk[T any]() T             { return make(T) }
func A[T any](s T) T           { return append(s, s) }
func R2[T ~[]int | ~[]string](x T) {
	for range x {
	}
}
func Cl[T any](c T) { close(c) }
func Rv[T ~chan int | ~chan string](c T) { <-c }
func Sd[T ~chan int | ~<-chan int](c T) { c <- 1 }
func L[T any](x T) int { return len(x) }
func Cp[T ~[]int | ~[]string](x, y T) { copy(x, y) }

func main() {}
