// Error message mismatch for ranging over a func whose yield does not return bool.
// gc:  ./x.go:10:17: cannot range over Seq (value of type func(yield func(int) int)): func must be func(yield func(...) bool): yield func does not return bool
// rgo: ./x.go:10:17: cannot range over Seq (value of type func(func(int) int))
// (rgo drops the parameter name `yield` from the func type and the explanation.)
package main

import "fmt"

func Seq(yield func(int) int) {
	yield(1)
}

func main() {
	for v := range Seq {
		fmt.Println(v)
	}
}
