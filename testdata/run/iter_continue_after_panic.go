package main

import "fmt"

// An iterator whose deferred call recovers a panic of the loop body and calls yield
// again: the loop reports the misuse as a new panic while the first is still being
// handled.

func stubborn(yield func(string) bool) {
	defer func() {
		fmt.Println("recovered:", recover())
		yield("again")
	}()
	yield("first")
}

func main() {
	for s := range stubborn {
		fmt.Println("body", s)
		panic("body failed on " + s)
	}
}
