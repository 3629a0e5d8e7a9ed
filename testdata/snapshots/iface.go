package main

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }

func describe(s Shape) float64 {
	switch v := s.(type) {
	case Square:
		return v.S
	}
	return s.Area()
}

func main() {
	println(describe(Square{2}))
}
