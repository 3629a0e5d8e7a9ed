package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(c string) *Query {
	q.wheres = append(q.wheres, c)
	return q
}

func (q *Query) Limit(n int) *Query {
	q.limit = n
	return q
}

func (q *Query) String() string {
	var b strings.Builder
	b.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String()
}

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

func main() {
	fmt.Println(From("users").Where("age > 18").Where("active").Limit(10))
	fmt.Println(From("t"))
	s := Set{}
	s.Add("a").Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), len(s))
}
