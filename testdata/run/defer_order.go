package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() {
	defer trace("work")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20
	fmt.Println("body done")
}

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func main() {
	work()
	for _, n := range []string{"a", "b"} {
		r := &res{n}
		defer r.Close()
	}
	s := []int{1, 2}
	defer fmt.Println("slice at defer:", s)
	s[0] = 100
	fmt.Println("main done")
}
