package main
func F[A, B any](f func(A) B) {}
func G[X any](x X) X { return x }
func main() { F(G); F(F[int, int]); F(F) }
