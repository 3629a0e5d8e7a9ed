package main

func Id[T any](x T) T { return x }

type F func(int) string

func main() {
	_ = F(Id)
	_ = []func(int, int){1: Id}
	_ = map[string]func() int{"a": Id}
	var g F = Id
	_ = g
}
