package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type tree struct {
	l, r *tree
	v    int
}

func build(d, v int) *tree {
	if d == 0 {
		return &tree{v: v}
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *tree) check() int {
	if t.l == nil {
		return t.v
	}
	return t.v + t.l.check() - t.r.check()
}

type shape interface{ area() int }
type rect struct{ w, h int }
type sq struct{ s int }

func (r rect) area() int { return r.w * r.h }
func (s *sq) area() int  { return s.s * s.s }

func main() {
	long := build(14, 1)
	want := long.check()
	names := map[string][]string{}
	var shapes []shape
	var fns []func() int
	for round := 0; round < 60; round++ {
		// garbage
		for i := 0; i < 20; i++ {
			_ = build(10, i)
		}
		var sb strings.Builder
		for i := 0; i < 200; i++ {
			sb.WriteString(strconv.Itoa(i * round))
		}
		key := "k" + strconv.Itoa(round%17)
		names[key] = append(names[key], sb.String()[:10])
		if round%2 == 0 {
			shapes = append(shapes, rect{round, 2})
		} else {
			shapes = append(shapes, &sq{round})
		}
		r := round
		fns = append(fns, func() int { return r * 3 })
		if round%10 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("long-lived tree intact:", long.check() == want)
	total := 0
	for _, s := range shapes {
		total += s.area()
	}
	fmt.Println("shapes:", len(shapes), total)
	sum := 0
	for _, f := range fns {
		sum += f()
	}
	fmt.Println("closures:", sum)
	n := 0
	for k := 0; k < 17; k++ {
		for _, s := range names["k"+strconv.Itoa(k)] {
			n += len(s)
		}
	}
	fmt.Println("map of slices:", len(names), n, names["k3"][1])
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 5, "heap bounded:", ms.HeapSys < 64<<20)
}
