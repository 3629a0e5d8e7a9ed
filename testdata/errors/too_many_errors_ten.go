package main
func main() {
	var x0 int = "s"; _ = x0
	var x1 int = "s"; _ = x1
	var x2 int = "s"; _ = x2
	var x3 int = "s"; _ = x3
	var x4 int = "s"; _ = x4
	var x5 int = "s"; _ = x5
	var x6 int = "s"; _ = x6
	var x7 int = "s"; _ = x7
	var x8 int = "s"; _ = x8
	var x9 int = "s"; _ = x9
}
