package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	r, c int
	data []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.c+j] }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.c != o.r {
		return Matrix[T]{}, fmt.Errorf("shape mismatch %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	out := NewMatrix[T](m.r, o.c)
	for i := range m.r {
		for j := range o.c {
			var s T
			for k := range m.c {
				s += m.At(i, k) * o.At(k, j)
			}
			out.data[i*out.c+j] = s
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	out := NewMatrix[T](m.c, m.r)
	for i := range m.r {
		for j := range m.c {
			out.data[j*out.c+i] = m.At(i, j)
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	s := ""
	for i := range m.r {
		s += fmt.Sprintln(m.data[i*m.c : (i+1)*m.c])
	}
	return s
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := a.Mul(b)
	fmt.Print(b, p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	f := NewMatrix(2, 2, 0.5, 1, 1.5, 2)
	sq, _ := f.Mul(f)
	fmt.Print(sq)
}
