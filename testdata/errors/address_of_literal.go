package main

import "fmt"

func main() {
	p := &42
	fmt.Println(p)
}
