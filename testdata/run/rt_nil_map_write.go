package main

import "fmt"

type Cache struct {
	data map[string]int
}

func main() {
	var c Cache
	fmt.Println("lookup on nil map is fine:", c.data["x"])
	c.data["x"] = 1
	fmt.Println("unreachable")
}
