package main

import (
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type memLog struct{ lines []string }

func (m *memLog) Log(s string) { m.lines = append(m.lines, s) }

type Service struct {
	Logger
	name string
}

func (s Service) Run() {
	s.Log("starting " + s.name)
	s.Log("stopping " + s.name)
}

type upper struct{ Logger }

func (u upper) Log(s string) { u.Logger.Log(strings.ToUpper(s)) }

func main() {
	ml := &memLog{}
	svc := Service{ml, "db"}
	svc.Run()
	svc2 := Service{upper{ml}, "web"}
	svc2.Run()
	for _, l := range ml.lines {
		fmt.Println(l)
	}
	var empty Service
	fmt.Println(empty.Logger == nil)
}
