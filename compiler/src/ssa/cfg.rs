//! Graph helpers for passes over the SSA IR: block successors and predecessors,
//! strongly connected components (of the call graph or of a function's blocks), loop
//! membership and dominators.

use super::ir::{BlockId, Func, Terminator};

/// The blocks a block's terminator branches to.
pub fn successors(f: &Func, b: BlockId) -> Vec<BlockId> {
    let mut out = Vec::with_capacity(2);
    if let Some(t) = &f.blocks[b.0 as usize].term {
        t.clone().for_each_target_mut(|s| out.push(*s));
    }
    out
}

/// Strongly connected components of a graph given by successor lists, in reverse
/// topological order: every component comes after the components it reaches (for a call
/// graph, callees first). Tarjan's algorithm, iterative (call chains can be deep).
pub fn components(succ: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let n = succ.len();
    const UNSEEN: u32 = u32::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    let mut out = Vec::new();
    let mut next = 0u32;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, index of its next successor to visit)
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root as u32);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if let Some(&w) = succ[v].get(*i) {
                *i += 1;
                let w = w as usize;
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w as u32);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(p, _)) = work.last() {
                low[p] = low[p].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w as usize] = false;
                    comp.push(w);
                    if w as usize == v {
                        break;
                    }
                }
                comp.sort_unstable();
                out.push(comp);
            }
        }
    }
    out
}

/// Whether each block of `f` lies on a cycle of the control-flow graph (inside a loop).
pub fn blocks_in_loops(f: &Func) -> Vec<bool> {
    let succ: Vec<Vec<u32>> = (0..f.blocks.len() as u32)
        .map(|b| successors(f, BlockId(b)).iter().map(|s| s.0).collect())
        .collect();
    let mut in_loop = vec![false; f.blocks.len()];
    for c in components(&succ) {
        let cyclic = c.len() > 1 || succ[c[0] as usize].contains(&c[0]);
        for b in c {
            in_loop[b as usize] = cyclic;
        }
    }
    in_loop
}

/// Whether a block ends the function by panicking (a cold path).
pub fn ends_in_panic(f: &Func, b: BlockId) -> bool {
    matches!(f.blocks[b.0 as usize].term, Some(Terminator::Panic(_)))
}

/// The predecessors of every block.
pub fn predecessors(f: &Func) -> Vec<Vec<BlockId>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for b in 0..f.blocks.len() as u32 {
        for s in successors(f, BlockId(b)) {
            preds[s.0 as usize].push(BlockId(b));
        }
    }
    preds
}

/// Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over the
/// reverse postorder). The entry block and unreachable blocks have none.
pub fn immediate_dominators(f: &Func, preds: &[Vec<BlockId>]) -> Vec<Option<BlockId>> {
    let n = f.blocks.len();
    // Reverse postorder from the entry (iterative depth-first search).
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    if n > 0 {
        let mut work: Vec<(u32, usize)> = vec![(0, 0)];
        seen[0] = true;
        while let Some(&mut (b, ref mut i)) = work.last_mut() {
            let succ = successors(f, BlockId(b));
            if let Some(s) = succ.get(*i) {
                *i += 1;
                if !seen[s.0 as usize] {
                    seen[s.0 as usize] = true;
                    work.push((s.0, 0));
                }
                continue;
            }
            order.push(b);
            work.pop();
        }
    }
    order.reverse();
    let mut rpo_index = vec![u32::MAX; n];
    for (i, b) in order.iter().enumerate() {
        rpo_index[*b as usize] = i as u32;
    }
    let mut idom: Vec<Option<u32>> = vec![None; n];
    if n > 0 {
        idom[0] = Some(0);
    }
    let intersect = |idom: &[Option<u32>], mut a: u32, mut b: u32| {
        while a != b {
            while rpo_index[a as usize] > rpo_index[b as usize] {
                a = idom[a as usize].expect("processed");
            }
            while rpo_index[b as usize] > rpo_index[a as usize] {
                b = idom[b as usize].expect("processed");
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in order.iter().skip(1) {
            let mut new: Option<u32> = None;
            for p in &preds[b as usize] {
                if idom[p.0 as usize].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p.0,
                    Some(x) => intersect(&idom, p.0, x),
                });
            }
            if new.is_some() && idom[b as usize] != new {
                idom[b as usize] = new;
                changed = true;
            }
        }
    }
    idom.iter()
        .enumerate()
        .map(|(b, d)| match d {
            Some(d) if b != 0 => Some(BlockId(*d)),
            _ => None,
        })
        .collect()
}
