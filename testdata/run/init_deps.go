package main

import "fmt"

var x = y * 2
var y = z + 1
var z = initZ()

var order []string

func initZ() int {
	order = append(order, "z")
	return 10
}

type registry struct{ names []string }

var reg = newRegistry()

func newRegistry() *registry {
	order = append(order, "reg")
	return &registry{}
}

func register(name string) bool {
	reg.names = append(reg.names, name)
	return true
}

var _ = register("first")
var _ = register("second")

var greeting string

func init() {
	greeting = fmt.Sprintf("x=%d y=%d z=%d", x, y, z)
	order = append(order, "init")
}

func main() {
	fmt.Println(greeting)
	fmt.Println(order)
	fmt.Println(reg.names)
}
