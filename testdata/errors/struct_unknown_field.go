package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "a", Email: "a@b"}
	v := User{"b"}
	fmt.Println(u, v)
}
