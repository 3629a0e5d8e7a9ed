package main

type P[A, B any] struct{}

func F[A, B any, C comparable](a A) {}

func Apply[T any](f func(T) T) {}

func main() {
	var p P
	var x int = F
	var y int = F[int, int, int]
	_, _, _ = p, x, y
	Apply(F[int, int, int])
}
