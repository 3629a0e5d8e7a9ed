package main

type L struct{}

func (l L) M[T any](n int) {
	if n > 0 {
		l.M[[]T](n - 1)
	}
}

func main() { L{}.M[int](2) }
