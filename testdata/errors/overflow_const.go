package main

import "fmt"

func main() {
	var u uint = -1
	var b byte = 'a' + 200
	fmt.Println(u, b)
}
