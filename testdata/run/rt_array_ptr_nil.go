package main

import "fmt"

type Config struct {
	Name  string
	Ports [3]int
}

func port(c *Config) int { return c.Ports[1] }

func main() {
	fmt.Println(port(&Config{"x", [3]int{80, 443, 8080}}))
	fmt.Println(port(nil))
}
