package main

// Integer arithmetic with Go's division and shift semantics.
func f(a, b int, s uint) int {
	return a/b + a%b + a<<s
}

func main() {
	println(f(7, 2, 3))
}
