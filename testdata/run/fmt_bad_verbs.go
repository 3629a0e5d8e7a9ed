package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%.2f\n", "str")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%d %s\n", []int{1}, []int{2})
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%v %v", 1))
}
