package main

import "fmt"

type inner struct {
	a, b int
	s    string
}

type node struct {
	next *node
	in   inner
	arr  [3]inner
	tags []string
	m    map[string]int
}

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func mayPanic(fail bool) int {
	if fail {
		panic("element failed")
	}
	return 7
}

var built *node

func build(fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	built = &node{in: inner{a: 1}, arr: [3]inner{{a: mayPanic(fail)}}}
	return nil
}

func main() {
	// Elements are evaluated in order; fields left out are zero.
	p := &node{
		in:   inner{b: f("b", 2), a: f("a", 1), s: "x"},
		arr:  [3]inner{2: {a: f("arr2", 5)}, 0: {s: "zero"}},
		tags: []string{"t1", "t2"},
	}
	fmt.Println(trace, p.next == nil, p.in, p.arr, p.tags, p.m == nil)

	// A literal that refers to the variable it is assigned to sees the old value.
	var list *node
	for i := 0; i < 3; i++ {
		list = &node{next: list, in: inner{a: i}}
	}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.in.a, " ")
	}
	fmt.Println()

	// A value literal assigned over itself: the right side is built before the store.
	v := inner{a: 1, b: 2}
	v = inner{a: v.b, b: v.a, s: fmt.Sprint(v.a)}
	fmt.Println(v)
	arr := [3]int{1, 2, 3}
	arr = [3]int{arr[2], arr[1], arr[0]}
	fmt.Println(arr)

	// A panicking element leaves the target untouched.
	fmt.Println(build(false), built.arr[0].a)
	old := built
	fmt.Println(build(true), built == old)

	// Nested pointer literals with elided types.
	ps := []*inner{{a: 1}, {b: 2, s: "two"}, nil}
	fmt.Println(*ps[0], *ps[1], ps[2] == nil)
	pa := &[2][2]inner{{{a: 1}, {a: 2}}, {1: {s: "last"}}}
	fmt.Println(*pa)
	mp := map[string]*node{"k": {in: inner{s: "in map"}}}
	fmt.Println(mp["k"].in.s)

	// Each evaluation makes a distinct object.
	var ptrs []*inner
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &inner{a: i})
	}
	ptrs[0].a = 100
	fmt.Println(ptrs[0].a, ptrs[1].a, ptrs[2].a, ptrs[0] != ptrs[1])
}
