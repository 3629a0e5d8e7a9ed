// rgo rejects operations on a value whose type is a type parameter with core type []E
// (S ~[]E). gc accepts all of these and prints:
//   [1 3] true [] [1 2 3]
// rgo reports (type checker):
//   cannot use s[j:] (value of type S constrained by ~[]E) as []E value in argument to append
//   invalid operation: s == nil (mismatched types S and untyped nil)
//   cannot use nil as S value in return statement
//   cannot use s (variable of type S constrained by ~[]E) as []E value in argument to append
package main

import "fmt"

func del[S ~[]E, E any](s S, i, j int) S {
	return append(s[:i], s[j:]...)
}

func isNil[S ~[]E, E any](s S) bool {
	return s == nil
}

func none[S ~[]E, E any](s S) S {
	return nil
}

func clone[S ~[]E, E any](s S) S {
	return append(S{}, s...)
}

func main() {
	fmt.Println(del([]int{1, 2, 3}, 1, 2), isNil([]int(nil)), none([]int{1}), clone([]int{1, 2, 3}))
}
