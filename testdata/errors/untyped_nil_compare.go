package main

import "fmt"

type T struct{ A int }

func main() {
	var t T
	if t == nil {
		fmt.Println("nil")
	}
}
