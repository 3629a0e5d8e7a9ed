#!/bin/sh
# Link smoke test for the no_std runtime staticlib (not run by cargo):
# builds the runtime, assembles a stand-in `rgo_program_main` that prints through the
# runtime, links with no libc and runs the result. Usage: runtime/tests/link_smoke.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
cargo build --release -p rgo-runtime >/dev/null 2>&1 || cargo build --release -p rgo-runtime
cat >"$tmp/main.s" <<'ASM'
    .intel_syntax noprefix
    .section .rodata
msg: .ascii "hello from rgo\n"
    .text
    .globl rgo_program_main
rgo_program_main:               # a Go function: r15 = G, may clobber anything
    push rbp
    mov rbp, rsp
    cmp r15, 0                  # the trampoline must have loaded G
    je 1f
    lea rdi, [rip + msg]
    mov rsi, 15
    call rgo_printstring
    mov rdi, -42
    call rgo_printint
    call rgo_printsp
    movsd xmm0, qword ptr [rip + f]
    call rgo_printfloat
    call rgo_printnl
    call rgo_nanotime           # clocks (vDSO or syscall) work without libc
    test rax, rax
    jle 1f
    sub rsp, 32                 # os.Args: []string via sret
    mov rdi, rsp
    call rgo_args
    cmp qword ptr [rsp + 8], 1  # len(os.Args) == 1
    jne 1f
    mov rax, [rsp]              # print os.Args[0]'s length > 0 check
    cmp qword ptr [rax + 8], 0
    je 1f
    add rsp, 32
    mov rbx, -1                 # clobber callee-saved registers like Go code may
    mov r12, -1
    pop rbp
    ret
1:  mov rdi, 7
    call rgo_exit
    .section .rodata
f:  .double 1.5
    .section .note.GNU-stack,"",@progbits
ASM
cc -c "$tmp/main.s" -o "$tmp/main.o"
cc -static -nostartfiles -nostdlib -Wl,--gc-sections "$tmp/main.o" \
    target/release/librgo_runtime.a -o "$tmp/t"
out=$("$tmp/t" 2>&1)
want=$(printf 'hello from rgo\n-42 1.5')
if [ "$out" != "$want" ]; then
    echo "link_smoke: unexpected output: $out" >&2
    exit 1
fi
strip -o "$tmp/t.stripped" "$tmp/t"

# A panicking program: runtime error message on stderr, exit status 2.
cat >"$tmp/panic.s" <<'ASM'
    .intel_syntax noprefix
    .text
    .globl rgo_program_main
rgo_program_main:
    push rbp
    mov rbp, rsp
    mov rdi, 5
    mov rsi, 3
    call rgo_panic_index
    .section .note.GNU-stack,"",@progbits
ASM
cc -c "$tmp/panic.s" -o "$tmp/panic.o"
cc -static -nostartfiles -nostdlib -Wl,--gc-sections "$tmp/panic.o" \
    target/release/librgo_runtime.a -o "$tmp/p"
set +e
"$tmp/p" 2>"$tmp/p.err"
rc=$?
set -e
want=$(printf 'panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:')
if [ "$rc" != 2 ] || [ "$(cat "$tmp/p.err")" != "$want" ]; then
    echo "link_smoke: panic program: exit $rc, stderr: $(cat "$tmp/p.err")" >&2
    exit 1
fi
echo "link_smoke: ok (binary $(wc -c <"$tmp/t") bytes, stripped $(wc -c <"$tmp/t.stripped") bytes)"
