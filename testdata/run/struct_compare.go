package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

type Key struct {
	Name string
	Arr  [2]byte
	F    float64
}

func main() {
	a := Version{1, 2, 3}
	b := Version{1, 2, 3}
	c := Version{1, 10, 0}
	fmt.Println(a == b, a != c, a.Less(c), c.Less(a))
	k1 := Key{"k", [2]byte{1, 2}, 0.5}
	k2 := k1
	fmt.Println(k1 == k2)
	k2.Arr[1] = 3
	fmt.Println(k1 == k2, k1.Arr, k2.Arr)
	var nan = Key{F: 0}
	nan.F = nan.F / nan.F
	fmt.Println(nan == nan)
	p1, p2 := &Version{1, 0, 0}, &Version{1, 0, 0}
	fmt.Println(p1 == p2, *p1 == *p2)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	type pt struct{ x, y int }
	fmt.Println(pt{1, 2} == struct{ x, y int }{1, 2})
}
