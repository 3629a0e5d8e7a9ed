// rgo drops defers inside a range-over-func loop body AND the enclosing function's own
// defers: neither "deferred 1", "deferred 0" nor "f done" is printed.
// gc prints:
//   body 0
//   body 1
//   after loop
//   deferred 1
//   deferred 0
//   f done
//   main end
package main

import "fmt"

func seq(yield func(int) bool) {
	for i := range 2 {
		if !yield(i) {
			return
		}
	}
}

func f() {
	defer fmt.Println("f done")
	for i := range seq {
		defer fmt.Println("deferred", i)
		fmt.Println("body", i)
	}
	fmt.Println("after loop")
}

func main() {
	f()
	fmt.Println("main end")
}
