package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Getenv("RGO_NOT_SET_XYZ") == "")
	v, ok := os.LookupEnv("RGO_NOT_SET_XYZ")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("RGO_TEST_A", "alpha"))
	fmt.Println(os.Getenv("RGO_TEST_A"))
	v, ok = os.LookupEnv("RGO_TEST_A")
	fmt.Println(v, ok)
	os.Setenv("RGO_TEST_B", "")
	v, ok = os.LookupEnv("RGO_TEST_B")
	fmt.Printf("%q %v\n", v, ok)
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "RGO_TEST_") {
			fmt.Println(kv)
			n++
		}
	}
	fmt.Println(n)
	os.Unsetenv("RGO_TEST_A")
	_, ok = os.LookupEnv("RGO_TEST_A")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	os.Setenv("RGO_TEST_C", "cee")
	fmt.Println(os.ExpandEnv("x=$RGO_TEST_C, y=${RGO_TEST_C}!, z=$RGO_NOPE. $$"))
	fmt.Println(os.Expand("hello $name and ${other}", func(s string) string { return strings.ToUpper(s) }))
	fmt.Println(os.Getenv("PATH") != "", os.TempDir() != "")
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(len(os.Args))
}
