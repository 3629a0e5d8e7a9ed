package main

import "fmt"

type MyString string
type MyFloat float64

func main() {
	defer func() {
		recover()
		fmt.Println("recovered once")
		defer func() {
			fmt.Println("recovered twice:", recover())
			panic(MyFloat(2.5))
		}()
		panic(MyString("typed string"))
	}()
	panic(true)
}
