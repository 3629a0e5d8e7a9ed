package main

import "fmt"

func Seq(yield func(int) int) {
	yield(1)
}

func main() {
	for v := range Seq {
		fmt.Println(v)
	}
}
