package main

import "fmt"

type Num interface {
	~int | ~float64
}

func main() {
	var n Num
	fmt.Println(n)
}
