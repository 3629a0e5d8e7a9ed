package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

const five = 5.0

func (d Duration) Seconds() float64 { return float64(d) / float64(Second) }

func main() {
	fmt.Println(Minute, Second*90)
	fmt.Printf("%T %v\n", Minute, (90 * Second).Seconds())
	var i int = five
	var f float32 = five / 2
	fmt.Println(i, f, five/2, 5/2)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -(-128))
	const s = len("const string")
	var arr [s]bool
	fmt.Println(s, len(arr))
	const r = 'a' * 2
	fmt.Printf("%T %v\n", r, r)
	d := 3 * Millisecond
	fmt.Println(d, d/Microsecond)
	x := 10
	fmt.Println(x / 4 * 4, x * 1.0 / 4)
}
