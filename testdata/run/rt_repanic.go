package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after:", r)
		panic(r)
	}()
	fmt.Println("doing work")
	panic("fatal condition")
}
