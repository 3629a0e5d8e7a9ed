package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 12, 11, 14, 13, 10, 5, 5}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 100))
	ss := []string{"pear", "apple", "fig", "banana", "Cherry"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, -1, 3.25, 0, 1e9}
	sort.Float64s(fs)
	fmt.Println(fs)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	people := []person{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}, {"f", 30}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name < people[j].name }))
	// A larger stable sort with many equal keys.
	big := make([]person, 200)
	for i := range big {
		big[i] = person{fmt.Sprint(i), (i * 37) % 7}
	}
	sort.SliceStable(big, func(i, j int) bool { return big[i].age < big[j].age })
	fmt.Println(big[:8], big[195:])
	n := make([]int, 1000)
	for i := range n {
		n[i] = (i * 7919) % 1000
	}
	sort.Ints(n)
	ok := true
	for i := range n {
		if n[i] != i {
			ok = false
		}
	}
	fmt.Println(ok, sort.IsSorted(sort.IntSlice(n)))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ss), func(i int) int {
		if "fig" < ss[i] {
			return -1
		} else if "fig" == ss[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
}
