package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func safeIndex(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return s[i], true
}

func panicky(v interface{}) (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprintf("%T: %v", r, r)
	}()
	panic(v)
}

func noPanic() {
	defer func() {
		fmt.Println("recover returns", recover())
	}()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2, 3}, 1))
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(panicky("text"))
	fmt.Println(panicky(42))
	fmt.Println(panicky(errors.New("an error")))
	fmt.Println(panicky(fmt.Errorf("wrapped %d", 1)))
	noPanic()
	fmt.Println("done")
}
