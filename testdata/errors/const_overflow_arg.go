package main

import "fmt"

func main() {
	const big = 1 << 100
	fmt.Println(big)
}
