package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type IntPair = Pair[int, int]
type Entry[V any] = Pair[string, V]
type Set[T comparable] = map[T]bool
type Id[P any] = P

func (p IntPair) M()  {}
func (e Entry[V]) N() {}

func main() {
	var a Set[[]int]
	var b Pair[string]
	var c Entry[int, int]
	var d Entry
	var x Pair[int, string] = 1
	_, _, _, _, _ = a, b, c, d, x
}
