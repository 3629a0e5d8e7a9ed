#!/bin/sh
# Type-checks compiler/std/{fmt,io,errors,os} with gc: copies them into a scratch module,
# points their std imports at the copies and adds empty .s files so bodyless functions
# are accepted. Usage: GO=/path/to/go sh typecheck_std.sh
set -e
GO=${GO:-go}
root=$(cd "$(dirname "$0")/../../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root"/compiler/std/fmt "$root"/compiler/std/io "$root"/compiler/std/errors "$root"/compiler/std/os "$tmp"/
printf 'module stdcheck\n\ngo 1.22\n' > "$tmp"/go.mod
for d in fmt io errors os; do
	sed -i -E 's#^(\s*)"(errors|io|os)"#\1"stdcheck/\2"#; s#^import "(errors|io|os)"#import "stdcheck/\1"#' "$tmp/$d/$d.go"
	touch "$tmp/$d/stub.s"
done
cd "$tmp" && GOTOOLCHAIN=local "$GO" vet ./... && echo "std sources type-check"
