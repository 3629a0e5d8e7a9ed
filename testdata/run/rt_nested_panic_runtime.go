package main

import "fmt"

func main() {
	defer func() {
		var m map[int]int
		m[0] = 1
	}()
	var s []int
	fmt.Println("len", len(s))
	_ = s[0]
}
