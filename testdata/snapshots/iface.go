package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprint("square ", v.S)
	}
	return "?"
}

func main() {
	fmt.Println(describe(Square{2}))
}
