package main

import "fmt"

func main() {
	s := make([]byte, 3, 5)
	fmt.Println(len(s[1:5]))
	hi := 6
	fmt.Println(s[2:hi])
}
