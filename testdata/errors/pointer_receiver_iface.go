package main

import "fmt"

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var x Counter = C{}
	x.Inc()
	fmt.Println(x)
}
