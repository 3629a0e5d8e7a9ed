package main

import "fmt"

func main() {
	n := 5
	s := "count: " + n
	fmt.Println(s)
}
