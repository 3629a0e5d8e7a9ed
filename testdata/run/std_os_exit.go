package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit")
	fmt.Println(len(os.Args))
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
}
