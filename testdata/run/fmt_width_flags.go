package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.125}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.name, r.qty, r.price)
	}
	fmt.Printf("[%6v][%-6v][%06v]\n", 12, true, -3)
	fmt.Printf("[%v][%6v][%-8v]\n", []int{1, 2}, []int{1, 2}, []string{"a"})
	fmt.Printf("[%+v][% v][%+d]\n", -0.0, 5, []int{1, -1})
	fmt.Printf("[%x][% X][%#x]\n", []int{10, 255}, []byte{1, 2, 3}, []byte{1, 2})
	fmt.Printf("[%5t][%-7t]\n", true, false)
	fmt.Printf("[%3c][%-3c]\n", 'a', 'b')
	w, p := 10, 3
	fmt.Printf("[%*.*f][%-*.*f]\n", w, p, 3.14159, w, p, 2.71828)
	fmt.Printf("[%*d]\n", -5, 1)
	fmt.Printf("[%+q][%#o][%#b]\n", 'é', 8, 5)
	fmt.Printf("[% d][% d][%+ d]\n", 5, -5, 5)
	fmt.Printf("[%#8x][%-#8x][%#08x]\n", 255, 255, 255)
}
