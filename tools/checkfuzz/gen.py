#!/usr/bin/env python3
"""gen.py SEED - a random Go program for differential testing of bounds-check
elimination and inlining (ssa/bce.rs, ssa/inline.rs).

Six small functions index two slices in random loops (counting up and down, range,
conditions joined by &&, hand-made while loops), with indices i, i+1, i-1, ..., checks
that may or may not be provable, and reslicing inside loops; main calls each through a
closure that recovers and prints the panic. The output must equal gc's: run.sh builds
and runs each seed with both compilers and compares. Some seeds do not compile (a
redeclared loop variable); run.sh skips them.
"""
import random
import sys

def idx_expr(r, vars_):
    v = r.choice(vars_)
    k = r.choice([0, 0, 0, 1, -1, 2, -2])
    if k == 0:
        return v
    return f"{v}{'+' if k > 0 else '-'}{abs(k)}"

def bound_expr(r, sl):
    return r.choice([f"len({sl})", f"len({sl})", f"len({sl})-1", f"cap({sl})", "n", str(r.randint(0, 6))])

def stmt(r, depth, vars_, out, ind):
    sl = r.choice(["s", "t"])
    c = r.randint(0, 11)
    p = "\t" * ind
    if c <= 2 and depth < 3:
        v = f"i{depth}"
        kind = r.randint(0, 4)
        if kind == 0:
            out.append(f"{p}for {v} := {r.choice(['0','1','n-1'])}; {v} < {bound_expr(r, sl)}; {v}++ {{")
        elif kind == 1:
            out.append(f"{p}for {v} := {bound_expr(r, sl)}; {v} >= {r.choice(['0','1','-1'])}; {v}-- {{")
        elif kind == 2:
            out.append(f"{p}for {v} := range {sl} {{")
        elif kind == 3:
            out.append(f"{p}for {v} := 0; {v} < len({sl}) && {sl}[{v}] {r.choice(['<','>','!='])} {r.randint(0,9)}; {v}++ {{")
        else:
            out.append(f"{p}{v} := {r.choice(['0','len(s)-1','n'])}")
            out.append(f"{p}for ; {v} >= 0 && {v} < len({sl}); {{")
        nv = vars_ + [v]
        out.append(f"{p}\t_ = {v}")
        for _ in range(r.randint(1, 3)):
            stmt(r, depth + 1, nv, out, ind + 1)
        if kind == 4:
            out.append(f"{p}\t{v} += {r.choice(['1','-1','2'])}")
        if r.random() < 0.2:
            out.append(f"{p}\tif acc > 1000 {{ break }}")
        out.append(f"{p}}}")
    elif c <= 5 and vars_:
        out.append(f"{p}acc += {sl}[{idx_expr(r, vars_)}]")
    elif c == 6 and vars_:
        out.append(f"{p}{sl}[{idx_expr(r, vars_)}] = acc % 10")
    elif c == 7:
        out.append(f"{p}if len({sl}) > {r.randint(0,3)} {{ acc += {sl}[{r.choice(['0','1','len('+sl+')-1','len('+sl+')-2'])}] }}")
    elif c == 8:
        out.append(f"{p}{sl} = {sl}[{r.choice(['1','','0'])}:{r.choice(['len('+sl+')-1','len('+sl+')',''])}]")
    elif c == 9 and vars_:
        v = r.choice(vars_)
        out.append(f"{p}if {v} < len({sl}) {{ acc += {sl}[{v}] }}")
    elif c == 10 and vars_:
        v = r.choice(vars_)
        out.append(f"{p}acc += len({sl}[{v}:])")
    else:
        out.append(f"{p}acc++")

def prog(seed):
    r = random.Random(seed)
    out = ["package main", "", "import \"fmt\"", ""]
    nf = 6
    for f in range(nf):
        out.append(f"func f{f}(s, t []int, n int) (acc int) {{")
        body = []
        for _ in range(r.randint(2, 4)):
            stmt(r, 0, [], body, 1)
        out.extend(body)
        out.append("\treturn acc")
        out.append("}")
        out.append("")
    out.append("func run(name string, f func() int) {")
    out.append("\tdefer func() {")
    out.append("\t\tif e := recover(); e != nil {")
    out.append("\t\t\tfmt.Println(name, \"panic:\", e)")
    out.append("\t\t}")
    out.append("\t}()")
    out.append("\tfmt.Println(name, f())")
    out.append("}")
    out.append("")
    out.append("func main() {")
    out.append("\tfor k := 0; k < 4; k++ {")
    out.append("\t\ts := []int{3, 1, 4, 1, 5, 9, 2, 6}[:8-k]")
    out.append("\t\tt := make([]int, k, 6)")
    for f in range(nf):
        out.append(f"\t\trun(\"f{f}\", func() int {{ return f{f}(s, t, k+1) }})")
    out.append("\t}")
    out.append("}")
    return "\n".join(out) + "\n"

seed = int(sys.argv[1])
sys.stdout.write(prog(seed))
