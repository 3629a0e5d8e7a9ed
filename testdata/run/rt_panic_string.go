package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic(fmt.Sprintf("invalid age %d", age))
	}
	fmt.Println("valid", age)
}

func main() {
	validate(30)
	validate(-1)
}
