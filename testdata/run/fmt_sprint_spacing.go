package main

import "fmt"

type S struct{ v int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S{1}, S{2}, "s", S{3}))
	fmt.Println(fmt.Sprint(nil, nil, "n", nil))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint())
	var err error
	fmt.Println(fmt.Sprint(err, 5))
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	s := fmt.Sprintf("%d-%s", 5, "five")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(3.0, float32(2.5), 'x', byte('y')))
}
