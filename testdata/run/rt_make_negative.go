package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buffer(4)))
	fmt.Println(len(buffer(-1)))
}
