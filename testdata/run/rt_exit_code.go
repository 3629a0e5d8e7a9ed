package main

import (
	"fmt"
	"os"
)

func run() int {
	fmt.Println("running")
	fmt.Fprintln(os.Stderr, "error: something failed")
	return 3
}

func main() {
	os.Exit(run())
}
