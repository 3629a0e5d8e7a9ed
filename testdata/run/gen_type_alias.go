package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// generic type aliases (go1.24)
type Entry[V any] = Pair[string, V]
type Table[V any] = []Entry[V]
type IntPair = Pair[int, int]

func Lookup[V any](t Table[V], k string) (V, bool) {
	for _, e := range t {
		if e.Key == k {
			return e.Val, true
		}
	}
	var zero V
	return zero, false
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func main() {
	t := Table[float64]{{"pi", 3.14}, {"e", 2.72}}
	fmt.Println(t)
	fmt.Println(Lookup(t, "e"))
	fmt.Println(Lookup(t, "phi"))
	var e Entry[[]int] = Pair[string, []int]{"xs", []int{1, 2}}
	fmt.Printf("%T %v\n", e, e)
	ip := IntPair{1, 2}
	fmt.Printf("%T %v\n", ip, ip)
	var tt []Pair[string, bool] = Table[bool]{{"ok", true}}
	fmt.Println(tt, len(tt))
}
