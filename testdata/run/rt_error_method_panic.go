package main

import "fmt"

type ErrNeg struct{ n int }

func (e ErrNeg) Error() string { return fmt.Sprintf("negative value %d", e.n) }

func check(n int) {
	if n < 0 {
		panic(ErrNeg{n})
	}
}

func main() {
	check(1)
	fmt.Println("ok so far")
	check(-5)
}
