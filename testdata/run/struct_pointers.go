package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func (n *Node) String() string {
	s := "["
	for p := n; p != nil; p = p.Next {
		if p != n {
			s += " "
		}
		s += fmt.Sprint(p.Val)
	}
	return s + "]"
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key)
	t.Right.Walk(f)
}

func main() {
	var list *Node
	for i := 1; i <= 5; i++ {
		list = push(list, i)
	}
	fmt.Println(list)
	fmt.Println(reverse(list))
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(k)
	}
	root.Walk(func(k int) { fmt.Print(k, " ") })
	fmt.Println()
	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	fmt.Println(x, *px == **ppx)
	ip := new(int)
	*ip += 3
	fmt.Println(*ip)
}
