package main

type L[P any] struct{ x P }

func (l L[P]) M(n int) int {
	if n == 0 {
		return 0
	}
	return L[[]P]{}.M(n - 1)
}

func H[A any](n int) {
	if n > 0 {
		H[A](n - 1)
		H[[2]A](0)
	}
}

func main() {
	L[int]{}.M(2)
}
