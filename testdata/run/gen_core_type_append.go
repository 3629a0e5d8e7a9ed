package main

import "fmt"

type Path []string

func Insert[S ~[]E, E any](s S, i int, v E) S {
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func Delete[S ~[]E, E any](s S, i, j int) S {
	return append(s[:i], s[j:]...)
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Concat[S ~[]E, E any](a, b S) S {
	return append(a[:len(a):len(a)], b...)
}

func main() {
	p := Path{"usr", "bin"}
	p = Insert(p, 1, "local")
	fmt.Printf("%T %v\n", p, p)
	q := Clone(p)
	q[0] = "opt"
	fmt.Println(p, q)
	fmt.Println(Delete(q, 0, 1))
	var none Path
	fmt.Println(Clone(none) == nil)
	fmt.Println(Concat(Path{"a"}, Path{"b", "c"}))
}
