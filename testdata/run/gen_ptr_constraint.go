package main

import (
	"fmt"
	"strconv"
)

// The "pointer method" constraint pattern: PT is *T and has methods with pointer receivers.
type Parser[T any] interface {
	*T
	Parse(string) error
}

type Port int

func (p *Port) Parse(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	if n < 1 || n > 65535 {
		return fmt.Errorf("port %d out of range", n)
	}
	*p = Port(n)
	return nil
}

type Flag bool

func (f *Flag) Parse(s string) error {
	b, err := strconv.ParseBool(s)
	*f = Flag(b)
	return err
}

func ParseAll[T any, PT Parser[T]](ss []string) ([]T, error) {
	out := make([]T, 0, len(ss))
	for _, s := range ss {
		var v T
		if err := PT(&v).Parse(s); err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func main() {
	ports, err := ParseAll[Port]([]string{"80", "443", "8080"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"22", "70000"})
	fmt.Println(ports, err)
	flags, err := ParseAll[Flag]([]string{"true", "0", "T"})
	fmt.Println(flags, err)
	_, err = ParseAll[Flag]([]string{"maybe"})
	fmt.Println(err)
}
