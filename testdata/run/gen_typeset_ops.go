package main

import "fmt"

type A3 [3]int

func L1[T ~[]int | ~string](x T) int         { return len(x) }
func L2[T ~map[int]int | ~[]int | ~chan int](x T) int { return len(x) }
func I1[T ~[]int | ~[3]int](x T) int         { return x[1] }
func I2[T ~[]int | *[3]int](x T, i int) int  { x[i] = 5; return x[i] }
func C1[T ~[]int | ~[5]int](x T) int         { return cap(x) }
func Cl[T ~chan int | ~chan string](c T)     { close(c) }
func Sd[T ~chan int | ~chan<- int](c T)      { c <- 1 }
func Rv[T ~chan int | ~<-chan int](c T) int  { return <-c }
func Cp[T ~string | ~[]int](x T) T           { return x }
func Cv[T ~int | ~float64, U ~int8 | ~int16](x T) U { return U(x) }

func main() {
	fmt.Println(L1([]int{1, 2}), L1("abc"))
	fmt.Println(L2(map[int]int{1: 1}), L2([]int{1}), L2(make(chan int, 3)))
	fmt.Println(I1([]int{1, 2}), I1(A3{4, 5, 6}))
	fmt.Println(I2([]int{1, 2}, 0), I2(&[3]int{}, 2))
	fmt.Println(C1(make([]int, 1, 4)), C1([5]int{}))
	c := make(chan int, 1)
	Sd(c)
	fmt.Println(Rv(c))
	Cl(c)
	fmt.Println(Cv[float64, int16](3.7))
}
