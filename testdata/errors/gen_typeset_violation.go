package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int32

func main() {
	fmt.Println(Sum(MyInt(1), MyInt(2)))
}
