package main

import (
	"fmt"
	"math"
)

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) Scale(k float64)    { r.W *= k; r.H *= k }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area(), r.Perimeter())
	r.Scale(2)
	fmt.Println(r, r.Area())
	rp := &r
	fmt.Println(rp.Area())
	fmt.Printf("%.4f\n", Circle{2}.Area())
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l, l.Sum())
}
