package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func annotate() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("annotate: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func counter() (i int) {
	defer func() { i++ }()
	defer func() { i *= 10 }()
	return 4
}

func main() {
	fmt.Println(double())
	fmt.Println(annotate())
	fmt.Println(unnamed())
	fmt.Println(counter())
}
