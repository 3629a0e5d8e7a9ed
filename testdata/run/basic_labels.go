package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
sw:
	for k := 0; ; k++ {
		switch {
		case k == 3:
			break sw
		case k%2 == 0:
			continue
		}
		fmt.Println("odd k", k)
	}
	goto end
end:
	fmt.Println("end")
}
