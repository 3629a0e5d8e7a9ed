// rgo fails on a method value of a method of a generic type instance (b.Get with
// b *Box[int]), also when used as a range-over-func expression (range l.All):
// "rgo: internal: generic function without type arguments", reported at the method
// declaration. Method expressions (Box[int].Get) fail the same way.
// gc prints: 7
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func main() {
	b := &Box[int]{7}
	f := b.Get
	fmt.Println(f())
}
