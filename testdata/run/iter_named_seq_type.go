package main

import "fmt"

// A named function type used directly as a range expression.
type IntSeq func(yield func(int) bool)

func (s IntSeq) Sum() (t int) {
	for v := range s {
		t += v
	}
	return
}

func (s IntSeq) Where(p func(int) bool) IntSeq {
	return func(yield func(int) bool) {
		for v := range s {
			if p(v) && !yield(v) {
				return
			}
		}
	}
}

func Upto(n int) IntSeq {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// zero-argument yield: range without iteration variables
func Times(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	fmt.Println(Upto(10).Sum())
	fmt.Println(Upto(10).Where(func(i int) bool { return i%3 == 0 }).Sum())
	for v := range Upto(20).Where(func(i int) bool { return i%7 == 0 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	count := 0
	for range Times(4) {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println(count)
}
