package main

import "fmt"

type Count uint8

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var c Count = 4
	for i := range c {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range int64(-2) {
		fmt.Println("never", i)
	}
	// the range expression is evaluated once
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit", limit)
	// each iteration has its own i
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// untyped constant gives int
	for i := range 1 {
		fmt.Printf("%T\n", i)
	}
	// multiplication table with labeled continue
outer:
	for i := range 4 {
		for j := range 4 {
			if j > i {
				fmt.Println()
				continue outer
			}
			fmt.Print(i*j, " ")
		}
		fmt.Println("|")
	}
}
