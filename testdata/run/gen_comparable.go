package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Key struct {
	Name string
	N    int
}

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"))
	fmt.Println(Index([]Key{{"x", 1}, {"y", 2}}, Key{"y", 2}))
	fmt.Println(Index([][2]int{{1, 2}, {3, 4}}, [2]int{3, 4}))
	// interfaces are comparable too (since go1.20)
	fmt.Println(Index([]any{1, "two", 3.0}, any("two")))
	var e1, e2 error
	fmt.Println(Index([]error{e1}, e2))
	p := new(int)
	fmt.Println(Index([]*int{nil, p}, p))
	c := Count([]Key{{"a", 1}, {"b", 2}, {"a", 1}})
	fmt.Println(c[Key{"a", 1}], c[Key{"b", 2}], len(c))
	fmt.Println(Count([]bool{true, false, true}))
}
