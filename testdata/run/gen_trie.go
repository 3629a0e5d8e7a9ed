package main

import (
	"fmt"
	"slices"
	"strings"
)

type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      V
	has      bool
}

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for _, r := range key {
		if n.children == nil {
			n.children = map[rune]*Trie[V]{}
		}
		c, ok := n.children[r]
		if !ok {
			c = &Trie[V]{}
			n.children[r] = c
		}
		n = c
	}
	n.val, n.has = v, true
}

func (t *Trie[V]) Get(key string) (V, bool) {
	n := t
	for _, r := range key {
		if n = n.children[r]; n == nil {
			var zero V
			return zero, false
		}
	}
	return n.val, n.has
}

func (t *Trie[V]) collect(prefix []rune, out *[]string) {
	if t.has {
		*out = append(*out, fmt.Sprintf("%s=%v", string(prefix), t.val))
	}
	keys := make([]rune, 0, len(t.children))
	for r := range t.children {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	for _, r := range keys {
		t.children[r].collect(append(prefix, r), out)
	}
}

func main() {
	var t Trie[int]
	for i, w := range strings.Fields("tea ten to inn in tea") {
		t.Put(w, i)
	}
	var out []string
	t.collect(nil, &out)
	fmt.Println(out)
	fmt.Println(t.Get("tea"))
	fmt.Println(t.Get("te"))
	fmt.Println(t.Get("tx"))
	var u Trie[[]string]
	u.Put("héllo", []string{"x"})
	fmt.Println(u.Get("héllo"))
}
