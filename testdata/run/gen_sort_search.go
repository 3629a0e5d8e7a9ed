package main

import (
	"cmp"
	"fmt"
)

func InsertionSort[T any](xs []T, less func(a, b T) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func QuickSort[T cmp.Ordered](xs []T) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	QuickSort(xs[:j+1])
	QuickSort(xs[i:])
}

func Search[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{9, -3, 5, 0, 5, 12, 1}
	QuickSort(ints)
	fmt.Println(ints)
	fmt.Println(Search(ints, 5))
	fmt.Println(Search(ints, 6))
	fmt.Println(Search(ints, 100))
	strs := []string{"pear", "Apple", "fig", "banana"}
	QuickSort(strs)
	fmt.Println(strs, fmt.Sprint(Search(strs, "fig")))
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 20}}
	InsertionSort(people, func(a, b person) bool { return a.age < b.age })
	fmt.Println(people)
	fl := []float64{2.5, -1, 2.25}
	QuickSort(fl)
	fmt.Println(fl)
}
