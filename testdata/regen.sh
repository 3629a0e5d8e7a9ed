#!/usr/bin/env bash
# Regenerate the golden files of the rgo test corpus with the reference Go toolchain (gc).
#
#   GO=/path/to/go testdata/regen.sh            # all programs
#   GO=/path/to/go testdata/regen.sh run/basic_hello errors/unused_var   # some programs
#
# For testdata/run/NAME.go it writes NAME.out (exact stdout) and, when the exit status is
# not 0, NAME.exit (the status) and NAME.err (the deterministic first line(s) of stderr:
# the `panic: ...` line and its `[recovered]` continuation lines, or the `fatal error: ...`
# line; for a program that exits via os.Exit the .err holds its stderr, if any). A program
# that exits with status 0 but writes to stderr (builtin println) gets NAME.err too, holding
# its whole stderr.
# Programs run with TZ=UTC (a fixed local time zone, as in the test harness) plus the
# KEY=VALUE lines of NAME.env, if there is one.
# For testdata/errors/NAME.go it writes NAME.err: the full stderr of `go build NAME.go`.
# Developers run this by hand; the tests never do.
set -euo pipefail
GO=${GO:-go}
export GOTOOLCHAIN=local GOFLAGS= CGO_ENABLED=0 TZ=UTC
cd "$(dirname "$0")"
TD=$(pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The deterministic head of a crashed program's stderr: everything up to (not including) the
# first blank line, minus `[signal ...]` lines and goroutine traces.
panic_head() {
    awk '
        /^$/ { exit }
        /^\[signal / { next }
        /^goroutine [0-9]+/ { exit }
        { print }
    '
}

regen_run() {
    local name=$1 dir="$TMP/run_$1"
    mkdir -p "$dir"
    cp "$TD/run/$name.go" "$dir/$name.go"
    if ! (cd "$dir" && "$GO" build -o bin "$name.go"); then
        echo "BUILD FAILED: run/$name" >&2
        failed=$((failed + 1))
        return 0
    fi
    # The program's own environment (NAME.env: KEY=VALUE lines; # comments, blank lines).
    local envs=()
    if [ -f "$TD/run/$name.env" ]; then
        while IFS= read -r line; do
            case "$line" in '' | '#'*) continue ;; esac
            envs+=("$line")
        done <"$TD/run/$name.env"
    fi
    local rc=0
    (cd "$dir" && env "${envs[@]}" ./bin </dev/null >stdout 2>stderr) || rc=$?
    # Determinism check: run a second time and compare.
    local rc2=0
    (cd "$dir" && env "${envs[@]}" ./bin </dev/null >stdout2 2>/dev/null) || rc2=$?
    if ! cmp -s "$dir/stdout" "$dir/stdout2" || [ "$rc" != "$rc2" ]; then
        echo "NONDETERMINISTIC: run/$name" >&2
        failed=$((failed + 1))
        return 0
    fi
    cp "$dir/stdout" "$TD/run/$name.out"
    rm -f "$TD/run/$name.exit" "$TD/run/$name.err"
    if [ "$rc" != 0 ]; then
        echo "$rc" >"$TD/run/$name.exit"
        panic_head <"$dir/stderr" >"$TD/run/$name.err"
    elif [ -s "$dir/stderr" ]; then
        # A program that exits normally but writes to stderr (builtin println): keep it all.
        cp "$dir/stderr" "$TD/run/$name.err"
    fi
    echo "run/$name: exit $rc"
}

regen_error() {
    local name=$1 dir="$TMP/err_$1"
    mkdir -p "$dir"
    cp "$TD/errors/$name.go" "$dir/$name.go"
    local rc=0
    (cd "$dir" && "$GO" build -o bin "$name.go" 2>stderr) || rc=$?
    if [ "$rc" = 0 ]; then
        echo "UNEXPECTED SUCCESS: errors/$name" >&2
        failed=$((failed + 1))
        return 0
    fi
    cp "$dir/stderr" "$TD/errors/$name.err"
    echo "errors/$name: exit $rc"
}

failed=0
if [ $# -eq 0 ]; then
    set -- $(cd "$TD" && ls run/*.go errors/*.go 2>/dev/null | sed "s/\.go$//")
fi
for p in "$@"; do
    p=${p%.go}
    case "$p" in
        run/*) regen_run "${p#run/}" ;;
        errors/*) regen_error "${p#errors/}" ;;
        *) echo "bad program name: $p (want run/NAME or errors/NAME)" >&2; exit 2 ;;
    esac
done
if [ "$failed" != 0 ]; then
    echo "$failed program(s) failed" >&2
    exit 1
fi
