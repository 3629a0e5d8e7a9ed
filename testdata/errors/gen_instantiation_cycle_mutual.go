package main

func G[A, B any](n int) {
	if n > 0 {
		G[B, []A](n - 1)
	}
}

func main() {
	G[int, string](3)
}
