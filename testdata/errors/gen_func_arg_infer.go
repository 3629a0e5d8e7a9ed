package main

func Apply[T any](f func(T) T)      {}
func Apply3[T any](f func(T) T, x T) {}
func Identity[T any](x T) T          { return x }
func Num[T ~int](x T) T              { return x }
func use(f func(int) int)            {}

func main() {
	Apply(Identity)
	Apply3(Num, "s")
	use(Identity)
	use(Num)
	x := Identity
	var y func(string) string = Num
	_, _ = x, y
}
