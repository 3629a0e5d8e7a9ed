package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hi " + n.Name }

// a generic type embedding an instantiated generic type and a regular type
type Team[M any] struct {
	Base[M]
	Named
	lead *M
}

func (t *Team[M]) SetLead(i int) { t.lead = &t.items[i] }

// non-generic type embedding an instance
type IntBag struct {
	*Base[int]
	label string
}

type Counted interface {
	Count() int
}

func main() {
	t := Team[string]{Named: Named{"core"}}
	t.Add("ann")
	t.Add("bob")
	t.SetLead(1)
	fmt.Println(t.Count(), t.Hello(), *t.lead, t.items)
	b := IntBag{&Base[int]{}, "bag"}
	b.Add(4)
	b.Base.Add(5)
	fmt.Println(b.label, b.Count(), b.items)
	var cs []Counted = []Counted{t, b, &t, Base[float64]{[]float64{1}}}
	for _, c := range cs {
		fmt.Printf("%T %d\n", c, c.Count())
	}
}
