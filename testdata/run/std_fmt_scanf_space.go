package main

import "fmt"

func main() {
	var a, b int
	var r1, r2 rune
	fmt.Println(fmt.Sscanf("a,b", "%c ,%c", &r1, &r2))
	fmt.Println(fmt.Sscanf("1,2", "%d ,%d", &a, &b))
	fmt.Println(fmt.Sscanf("x1", "x %d", &a))
	fmt.Println(fmt.Sscanf("x1", " x%d", &a))
	fmt.Println(fmt.Sscanf("1 2", "%d  %d", &a, &b))
	fmt.Println(fmt.Sscanf("ab", "%c  %c", &r1, &r2))
	fmt.Println(fmt.Sscanf("a", "%c ", &r1))
	fmt.Println(fmt.Sscanf("ab", "%c\n%c", &r1, &r2))
	fmt.Println(fmt.Sscanf("1 2", "%d\n%d", &a, &b))
	fmt.Println(fmt.Sscanf("1\n\n2", "%d\n%d", &a, &b))
	fmt.Println(fmt.Sscanf("1\n2\n", "%d\n%d", &a, &b))
	fmt.Println(fmt.Sscanf("1\n", "%d", &a))
	fmt.Println(fmt.Sscanf("1 \n 2", "%d \n %d", &a, &b))
}
