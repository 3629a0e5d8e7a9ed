package main

import "fmt"

func describe(n int) {
	switch n {
	case 0:
		fmt.Println(n, "zero")
	case 1, 2, 3:
		fmt.Println(n, "small")
	case 4:
		fmt.Println(n, "four, falls")
		fallthrough
	case 5:
		fmt.Println(n, "five-ish")
	default:
		fmt.Println(n, "other")
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 7; i++ {
		describe(i)
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 3 * 3; x {
	case 9:
		fmt.Println("nine")
		if x > 0 {
			break
		}
		fmt.Println("unreached")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched string")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
}
