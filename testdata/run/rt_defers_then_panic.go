package main

import "fmt"

func step(n int) {
	defer fmt.Println("unwinding step", n)
	if n == 3 {
		var arr []string
		fmt.Println(arr[n])
	}
	step(n + 1)
}

func main() {
	defer fmt.Println("main deferred")
	step(1)
}
