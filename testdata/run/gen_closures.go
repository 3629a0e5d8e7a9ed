package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Counter[T any]() (func(T), func() map[string]int) {
	counts := map[string]int{}
	add := func(x T) { counts[fmt.Sprint(x)]++ }
	return add, func() map[string]int { return counts }
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C {
		return func(b B) C { return f(a, b) }
	}
}

func main() {
	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	sq, misses := Memo(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println(*misses, calls)
	add, get := Counter[rune]()
	for _, r := range "hello" {
		add(r)
	}
	fmt.Println(get())
	repeat := Curry(func(s string, n int) string {
		out := ""
		for range n {
			out += s
		}
		return out
	})
	ab := repeat("ab")
	fmt.Println(ab(3), repeat("-")(5))
	var fib func(int) int
	fib, _ = Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(60))
}
