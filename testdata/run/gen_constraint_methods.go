package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	~int | ~string
	Show() string
}

type Code int

func (c Code) Show() string { return fmt.Sprintf("#%03d", int(c)) }

type Tag string

func (t Tag) Show() string { return "<" + strings.ToUpper(string(t)) + ">" }

func Render[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ",")
}

func Bump[T interface {
	~int
	Show() string
}](x T) string {
	x += 10
	return x.Show()
}

type Stringish interface{ String() string }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func JoinAll[T Stringish](xs ...T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String())
	}
	return b.String()
}

func main() {
	fmt.Println(Render([]Code{1, 42, 7}))
	fmt.Println(Render([]Tag{"a", "bc"}))
	fmt.Println(Bump(Code(5)))
	fmt.Println(JoinAll(Point{1, 2}, Point{3, 4}))
}
