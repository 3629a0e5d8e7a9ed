package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	tags  []string
	next  *Line
}

type Inner struct{ N *int }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v\n", &p, &p, &p)
	l := Line{A: p, B: Point{3, 4}, Label: "ab", tags: []string{"x"}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	s := []int{1, 2, 3}
	fmt.Printf("%v|%d|%x|%#v|%T\n", s, s, s, s, s)
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Printf("%v|%#v|%T\n", m, m, m)
	arr := [2]bool{true, false}
	fmt.Printf("%v|%#v\n", arr, arr)
	var ip *int
	var e error
	var iface interface{}
	fmt.Printf("%v|%v|%v|%d\n", ip, e, iface, iface)
	fmt.Printf("%+v|%#v\n", Inner{}, Inner{})
	ps := []*Point{}
	fmt.Printf("%v|%#v\n", ps, ps)
	nested := map[string][]Point{"k": {{1, 1}}}
	fmt.Printf("%v|%+v\n", nested, nested)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v|%+v|%#v\n", anon, anon, anon)
	fmt.Printf("%v|%#v\n", []interface{}{1, "a", nil, 2.5}, []interface{}{1, "a", nil})
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}}, map[int][]string{2: {"b"}, 1: nil})
	fmt.Printf("%s|%d\n", Point{1, 2}, []string{"a"})
	fmt.Printf("%#v %#v %#v\n", 42, "q", uint8(3))
}
