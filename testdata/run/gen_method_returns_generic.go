package main

import "fmt"

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Option[T]) Filter(p func(T) bool) Option[T] {
	if o.ok && p(o.val) {
		return o
	}
	return None[T]()
}

func (o Option[T]) Ptr() *T {
	if !o.ok {
		return nil
	}
	return &o.val
}

func (o Option[T]) Slice() []T {
	if o.ok {
		return []T{o.val}
	}
	return nil
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

func main() {
	a := Some(10)
	b := None[int]()
	fmt.Println(a, b, a.OrElse(0), b.OrElse(-1))
	fmt.Println(a.Filter(func(i int) bool { return i > 5 }), a.Filter(func(i int) bool { return i > 50 }))
	fmt.Println(MapOpt(a, func(i int) string { return fmt.Sprint(i, "!") }))
	fmt.Println(MapOpt(b, func(i int) float64 { return 1.5 }))
	fmt.Println(*a.Ptr(), b.Ptr() == nil, a.Slice(), b.Slice() == nil)
	nested := Some(Some("deep"))
	fmt.Println(nested, nested.OrElse(None[string]()).OrElse("?"))
}
