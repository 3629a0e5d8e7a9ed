package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("State<%d>", int(s)) }

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(&E{"second"})
	}()
	panic(State(3))
}
