package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d }
func (c Counter) Get() int   { return c.n }

type Point struct{ X, Y int }

func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }

func main() {
	c := &Counter{}
	add := c.Add
	add(3)
	add(4)
	fmt.Println(c.n)
	get := c.Get // receiver copied now
	c.Add(10)
	fmt.Println(get(), c.Get())
	addExpr := (*Counter).Add
	addExpr(c, 100)
	fmt.Println(c.n)
	getExpr := Counter.Get
	fmt.Println(getExpr(*c))
	p := Point{1, 2}
	scale := p.Scale
	p.X = 100
	fmt.Println(scale(3))
	fmt.Println(Point.Scale(Point{2, 3}, 2))
	fmt.Printf("%T\n", addExpr)
	fmt.Printf("%T\n", Point.Scale)
	ptrGet := (*Counter).Get
	fmt.Println(ptrGet(c))
}
