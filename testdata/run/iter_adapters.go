package main

import (
	"fmt"
	"iter"
)

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; yield(i); i++ {
		}
	}
}

func main() {
	odd := Filter(Naturals(), func(i int) bool { return i%2 == 1 })
	sq := Map(odd, func(i int) string { return fmt.Sprintf("%d²=%d", i, i*i) })
	for s := range Take(sq, 4) {
		fmt.Println(s)
	}
	for v := range Take(Naturals(), 0) {
		fmt.Println("never", v)
	}
	n := 0
	for v := range Take(Map(Naturals(), func(i int) float64 { return float64(i) / 2 }), 10) {
		if v > 2 {
			break
		}
		n++
	}
	fmt.Println(n)
}
