package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stringer interface{ String() string }
type Named struct{ name string }

func (n Named) String() string { return "Named:" + n.name }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case Celsius:
		return fmt.Sprintf("%.1f°C", float64(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []interface{}{nil, 1, int64(2), "héllo", true, false, Celsius(21.5),
		errors.New("boom"), Named{"n"}, []int{1, 2}, func() int { return 3 }, 2.5, map[string]int{}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var s Stringer = Named{"z"}
	switch s.(type) {
	case Named:
		fmt.Println("is Named")
	}
}
