// rgo loses the methods of a generic type instantiated in the field type of a non-generic
// package-level struct type: Base[int] used as a field (embedded or named, pointer or not)
// has no methods. The same instance used in local variables or in a generic struct works.
// (Probably the instance is created while collecting type declarations, before the
// methods of Base are recorded.)
// gc prints: [4]
// rgo reports: b.p.Add undefined (type *Base[int] has no field or method Add)
package main

import "fmt"

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T) { b.items = append(b.items, x) }

type Bag struct {
	p *Base[int]
}

func main() {
	b := Bag{&Base[int]{}}
	b.p.Add(4)
	fmt.Println(b.p.items)
}
