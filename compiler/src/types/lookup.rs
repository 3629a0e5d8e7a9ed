//! Field and method lookup through embedded fields (depth-based, with ambiguity), as the
//! spec's "Selectors" section prescribes; method-set membership.

use std::collections::HashSet;

use super::repr::*;
use super::Program;

/// The result of looking up `x.name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A field (Var object) or method (Func object), the index path through embedded
    /// fields (for a field it ends with the field's own index), and whether a pointer
    /// was dereferenced on the way (including the receiver itself being a pointer).
    Found {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
        is_field: bool,
    },
    /// Several fields/methods with that name at the shallowest depth.
    Ambiguous,
    NotFound,
}

impl Program {
    /// Whether an (possibly unexported) name declared in `decl_pkg` matches `name` looked
    /// up from package `from`.
    pub fn name_matches(
        &self,
        have: &str,
        decl_pkg: Option<PkgId>,
        name: &str,
        from: Option<PkgId>,
    ) -> bool {
        have == name
            && (is_exported(name) || decl_pkg.is_none() || from.is_none() || decl_pkg == from)
    }

    /// Looks up a field or method `name` in type `t` (a pointer to a struct/named type
    /// is followed) from package `from` (for unexported names).
    pub fn lookup(&self, t: TypeId, name: &str, from: Option<PkgId>) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        if let Type::TypeParam(i) = self.types.get(t) {
            // the methods of the constraint's method set
            let Some(info) = self.types.type_params.get(*i as usize) else {
                return Lookup::NotFound;
            };
            let cu = self.types.underlying(info.constraint);
            if let Type::Interface(it) = self.types.get(cu) {
                for (k, m) in it.methods.iter().enumerate() {
                    if self.name_matches(&m.name, m.pkg, name, from) {
                        let obj = self.method_objs.get(&(cu, k)).copied().unwrap_or(ObjId(0));
                        return Lookup::Found {
                            obj,
                            index: vec![],
                            indirect: false,
                            is_field: false,
                        };
                    }
                }
            }
            return Lookup::NotFound;
        }
        let mut start = t;
        let mut indirect = false;
        if let Type::Pointer(e) = self.types.get(t) {
            start = *e;
            indirect = true;
        } else if let Type::Pointer(e) = self.types.get(self.types.underlying(t)) {
            // a named pointer type: only fields (no methods) are accessible
            if !matches!(self.types.get(*e), Type::Named(_))
                || self.types.struct_fields(*e).is_some()
            {
                start = *e;
                indirect = true;
            }
        }
        let mut current: Vec<(TypeId, Vec<usize>, bool, bool)> =
            vec![(start, vec![], indirect, false)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next: Vec<(TypeId, Vec<usize>, bool, bool)> = Vec::new();
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            for (typ, path, ind, multiples) in current {
                if let Type::Named(n) = self.types.get(typ) {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let info = &self.types.named[n.0 as usize];
                    let mut hit = false;
                    for &m in &info.methods {
                        let mo = self.obj(m);
                        if self.name_matches(&mo.name, mo.pkg, name, from) {
                            count += if multiples { 2 } else { 1 };
                            found = Some(Lookup::Found {
                                obj: m,
                                index: path.clone(),
                                indirect: ind,
                                is_field: false,
                            });
                            hit = true;
                            break;
                        }
                    }
                    if hit {
                        continue;
                    }
                }
                let u = self.types.underlying(typ);
                match self.types.get(u) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if self.name_matches(&f.name, f.pkg, name, from) {
                                count += if multiples { 2 } else { 1 };
                                let mut p = path.clone();
                                p.push(i);
                                let obj = self.field_objs.get(&(u, i)).copied().unwrap_or(ObjId(0));
                                found = Some(Lookup::Found {
                                    obj,
                                    index: p,
                                    indirect: ind,
                                    is_field: true,
                                });
                                continue;
                            }
                            if f.embedded {
                                let (et, eind) = match self.types.get(f.ty) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                let mut p = path.clone();
                                p.push(i);
                                next.push((et, p, ind || eind, multiples));
                            }
                        }
                    }
                    Type::Interface(it) => {
                        for (i, m) in it.methods.iter().enumerate() {
                            if self.name_matches(&m.name, m.pkg, name, from) {
                                count += if multiples { 2 } else { 1 };
                                let obj =
                                    self.method_objs.get(&(u, i)).copied().unwrap_or(ObjId(0));
                                found = Some(Lookup::Found {
                                    obj,
                                    index: path.clone(),
                                    indirect: ind,
                                    is_field: false,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            if count == 1 {
                return found.unwrap_or(Lookup::NotFound);
            }
            if count > 1 {
                return Lookup::Ambiguous;
            }
            // consolidate: the same named type reached several times at this depth
            let mut merged: Vec<(TypeId, Vec<usize>, bool, bool)> = Vec::new();
            for e in next {
                if let Some(m) = merged
                    .iter_mut()
                    .find(|m| m.0 == e.0 && matches!(self.types.get(e.0), Type::Named(_)))
                {
                    m.3 = true;
                } else {
                    merged.push(e);
                }
            }
            current = merged;
        }
        Lookup::NotFound
    }

    /// `lookup_field_or_method(ty, name) -> (obj, index path, indirect)` for the back end
    /// (unexported names match regardless of package).
    pub fn lookup_field_or_method(
        &self,
        t: TypeId,
        name: &str,
    ) -> Option<(ObjId, Vec<usize>, bool)> {
        match self.lookup(t, name, None) {
            Lookup::Found {
                obj,
                index,
                indirect,
                ..
            } => Some((obj, index, indirect)),
            _ => None,
        }
    }

    /// Whether the method `m` (a Func object) has a pointer receiver.
    pub fn has_pointer_recv(&self, m: ObjId) -> bool {
        match &self.obj(m).kind {
            ObjKind::Func { recv: Some(r), .. } => matches!(self.types.get(*r), Type::Pointer(_)),
            _ => false,
        }
    }

    /// The method set of `t` as (name, method object, index path, indirect), sorted by
    /// name: the methods callable on a value of type `t` (for `*T` also those with
    /// pointer receivers). Interface types give their methods.
    pub fn method_set(&self, t: TypeId) -> Vec<(String, ObjId, Vec<usize>, bool)> {
        let mut names: Vec<String> = Vec::new();
        self.collect_method_names(t, &mut names, &mut HashSet::new(), 0);
        names.sort();
        names.dedup();
        let is_ptr = matches!(self.types.get(t), Type::Pointer(_));
        let mut out = Vec::new();
        for n in names {
            if let Lookup::Found {
                obj,
                index,
                indirect,
                is_field: false,
            } = self.lookup(t, &n, None)
            {
                if self.types.is_interface(t) || is_ptr || indirect || !self.has_pointer_recv(obj) {
                    out.push((n, obj, index, indirect));
                }
            }
        }
        out
    }

    fn collect_method_names(
        &self,
        t: TypeId,
        out: &mut Vec<String>,
        seen: &mut HashSet<TypeId>,
        depth: u32,
    ) {
        if depth > 16 {
            return;
        }
        let t = match self.types.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        if !seen.insert(t) {
            return;
        }
        if let Some(info) = self.types.named_info(t) {
            for &m in &info.methods {
                out.push(self.obj(m).name.clone());
            }
        }
        match self.types.get(self.types.underlying(t)) {
            Type::Struct(fs) => {
                for f in fs.iter().filter(|f| f.embedded) {
                    self.collect_method_names(f.ty, out, seen, depth + 1);
                }
            }
            Type::Interface(it) => out.extend(it.methods.iter().map(|m| m.name.clone())),
            _ => {}
        }
    }
}

/// Whether a Go identifier is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
