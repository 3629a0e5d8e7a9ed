package main

import "fmt"

func pair() (int, error) { return 1, nil }

func main() {
	x := pair()
	fmt.Println(x)
}
