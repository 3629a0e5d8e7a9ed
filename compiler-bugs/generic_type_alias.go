// rgo does not support generic type aliases (go1.24): "rgo: generic type aliases not
// supported yet".
// gc prints: {a 1} main.Pair[string,int]
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Entry[V any] = Pair[string, V]

func main() {
	e := Entry[int]{"a", 1}
	fmt.Printf("%v %T\n", e, e)
}
