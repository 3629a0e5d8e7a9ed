package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("classic", sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("while", n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println("infinite", k)
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, c := range []string{"a", "b", "c"} {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	count := 0
	for range 5 {
		count++
	}
	fmt.Println("range int", count)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	arr := [3]int{5, 6, 7}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	var i8 int8
	for i8 = range int8(3) {
	}
	fmt.Println(i8)
}
