package main

import "fmt"

type Stringer interface{ String() string }

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

func main() {
	var x interface{} = 7
	i := x.(int)
	fmt.Println(i + 1)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = T{3}
	st, ok := y.(Stringer)
	fmt.Println(st.String(), ok)
	t := y.(T)
	fmt.Println(t.n)
	_, ok = y.(*T)
	fmt.Println(ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	var sv Stringer = T{9}
	back, ok := sv.(T)
	fmt.Println(back, ok)
	e, ok := sv.(interface{ Error() string })
	fmt.Println(e, ok)
	var n interface{} = int64(5)
	_, isInt := n.(int)
	fmt.Println(isInt)
}
