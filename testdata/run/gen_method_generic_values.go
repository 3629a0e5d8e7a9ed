package main

import (
	"fmt"
	"strconv"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T            { return b.v }
func (b *Box[T]) Set(v T)          { b.v = v }
func (b Box[T]) Apply[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }
func (b *Box[T]) Swap[U any](u U) (T, U) { return b.v, u }
func (b Box[T]) Pass[U any](u U) U        { return u }

type Conv struct{ base int }

func (c Conv) Format[T ~int | ~int64](x T) string { return strconv.FormatInt(int64(x), c.base) }
func (c Conv) Show[T any](x T) string               { return fmt.Sprint(c.base, ":", x) }

func Apply[T, U any](f func(T) U, x T) U { return f(x) }

func Twice[T any](f func(T) T, x T) T { return f(f(x)) }

type Wrapper struct {
	Box[string] // promoted generic method
	Conv
}

func main() {
	// method expressions of generic types (value and pointer receivers)
	get := Box[int].Get
	set := (*Box[int]).Set
	b := Box[int]{1}
	set(&b, 41)
	fmt.Println(get(b), Box[string]{"s"}.Get())

	// generic method values: explicit, inferred from the target type
	a := b.Apply[string]
	fmt.Println(a(strconv.Itoa).v)
	var sq func(func(int) int) Box[int] = b.Apply
	fmt.Println(sq(func(x int) int { return x * x }).v)
	fmt.Println((b.Apply[float64])(func(x int) float64 { return float64(x) / 2 }).v)

	// method expressions of generic methods
	swap := (*Box[int]).Swap[string]
	x, y := swap(&b, "u")
	fmt.Println(x, y)
	format := Conv.Format[int64]
	fmt.Println(format(Conv{16}, 255))

	// a generic method passed to a generic function: its type arguments are inferred
	c := Conv{2}
	fmt.Println(Apply(c.Format, 10), Apply(c.Show, "x"), Twice(b.Pass[int], 5), Twice(b.Pass, "z"))

	// promoted through embedding
	w := Wrapper{Box[string]{"hi"}, Conv{8}}
	fmt.Println(w.Apply(func(s string) int { return len(s) }).v, w.Format(64), w.Show(w.Get()))

	// the same method instantiated several times (distinct wrappers)
	f1 := c.Show[int]
	f2 := c.Show[string]
	f3 := Conv{3}.Show[int]
	fmt.Println(f1(1), f2("two"), f3(3))

	defer fmt.Println("deferred", c.Show(1.5))
	defer c.Show(true)
	func() {
		defer b.Set(7)
	}()
	fmt.Println(b.v)
}
