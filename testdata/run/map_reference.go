package main

import "fmt"

func addEntry(m map[string]int, k string) { m[k] = len(k) }

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	if inv.items == nil {
		inv.items = make(map[string]int)
	}
	inv.items[name] += n
}

func main() {
	m := map[string]int{}
	addEntry(m, "hello")
	alias := m
	alias["x"] = 1
	fmt.Println(m)
	var inv Inventory
	inv.Add("apple", 3)
	inv.Add("apple", 2)
	inv.Add("pear", 1)
	fmt.Println(inv.items, len(inv.items))
	type S struct{ N int }
	ms := map[string]S{"a": {1}}
	s := ms["a"]
	s.N = 50
	fmt.Println(ms["a"].N)
	ms["a"] = s
	fmt.Println(ms)
	mp := map[string]*S{"a": {1}}
	mp["a"].N = 77
	fmt.Println(mp["a"].N)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum, big[999])
}
