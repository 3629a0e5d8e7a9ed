// Command gcstdapi prints the exported API of gc's standard packages, one name a line:
// "PATH NAME" for package-level constants, variables, types and functions and
// "PATH TYPE.METHOD" for the methods of exported types (pointer receivers included).
//
// rgo keeps the output for the std packages it embeds in compiler/std/gc-api.txt, to tell
// a Go std name it does not provide yet ("rgo: strings.Foo is not supported yet") from a
// name that does not exist ("undefined: strings.Foo") and to list what is missing in
// docs/std-api.md. Regenerate with gc (GOTOOLCHAIN=local):
//
//	go run tools/gcstdapi/main.go $(target/release/rgo tool stdapi --paths) > compiler/std/gc-api.txt
package main

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"sort"
)

func main() {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	for _, path := range os.Args[1:] {
		pkg, err := imp.Import(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var lines []string
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if !obj.Exported() {
				continue
			}
			lines = append(lines, path+" "+name)
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				if m := named.Method(i); m.Exported() {
					lines = append(lines, path+" "+name+"."+m.Name())
				}
			}
		}
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Println(l)
		}
	}
}
