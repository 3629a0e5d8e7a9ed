package main

import (
	"fmt"
	"strings"
)

// Two generic types that refer to each other.
type Dir[T any] struct {
	Name  string
	Files []File[T]
	Subs  []*Dir[T]
}

type File[T any] struct {
	Name   string
	Meta   T
	Parent *Dir[T]
}

func (d *Dir[T]) AddFile(name string, meta T) {
	d.Files = append(d.Files, File[T]{name, meta, d})
}

func (d *Dir[T]) Mkdir(name string) *Dir[T] {
	s := &Dir[T]{Name: name}
	d.Subs = append(d.Subs, s)
	return s
}

func (d *Dir[T]) Walk(depth int, f func(depth int, file File[T])) {
	for _, fl := range d.Files {
		f(depth, fl)
	}
	for _, s := range d.Subs {
		s.Walk(depth+1, f)
	}
}

func (f File[T]) Path() string { return f.Parent.Name + "/" + f.Name }

type Expr[T any] interface {
	Eval() T
}

type Lit[T any] struct{ V T }
type Add[T interface{ ~int | ~float64 }] struct{ L, R Expr[T] }

func (l Lit[T]) Eval() T { return l.V }
func (a Add[T]) Eval() T { return a.L.Eval() + a.R.Eval() }

func main() {
	root := &Dir[int]{Name: "root"}
	root.AddFile("a.txt", 10)
	src := root.Mkdir("src")
	src.AddFile("main.go", 200)
	src.Mkdir("pkg").AddFile("x.go", 3)
	total := 0
	root.Walk(0, func(d int, f File[int]) {
		fmt.Println(strings.Repeat("  ", d)+f.Path(), f.Meta)
		total += f.Meta
	})
	fmt.Println(total)
	var e Expr[float64] = Add[float64]{Lit[float64]{1.5}, Add[float64]{Lit[float64]{2}, Lit[float64]{0.25}}}
	fmt.Println(e.Eval())
}
