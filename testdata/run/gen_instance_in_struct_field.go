package main

import "fmt"

// Instances of a generic type used in the field types of non-generic package-level
// struct types keep their methods (named, embedded, pointer or not).
type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)  { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Bag struct {
	p *Base[int]
	v Base[string]
}

type Shelf struct {
	Base[float64]
	name string
}

func main() {
	b := Bag{&Base[int]{}, Base[string]{}}
	b.p.Add(4)
	b.v.Add("x")
	b.v.Add("y")
	fmt.Println(b.p.items, b.p.Count(), b.v.items, b.v.Count())
	s := Shelf{name: "s"}
	s.Add(1.5)
	fmt.Println(s.Count(), s.items, s.name)
}
