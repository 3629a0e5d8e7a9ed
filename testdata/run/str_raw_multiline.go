package main

import (
	"fmt"
	"strings"
)

const table = `name,qty
apple,3
pear,10
`

func main() {
	lines := strings.Split(strings.TrimSpace(table), "\n")
	fmt.Println(len(lines))
	total := 0
	for _, l := range lines[1:] {
		parts := strings.Split(l, ",")
		n := 0
		for _, c := range parts[1] {
			n = n*10 + int(c-'0')
		}
		total += n
		fmt.Printf("%-6s %3d\n", parts[0], n)
	}
	fmt.Println("total", total)
	raw := `C:\path\n\t "quoted"`
	fmt.Println(raw, len(raw))
	fmt.Println(`a` + "\t" + `b`)
	fmt.Printf("%q\n", `line1
line2`)
}
