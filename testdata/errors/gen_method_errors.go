package main

type List[T any] struct{ items []T }

func (l List[T]) Map[U any](f func(T) U) List[U] { return List[U]{} }
func (l List[T]) Make[U any]() U                   { var u U; return u }
func (l List[T]) Dup[T any]()                      {}
func (l List[T]) Num[N ~int](n N) N                { return n }

type Mapper interface {
	Map(f func(int) string) List[string]
}

func main() {
	l := List[int]{}
	_ = l.Map
	l.Map[string, int](nil)
	l.Make()
	var m Mapper = l
	l.Num[string]("x")
	l.Num("x")
	f := List[int].Map
	_, _ = m, f
}
