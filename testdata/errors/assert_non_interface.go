package main

import "fmt"

func main() {
	x := 5
	if v, ok := x.(int); ok {
		fmt.Println(v)
	}
}
