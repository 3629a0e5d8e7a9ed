package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := 1
	fmt.Println(arr[i])
	i -= 3
	fmt.Println(arr[i])
}
