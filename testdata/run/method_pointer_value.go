package main

import "fmt"

type Account struct {
	owner   string
	balance int
}

func (a Account) Balance() int { return a.balance }

func (a *Account) Deposit(n int) { a.balance += n }

func (a Account) TryDeposit(n int) { a.balance += n }

func (a *Account) IsNil() bool { return a == nil }

type Accounts []Account

func main() {
	acc := Account{"bob", 10}
	acc.Deposit(5)
	acc.TryDeposit(1000)
	fmt.Println(acc.Balance())
	accs := Accounts{{"a", 1}, {"b", 2}}
	for _, a := range accs {
		a.Deposit(100)
	}
	fmt.Println(accs)
	for i := range accs {
		accs[i].Deposit(100)
	}
	fmt.Println(accs)
	m := map[string]*Account{"x": {"x", 0}}
	m["x"].Deposit(7)
	fmt.Println(m["x"].Balance())
	var np *Account
	fmt.Println(np.IsNil())
	p := &Account{"p", 1}
	p.TryDeposit(5)
	fmt.Println(p.Balance(), (*p).Balance())
}
