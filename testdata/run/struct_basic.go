package main

import "fmt"

type Person struct {
	Name string
	Age  int
	tags []string
}

type Pair struct {
	A, B int
}

func older(p Person) Person {
	p.Age++
	return p
}

func birthday(p *Person) { p.Age++ }

func main() {
	p := Person{Name: "Ann", Age: 30}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	q := older(p)
	fmt.Println(p.Age, q.Age)
	birthday(&p)
	fmt.Println(p.Age)
	pp := &p
	pp.Name = "Anna"
	fmt.Println(p.Name, (*pp).Age)
	var zero Person
	fmt.Printf("%+v %q\n", zero, zero.Name)
	n := new(Pair)
	n.A = 5
	fmt.Println(*n, n)
	fmt.Println(Pair{1, 2} == Pair{1, 2}, Pair{1, 2} == Pair{2, 1})
	anon := struct {
		X int
		Y string
	}{7, "seven"}
	fmt.Println(anon, anon.Y)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, pt := range points {
		fmt.Print(pt.X+pt.Y, " ")
	}
	fmt.Println()
	ptrs := []*Pair{{1, 1}, {2, 2}}
	ptrs[1].B = 20
	fmt.Println(*ptrs[0], *ptrs[1])
	type local struct{ v int }
	fmt.Printf("%v %+v\n", local{3}, &local{4})
}
