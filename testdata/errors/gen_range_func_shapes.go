package main

type MyBool bool

func S1(yield func(int) int)         {}
func S2(a, b func(int) bool)         {}
func S3(yield func(int) bool) int    { return 0 }
func S4(yield int)                   {}
func S5(yield func(int, int, int) bool) {}
func S6(yield func(int) MyBool)      {}
func S7(yield func(int) (bool, int)) {}

func main() {
	var p *int
	for range S1 {
	}
	for range S2 {
	}
	for range S3 {
	}
	for range S4 {
	}
	for range S5 {
	}
	for range S6 {
	}
	for range S7 {
	}
	for range p {
	}
	for range struct{}{} {
	}
}
