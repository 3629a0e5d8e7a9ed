package main

import "fmt"

// Recursive and mutually recursive functions are not inlined into themselves; small
// functions calling them still are.

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func wrap(n int) int { return fact(n) + 1 }

func depth(n int) int {
	if n == 0 {
		return 0
	}
	f := func() int { return depth(n-1) + 1 }
	return f()
}

func main() {
	fmt.Println(fact(10), wrap(5), isEven(10), isOdd(7), isEven(7))
	fmt.Println(depth(100))
}
