package main

import "fmt"

const untypedInt = 10
const typedInt int32 = 10
const untypedFloat = 2.5
const untypedRune = 'a'
const untypedBool = 3 > 2

type Celsius float64

func main() {
	var f float64 = untypedInt
	var i8 int8 = untypedInt
	var c Celsius = untypedFloat * 4
	fmt.Println(f, i8, c)
	fmt.Printf("%T %T %T\n", untypedInt, untypedFloat, untypedRune)
	fmt.Printf("%T %v\n", typedInt*2, typedInt*2)
	fmt.Println(untypedRune, untypedRune+1, string(rune(untypedRune)))
	fmt.Println(untypedBool, !untypedBool)
	x := untypedInt / 4
	y := untypedInt / 4.0
	fmt.Println(x, y)
	fmt.Printf("%T %T\n", x, y)
	const third = 1.0 / 3
	fmt.Println(third, third*3 == 1)
	var u uint = 1<<64 - 1
	fmt.Println(u)
	const h = 'x' - 'a'
	fmt.Println(h)
	fmt.Printf("%T\n", 1+2.0i)
}
