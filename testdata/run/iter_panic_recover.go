package main

import (
	"errors"
	"fmt"
	"iter"
)

func Numbers(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

var errStop = errors.New("stop")

func sumUntilPanic(limit int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for v := range Numbers(100) {
		if v == limit {
			panic(errStop)
		}
		sum += v
	}
	return sum, nil
}

// An iterator that panics itself.
func Explode(yield func(string) bool) {
	yield("one")
	panic("iterator exploded")
}

func main() {
	fmt.Println(sumUntilPanic(5))
	fmt.Println(sumUntilPanic(200))
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		for s := range Explode {
			fmt.Println("body", s)
		}
	}()
	fmt.Println("done")
}
