package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		if isErr {
			fmt.Printf("%s: runtime=%v %v\n", name, isRT, err.Error())
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[3] })
	try("index2", func() { a := []int{1, 2}; idx := -1 + zero; _ = a[idx+3] })
	try("slice", func() { a := []int{1, 2}; hi := 5 + zero; _ = a[1:hi] })
	try("slice3", func() { a := make([]int, 2, 10); lo := 2 + zero; _ = a[lo:1] })
	try("string", func() { str := "abc"; _ = str[zero+10] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { fmt.Println(p.x) })
	try("div", func() { fmt.Println(1 / zero) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("assert2", func() { fmt.Println(i.(fmt.Stringer)) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 7)) })
	try("makelen", func() { n := -1 + zero; _ = make([]int, n) })
	try("conv", func() { a := []int{1, 2}; _ = [3]int(a) })
	fmt.Println("survived")
}
