// rgo rejects an uninstantiated generic function passed as an argument to another generic
// function, whose type arguments must then be inferred from the callee's parameter type
// (reverse type inference, go1.21). Passing it to a non-generic func parameter works.
// gc prints: 3
// rgo reports: cannot use generic function Ident without instantiation
package main

import "fmt"

func Apply[T any](x T, f func(T) T) T { return f(x) }

func Ident[T any](x T) T { return x }

func main() {
	fmt.Println(Apply(3, Ident))
}
