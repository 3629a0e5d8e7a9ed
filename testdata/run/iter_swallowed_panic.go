package main

import "fmt"

// An iterator that recovers a panic of the loop body and returns normally: the loop
// raises a run-time error in the function containing it (after the iterator's defers).

func guarded(yield func(int) bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("iterator swallowed:", r)
		}
	}()
	for i := range 3 {
		if !yield(i) {
			return
		}
	}
}

func main() {
	defer fmt.Println("main: deferred")
	for i := range guarded {
		defer fmt.Println("body: deferred", i)
		if i == 1 {
			panic(fmt.Sprint("bad item ", i))
		}
	}
	fmt.Println("not reached")
}
