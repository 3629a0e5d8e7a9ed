//! Operations on values of type-parameter type without a core type, and gc's reasons
//! when an operation needs a core type the type parameter does not have.

use super::check::*;
use super::repr::*;

impl<'p> Checker<'p> {
    /// Why type parameter `t` has no core type (`None` for other types): its constraint
    /// has no specific type, or two of its types differ in their underlying types.
    pub fn no_core_cause(&self, t: TypeId) -> Option<String> {
        if !self.tt().is_type_param(t) || self.tt().core_type(t).is_some() {
            return None;
        }
        let terms = self.tt().tparam_terms(t).unwrap_or_default();
        let unders: Vec<TypeId> = terms
            .iter()
            .map(|&(_, ty)| self.tt().underlying(ty))
            .collect();
        let Some(&first) = unders.first() else {
            return Some("no specific type".into());
        };
        let j = unders.iter().position(|&u| u != first)?;
        let (a, b) = (self.term_string(t, 0), self.term_string(t, j));
        Some(format!("{a} and {b} have different underlying types"))
    }

    /// The underlying type of the `i`-th term of type parameter `t`'s constraint, as
    /// written when the constraint is an implicit union of unnamed types (`[]byte`, not
    /// `[]uint8`).
    fn term_string(&self, t: TypeId, i: usize) -> String {
        let Some(terms) = self.tt().tparam_terms(t) else {
            return String::new();
        };
        let c = match self.tt().get(t) {
            Type::TypeParam(k) => self.tt().type_params[*k as usize].constraint,
            _ => TypeTable::INVALID,
        };
        let written: Vec<&str> = match self.tt().implicit_src.get(&c) {
            Some(src) => src
                .split(" | ")
                .map(|s| s.trim_start_matches('~'))
                .collect(),
            None => vec![],
        };
        let u = self.tt().underlying(terms[i].1);
        match written.get(i) {
            Some(w) if written.len() == terms.len() && u == terms[i].1 => w.to_string(),
            _ => self.tstr(u),
        }
    }

    /// ` (: cause)` suffix for an operation on `t` that needs a core type.
    pub fn core_cause_suffix(&self, t: TypeId) -> String {
        self.no_core_cause(t)
            .map(|c| format!(": {c}"))
            .unwrap_or_default()
    }

    /// All types of type parameter `t`'s set are slices but with different element types:
    /// those two element types (for `append` and `copy`).
    pub fn mismatched_slice_elems(&self, t: TypeId) -> Option<(TypeId, TypeId)> {
        if !self.tt().is_type_param(t) {
            return None;
        }
        let terms = self.tt().tparam_terms(t)?;
        let mut elems = vec![];
        for (_, ty) in terms {
            match self.tt().get(self.tt().underlying(ty)) {
                Type::Slice(e) => elems.push(*e),
                _ => return None,
            }
        }
        let first = *elems.first()?;
        elems.into_iter().find(|&e| e != first).map(|e| (first, e))
    }

    /// Why a channel operation on type parameter `t` (no single channel type) fails:
    /// `channels chan int and chan string have different element types`,
    /// `receive-only channel <-chan int` (for a send), `send-only channel ...`.
    pub fn chan_typeset_cause(&self, t: TypeId, send: bool) -> Option<String> {
        use crate::syntax::ast::ChanDir;
        if !self.tt().is_type_param(t) {
            return None;
        }
        let terms = self.tt().tparam_terms(t)?;
        let mut first: Option<(TypeId, TypeId)> = None;
        for (_, ty) in terms {
            let u = self.tt().underlying(ty);
            let Type::Chan(d, e) = *self.tt().get(u) else {
                return None;
            };
            if send && d == ChanDir::Recv {
                return Some(format!("receive-only channel {}", self.tstr(u)));
            }
            if !send && d == ChanDir::Send {
                return Some(format!("send-only channel {}", self.tstr(u)));
            }
            match first {
                None => first = Some((u, e)),
                Some((fu, fe)) if fe != e => {
                    return Some(format!(
                        "channels {} and {} have different element types",
                        self.tstr(fu),
                        self.tstr(u)
                    ))
                }
                _ => {}
            }
        }
        None
    }
}
