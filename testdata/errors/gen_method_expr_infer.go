package main
type T struct{}
func (T) M[Q any](q Q) {}
func F[X any](f func(X)) {}
func main() { F(T{}.M); F(T.M); _ = T.M[int] }
