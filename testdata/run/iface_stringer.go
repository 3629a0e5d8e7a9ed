package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Matrix [][]int

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, "\n")
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f deg", float64(*t)) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %+v\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	t := Temp(21.5)
	fmt.Println(t, &t)
	s := fmt.Sprint(Green)
	fmt.Println(s, len(s))
	fmt.Printf("%q %x\n", Red, Blue)
	m := map[Color]int{Red: 1, Blue: 2}
	fmt.Println(m)
	type wrapper struct{ C Color }
	fmt.Printf("%v %+v\n", wrapper{Blue}, wrapper{Green})
}
