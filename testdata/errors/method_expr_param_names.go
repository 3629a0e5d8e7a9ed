package main

type T struct{}

func (t T) M(x int) string  { return "" }
func (T) N(x, y int)         {}
func (p *T) P(s ...string) bool { return false }

func main() {
	var a int = T.M
	var b int = T.N
	var c int = (*T).P
	var d int = T{}.M
	_, _, _, _ = a, b, c, d
}
