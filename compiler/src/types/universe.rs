//! The universe scope: predeclared types, constants, `nil`, built-in functions, `error`,
//! `comparable`, `any`; and the `unsafe` package (created on first import).

use super::repr::*;
use super::table::ALL_BASIC;
use super::Program;

impl Program {
    /// A program with the universe scope filled in.
    pub fn new() -> Self {
        let mut p = Program::default();
        p.fill_universe();
        p
    }

    /// Adds an object to the arena.
    pub fn new_object(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        pkg: Option<PkgId>,
    ) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg,
            pos: 0,
            file: None,
        });
        id
    }

    pub fn obj(&self, o: ObjId) -> &Object {
        &self.objects[o.0 as usize]
    }

    /// Interns a struct type and creates its field objects (see `Program::field_objs`).
    pub fn new_struct(&mut self, fields: Vec<StructField>) -> TypeId {
        let t = self.types.intern(Type::Struct(fields.clone()));
        if !self.field_objs.contains_key(&(t, 0)) {
            for (i, f) in fields.iter().enumerate() {
                let o = self.new_object(
                    &f.name,
                    ObjKind::Var {
                        global: false,
                        field: true,
                        embedded: f.embedded,
                        param: false,
                    },
                    f.ty,
                    f.pkg,
                );
                self.field_objs.insert((t, i), o);
            }
        }
        t
    }

    /// Interns an interface type (methods get sorted by name) and creates its method
    /// objects (see `Program::method_objs`).
    pub fn new_interface(&mut self, mut it: Interface) -> TypeId {
        it.methods.sort_by(|a, b| a.name.cmp(&b.name));
        it.methods
            .dedup_by(|a, b| a.name == b.name && a.pkg == b.pkg);
        let methods = it.methods.clone();
        let t = self.types.intern(Type::Interface(it));
        if !methods.is_empty() && !self.method_objs.contains_key(&(t, 0)) {
            for (i, m) in methods.iter().enumerate() {
                let o = self.new_object(
                    &m.name,
                    ObjKind::Func {
                        recv: Some(t),
                        decl: None,
                        type_params: Vec::new(),
                        own_type_params: 0,
                    },
                    m.sig,
                    m.pkg,
                );
                self.method_objs.insert((t, i), o);
            }
        }
        t
    }

    fn fill_universe(&mut self) {
        for k in ALL_BASIC {
            if k == BasicKind::Invalid || k == BasicKind::UnsafePointer || k.is_untyped() {
                continue;
            }
            let t = self.types.basic(k);
            let o = self.new_object(k.name(), ObjKind::TypeName, t, None);
            self.universe.insert(k.name().to_string(), o);
        }
        let byte = self.new_object("byte", ObjKind::TypeName, TypeTable_UINT8, None);
        self.universe.insert("byte".into(), byte);
        let rune = self.new_object("rune", ObjKind::TypeName, super::TypeTable::INT32, None);
        self.universe.insert("rune".into(), rune);
        let empty = self.new_interface(Interface {
            methods: vec![],
            unions: vec![],
            comparable: false,
        });
        let any = self.new_object("any", ObjKind::TypeName, empty, None);
        self.universe.insert("any".into(), any);

        // type error interface { Error() string }
        let eobj = self.new_object("error", ObjKind::TypeName, super::TypeTable::INVALID, None);
        let et = self.types.new_named(eobj);
        self.objects[eobj.0 as usize].ty = et;
        let sig = self.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![super::TypeTable::STRING],
            variadic: false,
        }));
        let it = self.new_interface(Interface {
            methods: vec![IfaceMethod {
                name: "Error".into(),
                pkg: None,
                sig,
            }],
            unions: vec![],
            comparable: false,
        });
        if let Type::Named(n) = self.types.get(et).clone() {
            self.types.named[n.0 as usize].underlying = Some(it);
        }
        self.universe.insert("error".into(), eobj);

        let cobj = self.new_object(
            "comparable",
            ObjKind::TypeName,
            super::TypeTable::INVALID,
            None,
        );
        let ct = self.types.new_named(cobj);
        self.objects[cobj.0 as usize].ty = ct;
        let cit = self.new_interface(Interface {
            methods: vec![],
            unions: vec![],
            comparable: true,
        });
        if let Type::Named(n) = self.types.get(ct).clone() {
            self.types.named[n.0 as usize].underlying = Some(cit);
        }
        self.universe.insert("comparable".into(), cobj);

        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_object(
                name,
                ObjKind::Const(ConstValue::Bool(v)),
                super::TypeTable::UNTYPED_BOOL,
                None,
            );
            self.universe.insert(name.into(), o);
        }
        let iota = self.new_object(
            "iota",
            ObjKind::Const(ConstValue::Int(0.into())),
            super::TypeTable::UNTYPED_INT,
            None,
        );
        self.universe.insert("iota".into(), iota);
        let nil = self.new_object("nil", ObjKind::Nil, super::TypeTable::UNTYPED_NIL, None);
        self.universe.insert("nil".into(), nil);

        use Builtin::*;
        for (name, b) in [
            ("append", Append),
            ("cap", Cap),
            ("clear", Clear),
            ("close", Close),
            ("complex", Complex),
            ("copy", Copy),
            ("delete", Delete),
            ("imag", Imag),
            ("len", Len),
            ("make", Make),
            ("max", Max),
            ("min", Min),
            ("new", New),
            ("panic", Panic),
            ("print", Print),
            ("println", Println),
            ("real", Real),
            ("recover", Recover),
        ] {
            let o = self.new_object(name, ObjKind::Builtin(b), super::TypeTable::INVALID, None);
            self.universe.insert(name.into(), o);
        }
    }

    /// The `unsafe` package (created on first use).
    pub fn unsafe_package(&mut self) -> PkgId {
        if let Some(p) = self.packages.iter().find(|p| p.path == "unsafe") {
            return p.id;
        }
        let id = PkgId(self.packages.len() as u32);
        let mut scope = std::collections::HashMap::new();
        let ptr = self.new_object(
            "Pointer",
            ObjKind::TypeName,
            super::TypeTable::UNSAFE_POINTER,
            Some(id),
        );
        scope.insert("Pointer".to_string(), ptr);
        use Builtin::*;
        for (name, b) in [
            ("Sizeof", Sizeof),
            ("Alignof", Alignof),
            ("Offsetof", Offsetof),
            ("Add", Add),
            ("Slice", Slice),
            ("SliceData", SliceData),
            ("String", String),
            ("StringData", StringData),
        ] {
            let o = self.new_object(
                name,
                ObjKind::Builtin(b),
                super::TypeTable::INVALID,
                Some(id),
            );
            scope.insert(name.to_string(), o);
        }
        self.packages.push(super::Package {
            id,
            path: "unsafe".into(),
            name: "unsafe".into(),
            files: vec![],
            scope,
            inits: vec![],
            info: Info::default(),
        });
        id
    }
}

#[allow(non_upper_case_globals)]
const TypeTable_UINT8: TypeId = super::TypeTable::UINT8;
