package main

func Id[T any](x T) T { return x }

func use(f func(int) string) {}

func ret() func(int) string { return Id }

type S struct{ f func(int) string }

func main() {
	var g func(int) string = Id
	var h func(int) string
	h = Id
	use(Id)
	_ = S{f: Id}
	_ = []func(int, int){Id}
	_, _ = g, h
}
