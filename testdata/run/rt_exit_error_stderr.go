package main

import (
	"fmt"
	"os"
	"strconv"
)

func parse(args []string) (int, error) {
	return strconv.Atoi("not-a-number")
}

func main() {
	n, err := parse(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}
