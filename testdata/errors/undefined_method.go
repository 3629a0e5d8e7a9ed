package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Length())
	fmt.Println(p.Z)
}
