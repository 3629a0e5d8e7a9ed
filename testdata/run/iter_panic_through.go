package main

import (
	"errors"
	"fmt"
)

// A panic in a range-over-func loop body unwinds through the iterator (running its
// deferred calls) to the function with the loop and its callers.

func letters(yield func(string) bool) {
	defer fmt.Println("  letters: cleanup")
	for _, s := range []string{"a", "b", "c"} {
		if !yield(s) {
			return
		}
	}
}

// wrap re-panics whatever the wrapped iterator's loop body panics with.
func wrap(seq func(func(string) bool)) func(func(string) bool) {
	return func(yield func(string) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("  wrap: saw", r)
				panic(fmt.Errorf("wrapped: %v", r))
			}
		}()
		seq(yield)
	}
}

// same re-panics the very value it recovered.
func same(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("  same: saw", r)
		panic(r)
	}()
	yield(7)
}

var errStop = errors.New("stop")

func run(name string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", name, recover()) }()
	f()
	fmt.Println(name + ": returned")
}

func main() {
	run("plain", func() {
		for s := range letters {
			fmt.Println("  body", s)
			if s == "b" {
				panic("body " + s)
			}
		}
	})
	run("wrapped", func() {
		for s := range wrap(letters) {
			if s == "c" {
				panic(s)
			}
		}
	})
	run("same value", func() {
		for x := range same {
			panic(x * 6)
		}
	})
	run("nested", func() {
		for s := range letters {
			for t := range wrap(letters) {
				if s+t == "bc" {
					panic(errStop)
				}
			}
		}
	})
	run("runtime error", func() {
		var p *struct{ n int }
		for s := range letters {
			if s == "c" {
				fmt.Println(p.n)
			}
		}
	})
	run("after break", func() {
		for s := range letters {
			if s == "a" {
				break
			}
		}
		panic("after the loop")
	})
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = r.(error)
			}
		}()
		for range wrap(letters) {
			panic(errStop)
		}
		return nil
	}()
	fmt.Println(err, errors.Is(err, errStop))
}
