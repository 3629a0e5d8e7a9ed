package main

import "fmt"

type IDs []int

func (ids IDs) String() string { return fmt.Sprintf("IDs%d", len(ids)) }

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func main() {
	ids := IDs{1, 2, 3, 4, 5}
	r := Reverse(ids)
	fmt.Printf("%T %v %s\n", r, []int(r), r)
	ev := Filter(ids, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%T %v\n", ev, []int(ev))
	v, ok := Last(ids)
	fmt.Println(v, ok)
	_, ok = Last(IDs{})
	fmt.Println(ok)
	words := Filter([]string{"a", "bb", "ccc"}, func(s string) bool { return len(s) > 1 })
	fmt.Println(words, len(words), cap(words) >= 2)
}
