package main

import "fmt"

type Ring[T any] struct {
	buf        []T
	start, len int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, did bool) {
	if r.len == len(r.buf) {
		evicted, did = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.len)%len(r.buf)] = v
	r.len++
	return
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.len)
	for i := range r.len {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func Avg[T ~int | ~float64](r *Ring[T]) float64 {
	if r.len == 0 {
		return 0
	}
	var s T
	for _, v := range r.Slice() {
		s += v
	}
	return float64(s) / float64(r.len)
}

type reading struct {
	sensor string
	value  float64
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		ev, did := r.Push(i * 10)
		fmt.Println(r.Slice(), ev, did, Avg(r))
	}
	rr := NewRing[reading](2)
	rr.Push(reading{"a", 1.5})
	rr.Push(reading{"b", 2})
	old, _ := rr.Push(reading{"c", 3})
	fmt.Printf("%+v %+v\n", old, rr.Slice())
	fmt.Println(Avg(NewRing[float64](4)))
}
