package main

import (
	"errors"
	"fmt"
	"strconv"
)

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + ": timeout" }
func (e TimeoutError) Is(target error) bool {
	_, ok := target.(TimeoutError)
	return ok
}

var ErrBase = errors.New("base failure")

func step(n int) error {
	switch n {
	case 1:
		return TimeoutError{"read"}
	case 2:
		return fmt.Errorf("step %d: %w", n, ErrBase)
	case 3:
		_, err := strconv.Atoi("x" + strconv.Itoa(n))
		return fmt.Errorf("step %d: %w", n, err)
	}
	return nil
}

func main() {
	for i := 0; i <= 3; i++ {
		err := step(i)
		fmt.Printf("%d: %v\n", i, err)
		if err == nil {
			continue
		}
		fmt.Println("  timeout?", errors.Is(err, TimeoutError{}))
		fmt.Println("  base?", errors.Is(err, ErrBase))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  num error on", strconv.Quote(ne.Num), "-", ne.Err == strconv.ErrSyntax)
		}
		var te TimeoutError
		if errors.As(err, &te) {
			fmt.Println("  timeout op", te.Op)
		}
	}
	multi := fmt.Errorf("both: %w and %w", ErrBase, TimeoutError{"w"})
	fmt.Println(multi, errors.Is(multi, ErrBase), errors.Is(multi, TimeoutError{}))
	fmt.Println(errors.Unwrap(multi) == nil)
}
