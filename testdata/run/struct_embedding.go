package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

type Base struct{ ID int }
type Mid struct {
	Base
	ID string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	fmt.Printf("%+v\n", d)
	l := Loud{&d, 11}
	l.Rename("Buddy")
	fmt.Println(d.Name, l.Name, l.Volume, l.Describe())
	m := Mid{Base{7}, "seven"}
	fmt.Println(m.ID, m.Base.ID)
	fmt.Printf("%v %+v\n", m, m)
	describe := d.Describe
	d.Name = "Changed"
	fmt.Println(describe())
}
