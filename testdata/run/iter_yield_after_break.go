package main

import "fmt"

// A broken iterator: it ignores yield's result and keeps calling it.
func Bad(yield func(int) bool) {
	for i := range 3 {
		r := yield(i)
		fmt.Println("yield returned", r)
	}
}

func main() {
	for v := range Bad {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("unreachable")
}
