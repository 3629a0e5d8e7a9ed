package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

type ints []int

func main() {
	// cmp
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(3, 3), cmp.Compare("a", "b"))
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Copysign(0, -1), 0.0))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), cmp.Less(1, 2), cmp.Less(math.Inf(-1), nan))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or[int](), cmp.Or("", ""))

	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 1), slices.Index(s, 8))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }), slices.ContainsFunc(s, func(v int) bool { return v < 0 }))
	fmt.Println(slices.Max(s), slices.Min(s))
	fmt.Println(slices.Max([]float64{1, nan, 3}), slices.Min([]float64{1, 2, nan}), slices.Max([]float64{math.Copysign(0, -1), 0}))
	fmt.Println(slices.Max([]string{"b", "c", "a"}), slices.Min([]string{"b", "c", "a"}))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	byAge := func(a, b person) int { return cmp.Compare(a.age, b.age) }
	fmt.Println(slices.MaxFunc(people, byAge), slices.MinFunc(people, byAge))
	st := slices.Clone(people)
	slices.SortStableFunc(st, byAge)
	fmt.Println(st)
	fmt.Println(slices.IsSortedFunc(st, byAge), slices.IsSortedFunc(people, byAge))
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)

	t := slices.Clone(s)
	slices.Sort(t)
	fmt.Println(t, slices.IsSorted(t), slices.IsSorted(s), s)
	fmt.Println(slices.BinarySearch(t, 5))
	fmt.Println(slices.BinarySearch(t, 7))
	fmt.Println(slices.BinarySearch(t, 1))
	fmt.Println(slices.BinarySearch(t, 0))
	fmt.Println(slices.BinarySearchFunc(st, 30, func(p person, a int) int { return cmp.Compare(p.age, a) }))
	fmt.Println(slices.BinarySearchFunc(st, 31, func(p person, a int) int { return cmp.Compare(p.age, a) }))

	fs := []float64{3, nan, 1, math.Inf(-1), nan, 2, math.Inf(1), 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.IsSorted(fs))
	fmt.Println(slices.BinarySearch(fs, nan))
	fmt.Println(slices.BinarySearch(fs, 2.0))

	fmt.Println(slices.Equal(s, t), slices.Equal([]int{}, nil), slices.Equal([]float64{nan}, []float64{nan}))
	fmt.Println(slices.EqualFunc(s, []string{"3", "1", "4", "1", "5", "9", "2", "6"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 2, 3}), slices.Compare([]int{1, 3}, []int{1, 2, 3}), slices.Compare([]int{}, []int(nil)))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []int{1, 2}, func(a, b int) int { return a - b }))

	u := slices.Clone(s)
	slices.Reverse(u)
	fmt.Println(u)
	u = slices.Insert(u, 2, 100, 200)
	fmt.Println(u, len(u))
	u = slices.Insert(u, len(u), 7)
	fmt.Println(u)
	u = slices.Insert(u, 0)
	fmt.Println(u)
	a := make([]int, 5, 20)
	for i := range a {
		a[i] = i
	}
	a = slices.Insert(a, 1, a[3:5]...)
	fmt.Println(a, cap(a))
	u = slices.Delete(u, 1, 4)
	fmt.Println(u)
	full := u[:cap(u)]
	_ = full
	b := []int{0, 1, 2, 3, 4, 5}
	b2 := slices.Delete(b, 1, 3)
	fmt.Println(b2, b)
	c := []int{0, 1, 2, 3, 4, 5, 6}
	c2 := slices.DeleteFunc(c, func(v int) bool { return v%3 == 0 })
	fmt.Println(c2, c)
	d := []int{0, 1, 2, 3, 4, 5}
	d2 := slices.Replace(d, 1, 4, 9)
	fmt.Println(d2, d)
	d3 := slices.Replace(d2, 0, 1, 7, 8, 9)
	fmt.Println(d3, len(d3))
	e := []int{1, 1, 2, 2, 2, 3, 1, 1}
	e2 := slices.Compact(e)
	fmt.Println(e2, e)
	words := []string{"a", "A", "b", "B", "b", "c"}
	w2 := slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(w2, words, len(w2))
	var nilS []int
	fmt.Println(slices.Clone(nilS) == nil, slices.Clone([]int{}) == nil, slices.Compact(nilS) == nil, slices.Clip(nilS) == nil)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(g, len(g), cap(g) >= 11)
	h := make([]int, 2, 10)
	fmt.Println(cap(slices.Clip(h)))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil, slices.Concat([]int{}, nil) == nil)
	r := slices.Repeat([]string{"x", "y"}, 3)
	fmt.Println(r, len(r), cap(r), slices.Repeat([]int{}, 5) == nil, slices.Repeat([]int{1}, 0) == nil)
	var is ints = ints{5, 2, 8}
	slices.Sort(is)
	is2 := slices.Clone(is)
	fmt.Printf("%T %v %T\n", is2, is2, slices.Insert(is, 0, 1))

	try("insert", func() { slices.Insert(s, 50, 1) })
	try("insertneg", func() { slices.Insert(s, -1, 4) })
	try("delete", func() { slices.Delete(s, 2, 50) })
	try("delete2", func() { slices.Delete(s, 2, 1) })
	try("replace", func() { slices.Replace(s, 2, 50, 9) })
	try("replace2", func() { slices.Replace(s, 2, 1, 9) })
	try("grow", func() { slices.Grow(s, -1) })
	try("repeat", func() { slices.Repeat(s, -1) })
	try("repeatbig", func() { slices.Repeat(s, 1<<62) })
	try("chunk", func() { slices.Chunk(s, 0) })
	try("max", func() { slices.Max([]int{}) })
	try("min", func() { slices.Min([]int{}) })
	try("maxf", func() { slices.MaxFunc([]int{}, func(a, b int) int { return a - b }) })
	try("minf", func() { slices.MinFunc([]int{}, func(a, b int) int { return a - b }) })
}
