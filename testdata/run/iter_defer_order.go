package main

import (
	"fmt"
	"slices"
)

// Defers inside range-over-func loop bodies belong to the enclosing function: they run
// when it returns, in LIFO order with its other defers.

var trace []string

func log(s string) { trace = append(trace, s) }

func flush(title string) {
	fmt.Println(title+":", trace)
	trace = trace[:0]
}

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer log(fmt.Sprint("iterator ", n, " done"))
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func before() {
	defer log("first")
	for i := range count(3) {
		defer log(fmt.Sprint("body ", i))
		log(fmt.Sprint("iter ", i))
	}
	defer log("last")
	log("return")
}

func nested() {
	for i := range count(2) {
		defer log(fmt.Sprint("outer ", i))
		for j := range count(2) {
			defer log(fmt.Sprint("inner ", i, j))
		}
	}
	log("return")
}

func repeated() {
	for k := 0; k < 2; k++ {
		for i := range count(2) {
			defer log(fmt.Sprint("k", k, " i", i))
		}
		defer log(fmt.Sprint("after loop ", k))
	}
}

func early(stop int) (result string) {
	defer func() { result += "!" }()
	for i := range count(5) {
		defer func() { result += fmt.Sprint(i) }()
		if i == stop {
			return "stopped at " + fmt.Sprint(i) + ":"
		}
		if i == 3 {
			break
		}
	}
	return "broke:"
}

func inClosure() {
	f := func() {
		defer log("closure end")
		for s := range slices.Values([]string{"a", "b"}) {
			defer log("closure " + s)
		}
	}
	f()
	log("after closure")
}

func innerFor() {
	for i := range count(2) {
		for j := 0; j < 2; j++ {
			if j == 1 {
				defer log(fmt.Sprint("for ", i, j))
			}
		}
		switch i {
		case 1:
			defer log("switch 1")
		}
	}
}

func conditional(xs []int) {
	for i, x := range slices.All(xs) {
		if x%2 == 0 {
			defer log(fmt.Sprint("even at ", i))
		}
	}
}

func argsEvaluatedNow() {
	total := 0
	for i := range count(3) {
		total += i
		defer log(fmt.Sprint("total was ", total))
	}
	total = 100
}

func Sum[T int | float64](xs []T) (s T) {
	defer func() { log(fmt.Sprint("sum ", s)) }()
	for x := range slices.Values(xs) {
		defer func() { s += x }()
	}
	return 0
}

func main() {
	before()
	flush("before")
	nested()
	flush("nested")
	repeated()
	flush("repeated")
	fmt.Println(early(1))
	fmt.Println(early(9))
	flush("early")
	inClosure()
	flush("inClosure")
	innerFor()
	flush("innerFor")
	conditional([]int{1, 2, 3, 4})
	flush("conditional")
	argsEvaluatedNow()
	flush("args")
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	flush("generic")
}
