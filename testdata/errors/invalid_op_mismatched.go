package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var m Meters = 3
	var f Feet = 10
	fmt.Println(m + f)
}
