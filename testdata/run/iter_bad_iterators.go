package main

import "fmt"

// Iterators that break the range-over-func protocol: each misuse is a run-time error
// (a runtime.Error value) that the function using the loop can recover.

func catch(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isRuntime)
	}()
	f()
}

// Ignores yield's result.
func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

// Keeps yield and calls it after returning.
var saved func(int) bool

func keepsYield(yield func(int) bool) {
	saved = yield
	yield(1)
}

// Recovers a panic of the loop body and keeps iterating.
func continuesAfterPanic(yield func(int) bool) {
	defer func() {
		fmt.Println("  iterator recovered:", recover())
		yield(99)
	}()
	yield(1)
}

// Recovers a panic of the loop body and returns normally.
func swallowsPanic(yield func(int) bool) {
	defer func() { fmt.Println("  iterator recovered:", recover()) }()
	yield(1)
}

// Calls yield again from inside the body.
func reentrant(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	catch("after false", func() {
		for x := range ignoresFalse {
			fmt.Println("  body", x)
			break
		}
		fmt.Println("  not reached")
	})
	catch("after return", func() {
		f := func() int {
			for x := range ignoresFalse {
				return x * 10
			}
			return 0
		}
		fmt.Println("  not reached", f())
	})
	catch("after loop exit", func() {
		for x := range keepsYield {
			fmt.Println("  body", x)
		}
		fmt.Println("  loop done")
		saved(2)
		fmt.Println("  not reached")
	})
	catch("after exit by break", func() {
		for x := range keepsYield {
			fmt.Println("  body", x)
			break
		}
		saved(2)
	})
	catch("after body panic", func() {
		for x := range continuesAfterPanic {
			fmt.Println("  body", x)
			panic("body failed")
		}
	})
	catch("swallowed panic", func() {
		for x := range swallowsPanic {
			fmt.Println("  body", x)
			panic("body failed")
		}
		fmt.Println("  not reached")
	})
	catch("reentrant", func() {
		for x := range reentrant {
			fmt.Println("  body", x)
			if x == 1 {
				saved(2)
			}
		}
	})
	catch("nested", func() {
		for x := range keepsYield {
			for y := range ignoresFalse {
				fmt.Println("  body", x, y)
				continue
			}
		}
		for x := range ignoresFalse {
			for y := range keepsYield {
				fmt.Println("  body", x, y)
				break
			}
			break
		}
	})
}
