// Conditions of if and for statements built from &&, || and ! (with parentheses,
// constants and named bool types): evaluation order and short-circuiting must be
// exactly those of the value form of the same expressions.
package main

import "fmt"

type flag bool

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func show(label string, took bool) {
	fmt.Println(label, took, trace)
	trace = trace[:0]
}

const debug = false

func main() {
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			for _, c := range []bool{false, true} {
				took := false
				if t("a", a) && (t("b", b) || !t("c", c)) {
					took = true
				}
				show(fmt.Sprint("if ", a, b, c), took)
				v := t("a", a) && (t("b", b) || !t("c", c))
				show("value", v)
				took = false
				if !(t("a", a) || t("b", b)) && !!t("c", c) {
					took = true
				}
				show("not", took)
			}
		}
	}
	var f flag = true
	if f && !debug {
		fmt.Println("named bool and constant")
	}
	if debug && t("never", true) {
		fmt.Println("unreachable")
	}
	show("const false &&", false)
	if !debug || t("never", true) {
		fmt.Println("const true ||")
	}
	show("const true ||", true)

	a := []int{5, 3, 8, 1, 9, 2}
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
	fmt.Println(a)

	n := 0
	for i := 0; i < 100 && !(i > 10 && i%7 == 0) || i < 3; i++ {
		n += i
	}
	fmt.Println(n)
	x := 4
	switch {
	case x > 2 && x < 4:
		fmt.Println("three")
	case x > 3 && !(x > 4):
		fmt.Println("four")
	}
}
