package main

import "fmt"

// Deferred calls of a range-over-func body run while a panic unwinds the enclosing
// function; one of them panics again.

func pair(yield func(int, string) bool) {
	defer fmt.Println("pair: cleanup")
	_ = yield(1, "one") && yield(2, "two")
}

func process() {
	defer fmt.Println("process: deferred")
	for n, s := range pair {
		defer func() {
			fmt.Println("body defer", n, s)
			if n == 2 {
				panic("defer of " + s + " failed")
			}
		}()
	}
	panic("process failed")
}

func main() {
	process()
}
