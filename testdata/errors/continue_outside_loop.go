package main

import "fmt"

func main() {
	switch {
	case true:
		continue
	}
	fmt.Println()
}
