package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

var ErrNegative = errors.New("negative")

func parse(s string) Result[int] { return Try(strconv.Atoi(s)) }

func sqrtInt(n int) Result[int] {
	if n < 0 {
		return Fail[int](ErrNegative)
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return Ok(r)
}

func main() {
	for _, in := range []string{"49", "50", "-4", "x"} {
		r := Then(parse(in), sqrtInt)
		fmt.Println(in, r, errors.Is(r.Err, ErrNegative))
	}
	s := Then(Ok(3), func(i int) Result[string] { return Ok(fmt.Sprint(i, "!")) })
	fmt.Println(s)
	var rs []fmt.Stringer = []fmt.Stringer{Ok(1.5), Fail[bool](errors.New("nope")), Ok([]int{1})}
	fmt.Println(rs)
}
