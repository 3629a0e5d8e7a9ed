package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	values := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1.5), 1 + 2i, "s", 'r', byte('b'), true, nil,
		[]int{}, [2]string{}, map[string]bool{}, &struct{}{}, struct{ A int }{},
		Celsius(1), func(int) string { return "" }, errors.New("e"), []interface{}{},
		Pair[string, int]{"a", 1}, new(error), [][]*int{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%v %+v\n", Pair[string, int]{"a", 1}, Pair[int, []string]{2, []string{"x"}})
}
