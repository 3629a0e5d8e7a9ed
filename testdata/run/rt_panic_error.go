package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("working")
	err := fmt.Errorf("wrap: %w", errors.New("disk full"))
	panic(err)
}
