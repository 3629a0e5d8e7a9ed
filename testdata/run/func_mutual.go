package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// A tiny recursive-descent evaluator: expr = term {'+' term}, term = factor {'*' factor}.
type parser struct {
	s   string
	pos int
}

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.s) && p.s[p.pos] == '+' {
		p.pos++
		v += p.term()
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.pos < len(p.s) && p.s[p.pos] == '*' {
		p.pos++
		v *= p.factor()
	}
	return v
}

func (p *parser) factor() int {
	if p.s[p.pos] == '(' {
		p.pos++
		v := p.expr()
		p.pos++
		return v
	}
	v := 0
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		v = v*10 + int(p.s[p.pos]-'0')
		p.pos++
	}
	return v
}

func main() {
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(7))
	for _, s := range []string{"1+2*3", "(1+2)*3", "2*(3+4)*5+1", "42"} {
		p := &parser{s: s}
		fmt.Println(s, "=", p.expr())
	}
}
