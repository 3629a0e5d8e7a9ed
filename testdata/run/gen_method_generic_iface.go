package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String[U any]() string { return "generic" }
func (b Box[T]) Get() T                { return b.v }

type Named struct{ n int }

func (n Named) String() string { return fmt.Sprint("N", n.n) }
func (n Named) Conv[T ~int](x T) Named { return Named{int(x)} }

type Getter[T any] interface{ Get() T }

func main() {
	var x any = Box[int]{3}
	fmt.Println(x)
	fmt.Printf("%v %+v\n", Box[string]{"s"}, x)
	var g Getter[int] = Box[int]{4}
	fmt.Println(g.Get())
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	n := Named{1}
	fmt.Println(n, n.Conv(5))
	var s fmt.Stringer = n.Conv(int(7))
	fmt.Println(s)
	done := make(chan bool)
	go func() {
		fmt.Println(Box[int]{9}.String[bool]())
		done <- true
	}()
	<-done
}
