package main

import (
	"fmt"
	"iter"
)

// Fibonacci numbers: the iterator closes over its own state.
func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

// Counter returns an iterator and a function reporting how many values were produced.
func Counter(words []string) (iter.Seq2[int, string], func() int) {
	produced := 0
	seq := func(yield func(int, string) bool) {
		for i, w := range words {
			produced++
			if !yield(i, w) {
				return
			}
		}
	}
	return seq, func() int { return produced }
}

func main() {
	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	seq, count := Counter([]string{"a", "b", "c", "d"})
	for i, w := range seq {
		if i == 2 {
			break
		}
		fmt.Print(w)
	}
	fmt.Println(" produced", count())
	for range seq {
	}
	fmt.Println("produced", count())
	// the loop body modifies captured variables of the enclosing function
	last, sum := 0, 0
	for f := range Fib() {
		if f >= 50 {
			break
		}
		last = f
		sum += f
	}
	fmt.Println(last, sum)
}
