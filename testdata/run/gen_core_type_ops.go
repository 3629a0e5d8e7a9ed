package main

import (
	"fmt"
	"sort"
)

type Bytes []byte
type Name string
type IntChan chan int
type Handler func(int) int
type Ints []int
type Counts map[string]int

func Concat[T ~string | ~[]byte](b []byte, xs ...T) []byte {
	for _, x := range xs {
		b = append(b, x...)
	}
	return b
}

func CopyInto[T ~string | ~[]byte](dst []byte, src T) int { return copy(dst, src) }

func Runes[T ~string](s T) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func Convert[T ~string | ~[]byte](x T) (string, []byte, int, byte) {
	return string(x), []byte(x), len(x), x[len(x)-1]
}

func Window[S ~[]E, E any](s S, i, j int) (S, int, int) {
	w := s[i:j:j]
	return w, len(w), cap(w)
}

func Reset[M ~map[K]V, K comparable, V any, S ~[]E, E any](m M, s S) (int, int) {
	clear(m)
	clear(s)
	return len(m), len(s)
}

func Pop[M ~map[K]V, K comparable, V any](m M, k K) (V, bool) {
	v, ok := m[k]
	delete(m, k)
	return v, ok
}

func Lit[S ~[]int, M ~map[string]int]() (S, M) {
	return S{3, 1, 2}, M{"a": 1, "b": 2}
}

func Send[C ~chan E, E any](c C, xs ...E) {
	for _, x := range xs {
		c <- x
	}
	close(c)
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for x := range c {
		out = append(out, x)
	}
	return out
}

func Call[F ~func(int) int](f F, x int) int { return f(x) }

func Deref[P ~*E, E any](p P) E { return *p }

func Bounds[T int | float64 | string](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func Index[T comparable](xs []T, x T) int {
	var zero T
	for i, y := range xs {
		if y == x && x != zero {
			return i
		}
	}
	return -1
}

func Grow[S ~[]E, E any](s S, n int) S {
	if s == nil {
		s = make(S, 0, n)
	}
	return append(s[:len(s):len(s)], make(S, n)...)
}

func main() {
	fmt.Printf("%s\n", Concat([]byte("x:"), "ab", "cd"))
	fmt.Printf("%s\n", Concat(nil, Bytes("by"), Bytes("tes")))
	dst := make([]byte, 3)
	fmt.Println(CopyInto(dst, Name("hello")), string(dst))
	fmt.Println(Runes(Name("héllo")))
	fmt.Println(Convert(Name("ok")))
	fmt.Println(Convert(Bytes("ko")))
	fmt.Println(Window(Ints{1, 2, 3, 4, 5}, 1, 3))
	c := Counts{"a": 1}
	s := Ints{1, 2}
	fmt.Println(Reset(c, s))
	fmt.Println(s)
	c["z"] = 26
	fmt.Println(Pop(c, "z"))
	fmt.Println(Pop(c, "z"))
	ls, lm := Lit[Ints, Counts]()
	keys := make([]string, 0)
	for k := range lm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(ls, keys, len(lm))
	ch := make(IntChan, 3)
	Send(ch, 7, 8, 9)
	fmt.Println(Drain(ch))
	fmt.Println(Call(Handler(func(x int) int { return x * 3 }), 5))
	v := 42
	fmt.Println(Deref(&v))
	fmt.Println(Bounds(3, 1, 4, 1, 5))
	fmt.Println(Bounds("pear", "apple", "zoo"))
	fmt.Println(Index([]string{"", "a", "b"}, "b"), Index([]int{0, 1}, 0))
	g := Grow(Ints(nil), 2)
	fmt.Println(g, len(g), cap(g) >= 2, Grow(Ints{9}, 1))
}
