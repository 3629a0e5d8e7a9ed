//! Type relations: identity, assignability, convertibility and interface satisfaction
//! (with gc's "does not implement" reasons).

use super::lookup::Lookup;
use super::repr::*;
use super::Program;
use crate::syntax::ast::ChanDir;

impl Program {
    /// Type identity: interning makes identical types share one id.
    pub fn is_identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Whether `t` is a "named" type in the sense of assignability (defined, predeclared
    /// or type parameter).
    fn is_named_type(&self, t: TypeId) -> bool {
        self.types.is_named(t)
    }

    /// Checks that `v` implements interface `t`; on failure the gc reason in parentheses
    /// form, e.g. `(missing method M)` (with `\n\t\thave ...\n\t\twant ...` details).
    pub fn implements(&self, v: TypeId, t: TypeId, cur: Option<PkgId>) -> Result<(), String> {
        let Some(it) = self.types.interface(t) else {
            return Err(String::new());
        };
        let it = it.clone();
        if !it.unions.is_empty() || it.comparable {
            // constraint interfaces: type-set membership
            if it.comparable && !self.types.comparable(v) {
                return Err(String::new());
            }
            for u in &it.unions {
                let ok = u.iter().any(|(tilde, ty)| {
                    if *tilde {
                        self.types.underlying(v) == self.types.underlying(*ty)
                    } else {
                        v == *ty
                    }
                });
                if !ok {
                    return Err(String::new());
                }
            }
        }
        let v_is_iface = self.types.is_interface(v);
        for m in &it.methods {
            if v_is_iface {
                let vi = self.types.interface(v).cloned().unwrap_or(Interface {
                    methods: vec![],
                    unions: vec![],
                    comparable: false,
                });
                match vi.methods.iter().find(|x| x.name == m.name) {
                    None => return Err(format!("(missing method {})", m.name)),
                    Some(x) if x.sig != m.sig => {
                        return Err(format!(
                            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.sig_tail(x.sig, cur),
                            m.name,
                            self.sig_tail(m.sig, cur)
                        ))
                    }
                    _ => continue,
                }
            }
            match self.lookup(v, &m.name, m.pkg) {
                Lookup::Found {
                    obj,
                    indirect,
                    is_field: false,
                    index,
                } => {
                    let rn = self.embedded_type_at(v, &index);
                    let mt = self.method_sig_lookup(obj, rn);
                    // a generic method matches no interface method
                    let own = self.own_type_params_desc(obj, cur);
                    if mt != m.sig || !own.is_empty() {
                        return Err(format!(
                            "(wrong type for method {})\n\t\thave {}{own}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.sig_tail(mt, cur),
                            m.name,
                            self.sig_tail(m.sig, cur)
                        ));
                    }
                    let is_ptr = matches!(self.types.get(v), Type::Pointer(_));
                    if self.has_pointer_recv(obj) && !is_ptr && !indirect {
                        return Err(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                _ => {
                    // a differently-capitalised method?
                    let alt = self
                        .method_set(v)
                        .into_iter()
                        .find(|(n, ..)| n.eq_ignore_ascii_case(&m.name));
                    if let Some((n, o, ..)) = alt {
                        return Err(format!(
                            "(missing method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            n,
                            self.sig_tail(self.obj(o).ty, cur),
                            m.name,
                            self.sig_tail(m.sig, cur)
                        ));
                    }
                    return Err(format!("(missing method {})", m.name));
                }
            }
        }
        Ok(())
    }

    /// `func(int) string` without the `func` keyword: `(int) string`.
    pub fn sig_tail(&self, sig: TypeId, cur: Option<PkgId>) -> String {
        let s = self.type_string_err(sig, cur);
        s.strip_prefix("func").map(|x| x.to_string()).unwrap_or(s)
    }

    /// Assignability of a value of (typed) type `v` to type `t` (spec "Assignability"),
    /// ignoring untyped constants and nil (handled by the checker).
    pub fn assignable_type(&self, v: TypeId, t: TypeId) -> bool {
        if v == t {
            return true;
        }
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        if vu == tu
            && (!self.is_named_type(v) || !self.is_named_type(t))
            && !self.types.is_type_param(v)
        {
            return true;
        }
        if self.types.is_interface(t) && !self.types.is_type_param(t) {
            return self.implements(v, t, None).is_ok();
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.types.get(vu), self.types.get(tu))
        {
            if ve == te && (!self.is_named_type(v) || !self.is_named_type(t)) {
                return true;
            }
        }
        // Type parameters (spec "Assignability"): a type parameter's value is assignable
        // to an unnamed type if every type in its type set is; an unnamed type's value is
        // assignable to a type parameter if it is assignable to every type in the set.
        let terms_all = |x: TypeId, f: &dyn Fn(TypeId) -> bool| -> bool {
            match self.types.tparam_terms(x).filter(|ts| !ts.is_empty()) {
                Some(ts) => ts
                    .iter()
                    .all(|&(_, ty)| !self.types.is_type_param(ty) && f(ty)),
                None => false,
            }
        };
        if self.types.is_type_param(v) && !self.types.is_type_param(t) && !self.is_named_type(t) {
            return terms_all(v, &|ty| self.assignable_type(ty, t));
        }
        if self.types.is_type_param(t) && !self.types.is_type_param(v) && !self.is_named_type(v) {
            return terms_all(t, &|ty| self.assignable_type(v, ty));
        }
        false
    }

    /// Convertibility of a non-constant value of type `v` to type `t` (spec "Conversions").
    pub fn convertible(&self, v: TypeId, t: TypeId) -> bool {
        if self.assignable_type(v, t) {
            return true;
        }
        // type parameters: every type of the type set must convert
        for (x, other, x_is_src) in [(v, t, true), (t, v, false)] {
            if self.types.is_type_param(x) {
                let Some(terms) = self.types.tparam_terms(x).filter(|ts| !ts.is_empty()) else {
                    return false;
                };
                return terms.iter().all(|&(_, ty)| {
                    !self.types.is_type_param(ty)
                        && if x_is_src {
                            self.convertible(ty, other)
                        } else {
                            self.convertible(other, ty)
                        }
                });
            }
        }
        let tt = &self.types;
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (tt.get(v), tt.get(t)) {
            if self.identical_ignore_tags(tt.underlying(*a), tt.underlying(*b)) {
                return true;
            }
        }
        if (tt.is_integer(v) || tt.is_float(v)) && (tt.is_integer(t) || tt.is_float(t)) {
            return true;
        }
        if tt.is_complex(v) && tt.is_complex(t) {
            return true;
        }
        let is_bytes_or_runes = |x: TypeId| match tt.get(tt.underlying(x)) {
            Type::Slice(e) => {
                matches!(tt.basic_kind(*e), Some(BasicKind::Uint8 | BasicKind::Int32))
            }
            _ => false,
        };
        if tt.is_string(t) && (tt.is_integer(v) || is_bytes_or_runes(v)) {
            return true;
        }
        if tt.is_string(v) && is_bytes_or_runes(t) {
            return true;
        }
        let is_uptr = |x: TypeId| tt.basic_kind(x) == Some(BasicKind::UnsafePointer);
        if (is_uptr(v)
            && (matches!(tt.get(tu), Type::Pointer(_))
                || tt.basic_kind(t) == Some(BasicKind::Uintptr)))
            || (is_uptr(t)
                && (matches!(tt.get(vu), Type::Pointer(_))
                    || tt.basic_kind(v) == Some(BasicKind::Uintptr)))
        {
            return true;
        }
        // slice to array or array pointer
        if let Type::Slice(se) = tt.get(vu) {
            match tt.get(tu) {
                Type::Array(_, ae) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = tt.get(tt.underlying(*p)) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.types.get(a), self.types.get(b)) {
            (Type::Struct(x), Type::Struct(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && f.ty == g.ty
                            && f.pkg == g.pkg
                    })
            }
            _ => false,
        }
    }
}
