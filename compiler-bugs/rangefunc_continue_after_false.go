// rgo does not check that an iterator stops calling yield after it returned false: the
// loop body runs again after break (prints "got 2" and "unreachable"). gc panics with
//   panic: runtime error: range function continued iteration after function for loop body returned false
// after printing: got 0 / yield returned true / got 1 / yield returned false
package main

import "fmt"

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
