package main

import "fmt"

func main() {
	fmt := "shadowed"
	fmt.Println(fmt)
}
