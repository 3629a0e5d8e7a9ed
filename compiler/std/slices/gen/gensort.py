#!/usr/bin/env python3
"""Generates compiler/std/slices/sort.go: head.go.txt followed by the pdqsort template
sort.tmpl instantiated twice, for cmp.Ordered (<) and for a cmp function.
Run from this directory: python3 gensort.py > ../sort.go"""
t = open('sort.tmpl').read().replace('!LESS(', 'NOTLESS(')


def guard(s, g):
    return s.replace('GUARD', g)


def gen(suf, cons, param, arg):
    return t.replace('SUF', suf).replace('TCONS', cons).replace(' CMPPARAM', param).replace(' CMPARG', arg)


def repl(s, name, fmt):
    out = ''
    i = 0
    while True:
        k = s.find(name + '(', i)
        if k < 0:
            return out + s[i:]
        out += s[i:k]
        j = k + len(name) + 1
        depth, args, cur = 1, [], ''
        while depth:
            ch = s[j]
            if ch in '([':
                depth += 1
            if ch in ')]':
                depth -= 1
            if depth == 1 and ch == ',':
                args.append(cur.strip())
                cur = ''
            elif depth:
                cur += ch
            j += 1
        args.append(cur.strip())
        out += fmt % tuple(args)
        i = j


o = repl(repl(guard(gen('Ordered', 'cmp.Ordered', '', ''), ''), 'NOTLESS', '!(%s < %s)'), 'LESS', '%s < %s')
f = guard(gen('Func', 'any', ', cmp func(a, b E) int', ', cmp'), 'i <= j && ')
f = repl(repl(f, 'NOTLESS', 'cmp(%s, %s) >= 0'), 'LESS', 'cmp(%s, %s) < 0')
print(open('head.go.txt').read() + o + '\n' + f, end='')
