#!/bin/sh
# End-to-end runtime tests: links harness.c (fake Go code) against the runtime archive and
# checks each program's output. Usage: run.sh [path/to/librgo_runtime.a]
set -u
here=$(cd "$(dirname "$0")" && pwd)
rt=${1:-$here/../../../target/release/librgo_runtime.a}
tmp=$(mktemp -d)
fail=0
check() { # name env expected-stdout expected-exit [stderr-prefix]
    name=$1; envs=$2; want=$3; wantrc=$4; werr=${5:-}
    cc -O2 -fno-stack-protector -ffreestanding -fno-omit-frame-pointer -DTEST_$name -c "$here/harness.c" -o "$tmp/$name.o" || { echo "FAIL $name (cc)"; fail=1; return; }
    cc -static -nostdlib -nostartfiles -Wl,--gc-sections -o "$tmp/$name" "$tmp/$name.o" "$rt" 2>"$tmp/$name.link" || { echo "FAIL $name (link)"; head -5 "$tmp/$name.link"; fail=1; return; }
    start=$(date +%s%N)
    env $envs timeout 20 "$tmp/$name" >"$tmp/$name.out" 2>"$tmp/$name.err"; rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    got=$(cat "$tmp/$name.out")
    if [ "$got" != "$want" ] || [ "$rc" != "$wantrc" ]; then
        echo "FAIL $name ($envs): rc=$rc want $wantrc"; echo "  got:  $got"; echo "  want: $want"; head -3 "$tmp/$name.err"; fail=1; return
    fi
    if [ -n "$werr" ] && ! head -c ${#werr} "$tmp/$name.err" | grep -qF "$werr"; then
        echo "FAIL $name: stderr"; head -3 "$tmp/$name.err"; fail=1; return
    fi
    echo "PASS $name ($envs) ${ms}ms"
}
for procs in 1 2 4; do
    check fanout GOMAXPROCS=$procs "sum 5000050000
buffered 499500 1000 closed-ok 0 v 0" 0
    check blocked GOMAXPROCS=$procs "sum 9999900000" 0
    check select GOMAXPROCS=$procs "sums 15 6
nil-first 1 1
default -1
send-ready 1 len 1
timeout case 1 ok 1 waited>=30ms 1 mono-set 1
fair 1" 0
    check sleep GOMAXPROCS=$procs "slept>=20ms 1 <200ms 1
afterfunc 99
stopped 1 again 0
ticks>=10ms 1
ok" 0
    check sema GOMAXPROCS=$procs "counter 10000" 0
    check deadlock GOMAXPROCS=$procs "before" 2 "fatal error: all goroutines are asleep - deadlock!"
done
check preempt GOMAXPROCS=1 "main ran again after 1" 0
check preempt GOMAXPROCS=2 "main ran again after 1" 0
check goexitpanic GOMAXPROCS=2 "" 2 "panic: close of nil channel

goroutine 2 [running]:"
check syscall GOMAXPROCS=1 "ping-pong done while the syscall blocks: 1
syscall returned" 0
check deepgo GOMAXPROCS=2 "depth 200000" 0
check overflow GOMAXPROCS=2 "" 2 "runtime: goroutine stack exceeds 1000000000-byte limit"
rm -rf "$tmp"
exit $fail
