package main

import (
	"errors"
	"fmt"
)

// Panics and recover around range-over-func loops whose bodies defer calls.

func items(yield func(int) bool) {
	defer fmt.Println("  items: cleanup")
	for i := 1; i <= 3; i++ {
		if !yield(i) {
			fmt.Println("  items: stopped")
			return
		}
	}
}

// A deferred call of the body recovers a panic of the body: the function returns
// normally with the results the deferred calls set.
func safeDiv(xs []int) (n int, err error) {
	for x := range items {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered at %d: %v", x, r)
			}
		}()
		n += xs[x]
	}
	return n, nil
}

// The iterator's own defers run before the function's (body) defers.
func order() {
	defer fmt.Println("  order: function defer")
	defer func() { fmt.Println("  order: recovered", recover()) }()
	for x := range items {
		defer fmt.Println("  order: body defer", x)
		if x == 2 {
			panic("body panic")
		}
	}
	fmt.Println("  order: not reached")
}

// The iterator panics after the body deferred calls.
func panicky(yield func(string) bool) {
	defer fmt.Println("  panicky: cleanup")
	yield("a")
	yield("b")
	panic(errors.New("iterator failed"))
}

func iteratorPanics() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	for s := range panicky {
		defer func() { res += s }()
	}
	return "done"
}

// A deferred call of the body panics again; a later (outer) deferred call recovers.
func repanic() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	for x := range items {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint(r, " then ", x))
			}
		}()
		if x == 2 {
			panic("first")
		}
	}
	return "unreachable"
}

// Runtime errors in the body are recovered by a body defer of a nested loop.
func nestedRecover() (out []string) {
	for i := range items {
		for j := range items {
			defer func() {
				if r := recover(); r != nil {
					out = append(out, fmt.Sprint(i, j, " ", r))
				}
			}()
			if i == 2 && j == 3 {
				var m map[string]int
				m["x"] = 1
			}
		}
	}
	return []string{"no panic"}
}

func main() {
	fmt.Println(safeDiv([]int{0, 10, 20, 30}))
	fmt.Println(safeDiv([]int{0, 10}))
	order()
	fmt.Println(iteratorPanics())
	fmt.Println(repanic())
	fmt.Println(nestedRecover())
}
