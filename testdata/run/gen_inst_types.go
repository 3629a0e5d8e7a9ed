package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T       { return b.V }
func (b *Box[T]) Set(v T)     { b.V = v }
func (b Box[T]) Desc() string { return fmt.Sprintf("Box[%T]{%v}", b.V, b.V) }

type Pair[A, B any] struct {
	A A
	B B
}

type point struct{ X, Y int }

func main() {
	// instantiated with an interface
	var bi Box[fmt.Stringer]
	fmt.Println(bi.Get() == nil)
	be := Box[error]{errors.New("boom")}
	fmt.Println(be.Get())
	// with a pointer
	n := 5
	bp := Box[*int]{&n}
	*bp.Get() = 6
	fmt.Println(n)
	// with a struct
	bs := Box[point]{point{1, 2}}
	bs.Set(point{3, 4})
	fmt.Println(bs.Desc())
	// with another instance
	bb := Box[Box[string]]{Box[string]{"inner"}}
	fmt.Println(bb.Get().Get(), bb.Desc())
	pp := Pair[Box[int], Pair[string, bool]]{Box[int]{1}, Pair[string, bool]{"x", true}}
	fmt.Printf("%+v\n", pp)
	// with func, map, chan-free composite types
	bf := Box[func(int) int]{func(i int) int { return i + 1 }}
	fmt.Println(bf.Get()(41))
	bm := Box[map[string][]int]{map[string][]int{"a": {1}}}
	bm.V["a"] = append(bm.V["a"], 2)
	fmt.Println(bm.V)
	var ba Box[any] = Box[any]{V: 3}
	fmt.Println(ba.Desc())
}
