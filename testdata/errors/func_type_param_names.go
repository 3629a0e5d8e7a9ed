package main

import (
	"fmt"
	"strconv"
)

func f(x int, ys ...string) (n int, err error) { return }
func g(int) string                             { return "" }
func h(a, b int) bool                          { return false }

func main() {
	var a int = strconv.Itoa
	var b int = f
	var c int = g
	var d int = h
	var e int = fmt.Println
	_, _, _, _, _ = a, b, c, d, e
}
