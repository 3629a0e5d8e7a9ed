package main

import "fmt"

type File struct {
	name   string
	closed bool
}

var log []string

func open(name string) (*File, error) {
	if name == "" {
		return nil, fmt.Errorf("open: empty name")
	}
	log = append(log, "open "+name)
	return &File{name: name}, nil
}

func (f *File) Close() error {
	f.closed = true
	log = append(log, "close "+f.name)
	return nil
}

func process(names ...string) (err error) {
	for _, n := range names {
		f, err := open(n)
		if err != nil {
			return err
		}
		defer f.Close()
	}
	log = append(log, "processing")
	return nil
}

func main() {
	fmt.Println(process("a", "b", "c"))
	fmt.Println(process("x", "", "y"))
	for _, l := range log {
		fmt.Println(l)
	}
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("iteration cleanup", i)
			fmt.Println("iteration", i)
		}()
	}
}
