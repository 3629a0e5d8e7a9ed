// rgo compiles a `goto` out of a range-over-func loop body to code that traps at run time
// (SIGILL, "Illegal instruction") after the jump instead of continuing at the label.
// gc prints: 0 / 1 / 2 / done
package main

import "fmt"

func count(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i := range count {
		if i == 3 {
			goto done
		}
		fmt.Println(i)
	}
done:
	fmt.Println("done")
}
