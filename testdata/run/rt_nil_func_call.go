package main

import "fmt"

func main() {
	handlers := map[string]func() string{
		"a": func() string { return "handled a" },
	}
	fmt.Println(handlers["a"]())
	fmt.Println(handlers["b"]())
}
