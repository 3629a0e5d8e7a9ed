//! Memory layout of Go types on x86-64 (sizes, alignments, field offsets) and their
//! "flat" register representation: the list of machine scalars a value of the type is
//! split into when it lives in registers or crosses a call.
//!
//! A type is *register-class* when it flattens to at most [`MAX_FLAT`] scalars; larger
//! structs and arrays are *memory-class*: values are handled by address and copied.

use cranelift_codegen::ir::types as clt;
use cranelift_codegen::ir::Type as ClType;
use std::cell::RefCell;
use std::collections::HashMap;

use crate::types::{BasicKind, Type, TypeId, TypeTable};

/// Largest number of scalars a register-class value has.
pub const MAX_FLAT: usize = 6;

#[derive(Clone, Debug)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    /// (byte offset, scalar type) of each flat scalar, in memory order.
    /// `None` for memory-class types.
    pub flat: Option<Vec<(u64, ClType)>>,
    /// Byte offsets of words holding pointers (for GC bitmaps).
    pub ptr_words: Vec<u64>,
}

/// Computes and caches layouts.
pub struct Layouts<'a> {
    pub tt: &'a TypeTable,
    cache: RefCell<HashMap<TypeId, std::rc::Rc<Layout>>>,
}

impl<'a> Layouts<'a> {
    pub fn new(tt: &'a TypeTable) -> Self {
        Layouts {
            tt,
            cache: RefCell::new(HashMap::new()),
        }
    }

    pub fn get(&self, t: TypeId) -> std::rc::Rc<Layout> {
        if let Some(l) = self.cache.borrow().get(&t) {
            return l.clone();
        }
        let l = std::rc::Rc::new(self.compute(t));
        self.cache.borrow_mut().insert(t, l.clone());
        l
    }

    pub fn size(&self, t: TypeId) -> u64 {
        self.get(t).size
    }

    /// Byte offsets of the fields of a struct type (by underlying).
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let fields = match underlying(self.tt, t) {
            Type::Struct(f) => f.clone(),
            _ => return vec![],
        };
        let mut off = 0;
        let mut v = Vec::new();
        for f in &fields {
            let l = self.get(f.ty);
            off = round_up(off, l.align);
            v.push(off);
            off += l.size;
        }
        v
    }

    fn compute(&self, t: TypeId) -> Layout {
        use BasicKind::*;
        let word = |ty: ClType, ptr: bool| Layout {
            size: ty.bytes() as u64,
            align: ty.bytes() as u64,
            flat: Some(vec![(0, ty)]),
            ptr_words: if ptr { vec![0] } else { vec![] },
        };
        match underlying(self.tt, t) {
            Type::Basic(b) => match b {
                Bool | Int8 | Uint8 | UntypedBool => word(clt::I8, false),
                Int16 | Uint16 => word(clt::I16, false),
                Int32 | Uint32 | UntypedRune => word(clt::I32, false),
                Int | Int64 | Uint | Uint64 | Uintptr | UntypedInt => word(clt::I64, false),
                Float32 => word(clt::F32, false),
                Float64 | UntypedFloat => word(clt::F64, false),
                Complex64 => Layout {
                    size: 8,
                    align: 4,
                    flat: Some(vec![(0, clt::F32), (4, clt::F32)]),
                    ptr_words: vec![],
                },
                Complex128 | UntypedComplex => Layout {
                    size: 16,
                    align: 8,
                    flat: Some(vec![(0, clt::F64), (8, clt::F64)]),
                    ptr_words: vec![],
                },
                String | UntypedString => Layout {
                    size: 16,
                    align: 8,
                    flat: Some(vec![(0, clt::I64), (8, clt::I64)]),
                    ptr_words: vec![0],
                },
                UnsafePointer | UntypedNil => word(clt::I64, true),
                Invalid => Layout {
                    size: 0,
                    align: 1,
                    flat: Some(vec![]),
                    ptr_words: vec![],
                },
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                word(clt::I64, true)
            }
            Type::Slice(_) => Layout {
                size: 24,
                align: 8,
                flat: Some(vec![(0, clt::I64), (8, clt::I64), (16, clt::I64)]),
                ptr_words: vec![0],
            },
            Type::Interface(_) => Layout {
                size: 16,
                align: 8,
                flat: Some(vec![(0, clt::I64), (8, clt::I64)]),
                ptr_words: vec![0, 8],
            },
            Type::Array(n, elem) => {
                let (n, elem) = (*n, *elem);
                let el = self.get(elem);
                let size = el.size.saturating_mul(n);
                let flat = match &el.flat {
                    Some(f) if (f.len() as u64).saturating_mul(n) <= MAX_FLAT as u64 => {
                        let mut v = Vec::new();
                        for i in 0..n {
                            for (o, ty) in f {
                                v.push((i * el.size + o, *ty));
                            }
                        }
                        Some(v)
                    }
                    _ => None,
                };
                let mut ptr_words = Vec::new();
                if !el.ptr_words.is_empty() && n <= 1 << 20 {
                    for i in 0..n {
                        for o in &el.ptr_words {
                            ptr_words.push(i * el.size + o);
                        }
                    }
                }
                Layout {
                    size,
                    align: el.align,
                    flat,
                    ptr_words,
                }
            }
            Type::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut flat = Some(Vec::new());
                let mut ptr_words = Vec::new();
                for f in fields {
                    let l = self.get(f.ty);
                    off = round_up(off, l.align);
                    align = align.max(l.align);
                    match (&mut flat, &l.flat) {
                        (Some(v), Some(fl)) if v.len() + fl.len() <= MAX_FLAT => {
                            v.extend(fl.iter().map(|(o, t)| (off + o, *t)));
                        }
                        _ => flat = None,
                    }
                    ptr_words.extend(l.ptr_words.iter().map(|o| off + o));
                    off += l.size;
                }
                // A zero-size final field gets padding so &last does not point past the object.
                if let Some(last) = fields.last() {
                    if self.get(last.ty).size == 0 && off > 0 {
                        off += 1;
                    }
                }
                Layout {
                    size: round_up(off, align),
                    align,
                    flat,
                    ptr_words,
                }
            }
            Type::Tuple(elems) => {
                let mut flat = Vec::new();
                let mut off = 0;
                for e in elems {
                    let l = self.get(*e);
                    off = round_up(off, l.align);
                    if let Some(f) = &l.flat {
                        flat.extend(f.iter().map(|(o, t)| (off + o, *t)));
                    }
                    off += l.size;
                }
                Layout {
                    size: off,
                    align: 8,
                    flat: Some(flat),
                    ptr_words: vec![],
                }
            }
            Type::Named(_) | Type::TypeParam(_) => Layout {
                size: 0,
                align: 1,
                flat: Some(vec![]),
                ptr_words: vec![],
            },
        }
    }
}

pub fn round_up(x: u64, a: u64) -> u64 {
    if a <= 1 {
        x
    } else {
        x.div_ceil(a) * a
    }
}

/// The underlying type of `t` (follows defined types).
pub fn underlying(tt: &TypeTable, t: TypeId) -> &Type {
    let mut t = t;
    for _ in 0..100 {
        match &tt.types[t.0 as usize] {
            Type::Named(n) => match tt.named[n.0 as usize].underlying {
                Some(u) => t = u,
                None => break,
            },
            other => return other,
        }
    }
    &tt.types[t.0 as usize]
}
