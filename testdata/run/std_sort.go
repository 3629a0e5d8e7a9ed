package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	byAge := ByAge{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(byAge)
	fmt.Println(byAge)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	asc := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(asc, 5), sort.SearchInts(asc, 6), sort.SearchInts(asc, 100))
	i := sort.Search(len(asc), func(i int) bool { return asc[i] >= 4 })
	fmt.Println(i)
	fmt.Println(sort.StringsAreSorted([]string{"b", "a"}))
}
