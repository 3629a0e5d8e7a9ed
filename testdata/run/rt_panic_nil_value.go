package main

import "fmt"

func main() {
	fmt.Println("panic(nil) becomes *runtime.PanicNilError")
	panic(nil)
}
