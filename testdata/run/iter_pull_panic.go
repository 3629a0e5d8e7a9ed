package main

import (
	"fmt"
	"iter"
	"strconv"
)

// A panic inside a pulled iterator that nobody recovers: it reaches the caller of next,
// whose deferred calls run, and ends the program.

func parse(fields []string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("parse: cleanup")
		for _, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				panic(err)
			}
			if !yield(n) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(parse([]string{"1", "2", "x3"}))
	defer stop()
	defer fmt.Println("main: deferred")
	for {
		n, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", n)
	}
}
