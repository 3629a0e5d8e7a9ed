package main

import "fmt"

func Zero[T any]() (z T) { return }

func OrDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func Reset[T any](p *T) {
	var zero T
	*p = zero
}

type Config struct {
	Name    string
	Retries int
	Tags    []string
	Next    *Config
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v\n", Zero[int](), Zero[string](), Zero[bool](), Zero[float64](), Zero[complex64]())
	fmt.Printf("%v %v %v %v\n", Zero[[]int]() == nil, Zero[map[string]int]() == nil, Zero[*Config]() == nil, Zero[func()]() == nil)
	fmt.Printf("%+v\n", Zero[Config]())
	fmt.Println(Zero[[3]string](), len(Zero[[3]string]()))
	fmt.Println(Zero[any]() == nil, Zero[error]() == nil)
	fmt.Println(OrDefault("", "anon"), OrDefault("bob", "anon"), OrDefault(0, 8080), OrDefault(2.5, 1))
	c := Config{"svc", 3, []string{"a"}, &Config{}}
	Reset(&c.Tags)
	fmt.Printf("%+v %v\n", c.Tags, c.Tags == nil)
	Reset(&c)
	fmt.Printf("%+v\n", c)
	x := 99
	Reset(&x)
	fmt.Println(x)
}
