package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	var s Stringer
	t := s.(T)
	fmt.Println(t)
}
