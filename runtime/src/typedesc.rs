//! Type descriptors: the compiler emits one `TypeDesc` per Go type used at run time, and
//! the runtime reads them to allocate, hash, compare, print (`%T`, `%v`), build itabs and
//! (later) scan the heap precisely.
//!
//! This layout is an ABI shared with `compiler/src/codegen/typedesc.rs`: change both
//! together. All descriptors are emitted as weak symbols named `type:<canonical name>` so
//! that every type has exactly one descriptor in a linked program and pointer equality is
//! type identity.

/// A Go string header as laid out in memory and passed in registers (ptr, len).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: usize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: core::ptr::null(),
        len: 0,
    };

    /// The bytes of the string.
    pub fn as_bytes<'a>(&self) -> &'a [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: a GoString always points at `len` readable, immutable bytes.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }
}

/// A Go slice header (ptr, len, cap).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

/// An interface value. For an empty interface (`any`) `tab` is the dynamic type's
/// `*const TypeDesc`; for a non-empty interface it is a `*const Itab`. Nil interface: tab = 0.
/// `data` holds the value itself when the dynamic type is pointer-shaped
/// (`FLAG_DIRECT_IFACE`), else a pointer to a heap copy of the value.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Eface {
    pub tab: *const u8,
    pub data: *mut u8,
}

/// reflect.Kind numbering.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Invalid = 0,
    Bool = 1,
    Int = 2,
    Int8 = 3,
    Int16 = 4,
    Int32 = 5,
    Int64 = 6,
    Uint = 7,
    Uint8 = 8,
    Uint16 = 9,
    Uint32 = 10,
    Uint64 = 11,
    Uintptr = 12,
    Float32 = 13,
    Float64 = 14,
    Complex64 = 15,
    Complex128 = 16,
    Array = 17,
    Chan = 18,
    Func = 19,
    Interface = 20,
    Map = 21,
    Pointer = 22,
    Slice = 23,
    String = 24,
    Struct = 25,
    UnsafePointer = 26,
}

/// The value is stored directly in an interface's data word (pointers, maps, chans, funcs,
/// unsafe.Pointer).
pub const FLAG_DIRECT_IFACE: u8 = 1;
/// `==` is defined on the type.
pub const FLAG_COMPARABLE: u8 = 2;
/// A defined (named) type; `name` is then qualified (`main.T`), `pkg_path` set.
pub const FLAG_NAMED: u8 = 4;
/// Array element / struct field layout has no padding and no floats/interfaces/strings,
/// so equality and hashing can compare raw memory.
pub const FLAG_REGULAR_MEMORY: u8 = 8;

/// Channel direction in `TypeDesc::len` for Chan kinds.
pub const CHAN_BOTH: u64 = 3;
pub const CHAN_RECV: u64 = 1;
pub const CHAN_SEND: u64 = 2;

#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// Size in bytes.
    pub size: u64,
    /// Length of the prefix of the value that can contain pointers (0 = pointer-free: the
    /// GC never scans such objects).
    pub ptrdata: u64,
    /// A hash of the type (FNV-1a of the canonical name), for type switches and itab caches.
    pub hash: u32,
    pub align: u8,
    pub field_align: u8,
    /// A [`Kind`] value.
    pub kind: u8,
    /// FLAG_* bits.
    pub flags: u8,
    /// Pointer bitmap: bit i (LSB-first within each byte) set = word i of the value holds a
    /// pointer; covers `ptrdata / 8` words. Null when ptrdata is 0.
    pub gcdata: *const u8,
    /// The type as `%T` prints it: `int`, `[]string`, `map[string]int`, `*main.T`,
    /// `main.T`, `struct { A int; B string }`, `func(int) string`, `interface {}`.
    pub name: GoString,
    /// Import path of a defined type's package (empty for unnamed types and predeclared).
    pub pkg_path: GoString,
    /// Pointer/Slice/Array/Chan: element type. Map: value type.
    pub elem: *const TypeDesc,
    /// Map: key type.
    pub key: *const TypeDesc,
    /// Array: length. Chan: CHAN_* direction.
    pub len: u64,
    /// Struct: fields. Func: parameter types then result types (as *const TypeDesc in
    /// `params`, see below) are not described; Func descriptors carry only the name.
    pub fields: *const FieldDesc,
    pub nfields: u64,
    /// Method set, sorted by name (exported names sort before unexported ones as plain
    /// byte order of the name does). For a non-interface type T: methods with value
    /// receivers (and promoted ones); for *T: all methods. For an interface type: the
    /// interface's methods (then `ifn` is null).
    pub methods: *const MethodDesc,
    pub nmethods: u64,
    /// Descriptor of `*T`, when the compiler emitted one (else null).
    pub ptr_to_this: *const TypeDesc,
}

#[repr(C)]
#[derive(Debug)]
pub struct FieldDesc {
    pub name: GoString,
    pub typ: *const TypeDesc,
    pub offset: u64,
    /// Bit 0: embedded field. Bit 1: exported.
    pub flags: u64,
}

#[repr(C)]
#[derive(Debug)]
pub struct MethodDesc {
    pub name: GoString,
    /// Package path for unexported method names (they only match within their package).
    pub pkg_path: GoString,
    /// Descriptor of the method's signature type without receiver, e.g. `func() string`.
    pub mtyp: *const TypeDesc,
    /// Code pointer called with the interface data word as receiver (for types that are not
    /// FLAG_DIRECT_IFACE, a wrapper that loads the value from the data pointer). Null in
    /// interface descriptors.
    pub ifn: *const u8,
}

/// An interface table: which methods a concrete type uses to implement an interface.
#[repr(C)]
#[derive(Debug)]
pub struct Itab {
    /// The interface type.
    pub inter: *const TypeDesc,
    /// The concrete (dynamic) type.
    pub typ: *const TypeDesc,
    /// Copy of `typ.hash`, for type switches.
    pub hash: u32,
    pub _pad: u32,
    /// Method code pointers in the order of `inter.methods` (variable length).
    pub fun: [*const u8; 1],
}

impl TypeDesc {
    pub fn kind(&self) -> Kind {
        // SAFETY: the compiler only emits valid Kind values.
        unsafe { core::mem::transmute::<u8, Kind>(self.kind) }
    }
    pub fn name(&self) -> &[u8] {
        self.name.as_bytes()
    }
    pub fn fields(&self) -> &[FieldDesc] {
        if self.nfields == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `nfields` FieldDescs at `fields`.
        unsafe { core::slice::from_raw_parts(self.fields, self.nfields as usize) }
    }
    pub fn methods(&self) -> &[MethodDesc] {
        if self.nmethods == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `nmethods` MethodDescs at `methods`.
        unsafe { core::slice::from_raw_parts(self.methods, self.nmethods as usize) }
    }
}
