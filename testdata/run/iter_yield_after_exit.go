package main

import "fmt"

// An iterator that keeps yield and calls it after the loop is over.

type Source struct {
	pending func(int) bool
}

func (s *Source) All(yield func(int) bool) {
	s.pending = yield
	for i := range 2 {
		if !yield(i) {
			return
		}
	}
}

func main() {
	var src Source
	sum := 0
	for v := range src.All {
		sum += v
	}
	fmt.Println("sum", sum)
	src.pending(10)
	fmt.Println("not reached", sum)
}
