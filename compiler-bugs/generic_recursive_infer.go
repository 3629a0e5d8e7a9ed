// rgo cannot infer the type argument of a recursive call of a generic function whose
// argument has type []E with E the caller's own type parameter.
// gc prints: [1 2 3]
// rgo reports: in call to walk, cannot infer E
package main

import "fmt"

func walk[E any](x []E, out *[]E) {
	if len(x) == 0 {
		return
	}
	*out = append(*out, x[0])
	walk(x[1:], out)
}

func main() {
	var out []int
	walk([]int{1, 2, 3}, &out)
	fmt.Println(out)
}
