package main

import "fmt"

func main() {
	a, b := 1, 2
	fmt.Println(a)
	for i := 0; i < 3; i++ {
		v := i * 2
	}
}
