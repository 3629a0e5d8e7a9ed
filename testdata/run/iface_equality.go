package main

import "fmt"

type P struct{ X int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	a, b = P{1}, P{1}
	fmt.Println(a == b)
	p := &P{2}
	a, b = p, p
	fmt.Println(a == b)
	a, b = &P{2}, &P{2}
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == nil, a == b)
	var x interface{} = 3
	fmt.Println(x == 3, x == "3")
	type E interface{ M() }
	var f1 fmt.Stringer
	var f2 fmt.Stringer
	fmt.Println(f1 == f2)
	a, b = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(a == b)
	a, b = 1.5, 1.5
	fmt.Println(a != b)
}
