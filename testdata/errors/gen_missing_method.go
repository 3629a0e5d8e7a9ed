package main

import "fmt"

type Shower interface {
	~int | ~string
	Show() string
}

func Render[T Shower](x T) string { return x.Show() }

type Code int

func main() {
	fmt.Println(Render(Code(3)))
}
