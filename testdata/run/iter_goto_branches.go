package main

import (
	"fmt"
	"maps"
	"slices"
)

// goto, labeled break/continue and return leaving (nested) range-over-func loop bodies.

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Print("|")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func gotoOut() {
	i := 0
retry:
	i++
	for x := range upto(5) {
		if x == i {
			fmt.Print(" goto", x)
			goto retry
		}
		if i == 3 {
			goto done
		}
		fmt.Print(" ", x)
	}
done:
	fmt.Println(" done", i)
}

func gotoFromNested() {
	for x := range upto(3) {
		for y := range upto(3) {
			if x == 1 && y == 2 {
				goto out
			}
			fmt.Print(" ", x, y)
		}
	}
out:
	fmt.Println(" out")
}

func gotoInsideOuterBody() {
	for x := range upto(3) {
		n := 0
	again:
		n++
		for y := range upto(4) {
			if y == n && n < 3 {
				goto again
			}
		}
		fmt.Print(" x", x, "n", n)
	}
	fmt.Println()
}

func branchesThroughLevels() {
outer:
	for k := 0; k < 3; k++ {
	mid:
		for i := range upto(3) {
			for j := range upto(3) {
				switch {
				case i == 0 && j == 1:
					continue mid
				case k == 1 && i == 1:
					continue outer
				case k == 2 && i == 2:
					break outer
				case k == 2 && j == 2:
					break mid
				}
				fmt.Print(" ", k, i, j)
			}
		}
		fmt.Print(" end", k)
	}
	fmt.Println()
}

func switchLabel(v int) string {
sw:
	switch v {
	case 1:
		for x := range upto(5) {
			if x == 2 {
				break sw
			}
		}
		return "not reached"
	default:
		return "default"
	}
	return "broke switch"
}

func find(grid [][]int, want int) (int, int, bool) {
	for i, row := range slices.All(grid) {
		for j, v := range slices.All(row) {
			if v == want {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func selectLoop() {
	ch := make(chan int, 1)
loop:
	for x := range upto(4) {
		ch <- x
		select {
		case v := <-ch:
			if v == 2 {
				break loop
			}
			fmt.Print(" got", v)
		}
	}
	fmt.Println()
}

func labelledRangeFunc() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
keys:
	for k := range slices.Values(slices.Sorted(maps.Keys(m))) {
		for n := range upto(m[k]) {
			if n == 1 {
				continue keys
			}
			fmt.Print(" ", k, n)
		}
	}
	fmt.Println()
}

func localLabels() {
	for x := range upto(2) {
		n := 0
	loop:
		if n < 2 {
			n++
			goto loop
		}
	next:
		for k := 0; k < 3; k++ {
			for y := range upto(3) {
				if y == 1 {
					continue next
				}
				if k == 2 {
					break next
				}
				fmt.Print(" ", x, n, k, y)
			}
		}
	}
	fmt.Println()
}

func main() {
	localLabels()
	gotoOut()
	gotoFromNested()
	gotoInsideOuterBody()
	branchesThroughLevels()
	fmt.Println(switchLabel(1), switchLabel(2))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 5))
	selectLoop()
	labelledRangeFunc()
}
