package main

import "fmt"

type Conv struct{ base int }

func (c Conv) Show[T any](x T) string { return fmt.Sprint(c.base, ":", x) }

func Id[T any](x T) T { return x }

func main() {
	c := Conv{2}
	fmt.Println((c.Show)[int](3), (Id)[int](4))
	f := (Id)[string]
	var g func(int) int = (Id)
	var h func(int) string = (c.Show)
	fmt.Println(f("x"), g(5), h(6))
}
