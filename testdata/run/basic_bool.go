package main

import "fmt"

func check(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	t, f := true, false
	fmt.Println(t && f, t || f, !t, t == f, t != f)
	if check("a", false) && check("b", true) {
		fmt.Println("both")
	}
	if check("c", true) || check("d", true) {
		fmt.Println("either")
	}
	x := 5
	inRange := x > 0 && x < 10
	fmt.Println(inRange, !(x == 5))
	var zero bool
	fmt.Println(zero)
	fmt.Printf("%v %t\n", t, f)
}
