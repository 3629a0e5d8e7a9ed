package main

type T struct{}

func (t T) Name() string  { return "a" }
func (t *T) Name() string { return "b" }

func main() {}
