package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Fprintln(w, "FizzBuzz")
		case i%3 == 0:
			fmt.Fprintln(w, "Fizz")
		case i%5 == 0:
			fmt.Fprintln(w, "Buzz")
		default:
			fmt.Fprintln(w, i)
		}
	}
	w.WriteString("buffered: ")
	fmt.Fprintf(w, "%d bytes\n", w.Buffered())
	w.WriteByte('!')
	w.WriteRune('\n')
}
