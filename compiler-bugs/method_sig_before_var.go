// rgo bug: a package-level var whose initializer converts a struct value to an
// interface fails type checking: "discard does not implement Writer (wrong type for
// method Write) have Writeinvalid type". Method signatures seem not to be resolved yet
// when package-level var initializers are checked. gc accepts it and prints 3.
// Workaround used in std/io: initialise through a function (var D = newDiscard()).
package main

type Writer interface {
	Write(p []byte) (int, error)
}

type discard struct{}

func (d discard) Write(p []byte) (int, error) { return len(p), nil }

var Discard Writer = discard{}

func main() {
	n, _ := Discard.Write([]byte("abc"))
	println(n)
}
