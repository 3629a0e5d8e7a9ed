package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2.5
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	if x := x + 10; x > 5 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := 3
	fmt.Println(len)
}
