package main

import "fmt"

// A runtime panic inside a function the inliner copies into its caller keeps gc's
// message and exit status; recovered panics behave as with a real call.

type node struct {
	val  int
	next *node
}

func at(xs []int, i int) int { return xs[i] }

func div(a, b int) int { return a / b }

func (n *node) second() int { return n.next.val }

func safeAt(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	v = at(xs, i)
	return v, nil
}

func safeDiv(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
		}
	}()
	q = div(a, b)
	return
}

func check(ok bool, msg string) {
	if !ok {
		panic(msg)
	}
}

func safeCheck(ok bool) (res string) {
	defer func() {
		res = fmt.Sprint("check: ", recover())
	}()
	check(ok, "custom failure")
	return "fine"
}

func main() {
	xs := []int{10, 20, 30}
	fmt.Println(safeAt(xs, 1))
	fmt.Println(safeAt(xs, 5))
	fmt.Println(safeDiv(7, 2), safeDiv(7, 0))
	fmt.Println(safeCheck(true), safeCheck(false))
	n := &node{1, &node{2, nil}}
	fmt.Println(n.second())
	func() {
		defer func() { fmt.Println("nil:", recover()) }()
		fmt.Println(n.next.second())
	}()
	sum := 0
	for i := 0; i <= len(xs); i++ {
		sum += at(xs, i)
		fmt.Println("sum", sum)
	}
}
