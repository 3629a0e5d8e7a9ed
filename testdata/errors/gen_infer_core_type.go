package main

import "fmt"

func Num[T ~int](x T) T         { return x }
func Str[T fmt.Stringer](x T) T { return x }
func Sl[S ~[]E, E any](s S) S   { return s }
func Two[T ~int, U fmt.Stringer](x T, u U) {}

type MyStr string

func G[T any](x T) { Num(x) }

func main() {
	Num(MyStr("s"))
	Str(MyStr("s"))
	var s string
	Sl(s)
	Two(1, 2)
	Two(s, 2)
	_ = Sl[string]
	var a func(string) string = Num
	var c func(int) int = Str
	Num("s")
	Num[string]("s")
	_, _ = a, c
}
