package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%d-%d\n", 1, 2)
	n, err := os.Stdout.WriteString("direct write\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes\n"))
	fmt.Fprint(os.Stderr, "err again\n")
}
