package main

import (
	"fmt"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Years  int
}

func main() {
	staff := []Employee{
		{"Alice", "Engineering", 125000, 7},
		{"Bob", "Sales", 68000.5, 2},
		{"Christopher", "Ops", 91250.25, 12},
	}
	header := fmt.Sprintf("%-12s %-12s %12s %5s", "NAME", "DEPT", "SALARY", "YRS")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var total float64
	for _, e := range staff {
		fmt.Printf("%-12s %-12.5s %12.2f %5d\n", e.Name, e.Dept, e.Salary, e.Years)
		total += e.Salary
	}
	fmt.Printf("%-25s %12.2f\n", "TOTAL", total)
	fmt.Printf("%s|%6.1f%%|%x\n", strings.ToUpper("avg"), 12.345, 3054)
	fmt.Println(fmt.Sprintf("%03d-%03d", 7, 42), fmt.Sprintf("%+.2e", -12345.678))
	fmt.Printf("%v %v\n", staff[0], &staff[1])
}
