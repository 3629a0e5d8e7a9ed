package main

func main() {
	println("hello, world")
	println(42, true, "x")
}
