package main

import "fmt"

type List[T any] struct{ items []T }

func (l List) Len() int { return 0 }

func F[T any](x T) T { return x }

func G[K any, V any](m map[K]V) {}

func Eq[T any](x, y T) bool { return x == y }

func Str[T any](x T) string { return x.String() }

func Conv[T any](x T) int { return int(x) }

func Nil[T any]() T { return nil }

func Zero[T any]() T { var x T = 0; return x }

func Sw[T any](x T) {
	switch x.(type) {
	}
}

func main() {
	F[int, string](1)
	fmt.Println(Eq(1, 2))
}
