package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case []T:
		return fmt.Sprintf("slice of T len %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func Kind[T any]() string {
	var z T
	switch any(z).(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case float32, float64:
		return "float"
	case *T:
		return "impossible"
	}
	if _, ok := any(&z).(*string); ok {
		return "string-ptr"
	}
	return "unknown"
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe(fmt.Errorf("bad %d", 1)))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe[error](nil))
	fmt.Println(IsZero(0), IsZero("x"), IsZero(ID(0)), IsZero[any](nil), IsZero[*int](nil))
	fmt.Println(Kind[int8](), Kind[float32](), Kind[string](), Kind[ID](), Kind[[]int]())
}
