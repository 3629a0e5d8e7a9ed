package main

import "fmt"

const greeting = "héllo"
const nl = '\n'
const tab rune = '\t'
const raw = `a\nb
c`

type Name string

const Bob Name = "bob"

func main() {
	fmt.Println(greeting, len(greeting))
	fmt.Println(nl, tab, '\x41', '\u00e9', '\U0001F600', '\'')
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Println(Bob, Bob+"by")
	fmt.Printf("%T\n", Bob)
	const joined = greeting + ", " + "world"
	fmt.Println(joined)
	fmt.Println("\a\b"[0], "\xff"[0], "\377"[0], len("\u00ff"))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	c := greeting[1]
	fmt.Println(c, len(greeting) == 6)
}
