package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i*10, x) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(5) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range Count(100) {
		if i == 3 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for k, v := range Pairs([]string{"a", "b", "c"}) {
		if k == 10 {
			continue
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
}
