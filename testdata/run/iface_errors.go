package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return ErrNotFound
	}
	return nil
}

func parse(line int) error {
	return &ParseError{line, ErrNotFound}
}

func main() {
	err := find("")
	fmt.Println(err, err == ErrNotFound, errors.Is(err, ErrNotFound))
	fmt.Println(find("x"))
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(wrapped == ErrNotFound, errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Unwrap(wrapped) == ErrNotFound, errors.Unwrap(ErrNotFound))
	perr := parse(12)
	outer := fmt.Errorf("file a.txt: %w", perr)
	fmt.Println(outer)
	var pe *ParseError
	if errors.As(outer, &pe) {
		fmt.Println("as ParseError, line", pe.Line)
	}
	fmt.Println(errors.Is(outer, ErrNotFound))
	notWrapped := fmt.Errorf("context: %v", err)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))
	e1, e2 := errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	joined := errors.Join(e1, ErrNotFound)
	fmt.Println(errors.Is(joined, ErrNotFound))
	fmt.Println(joined)
	fmt.Printf("%v|%s|%q\n", err, err, err)
}
