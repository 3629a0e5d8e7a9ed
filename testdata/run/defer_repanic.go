package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic("first")
}

func middle() {
	defer func() {
		fmt.Println("middle recovered:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

func deferredPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("got ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("original")
}

func main() {
	middle()
	fmt.Println(deferredPanic())
	func() {
		defer func() { fmt.Println("nested:", recover()) }()
		func() {
			defer fmt.Println("inner defer runs")
			panic("deep")
		}()
	}()
	fmt.Println("end")
}
