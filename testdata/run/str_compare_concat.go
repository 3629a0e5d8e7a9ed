package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "apple", "" < "a")
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z")
	s := a + " " + b
	fmt.Println(s, len(s))
	s += "!"
	fmt.Println(s)
	out := ""
	for i := 0; i < 5; i++ {
		out += string(rune('0' + i))
	}
	fmt.Println(out)
	x := "x"
	y := x
	x += "y"
	fmt.Println(x, y)
	words := []string{"b", "a", "c"}
	best := words[0]
	for _, w := range words {
		if w < best {
			best = w
		}
	}
	fmt.Println(best)
	fmt.Println("go" + "pher" == "gopher")
}
