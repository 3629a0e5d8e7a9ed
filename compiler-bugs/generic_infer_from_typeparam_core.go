// rgo cannot infer type arguments from an argument whose type is the caller's own type
// parameter constrained by a core type, e.g. m of type M ~map[K]V passed to
// Keys[M ~map[K]V, K comparable, V any] (the same happens with the std maps.Keys(m)):
//   in call to Keys, cannot infer K
// gc prints: 2
package main

import "fmt"

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[M ~map[K]V, K comparable, V any](m M) int {
	return len(Keys(m))
}

func main() {
	fmt.Println(Count(map[string]int{"b": 1, "a": 2}))
}
