package main

type A = A
type B = []B
type C = D
type D = map[string]C
type G[P any] = G[P]
type H[P any] = []H[P]
type Ok = *T
type T struct{ next Ok }

func main() {
	var a A
	var g G[int]
	_, _ = a, g
}
