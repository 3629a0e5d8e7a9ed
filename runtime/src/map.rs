//! Go maps: an open-addressing hash table in the style of Swiss tables. A table is an
//! array of control bytes (EMPTY, DELETED, or the 7-bit `h2` hash tag of a full slot)
//! probed 8 at a time with SWAR group matching, plus a parallel array of inline
//! key/element slots (no per-entry allocation). Capacity is a power of two ≥ 8 with load
//! factor 7/8; deletes leave tombstones, and a full table is rebuilt into a *new*
//! allocation (same size if mostly tombstones, else doubled).
//!
//! Iteration (`rgo_mapiterinit` / `rgo_mapiternext`) starts at a random slot. It walks the
//! table that was current when it started; while that is still the map's table, entries
//! are yielded in place (deleted ones are skipped). If the map has been rebuilt since,
//! each old entry is looked up in the current table, so deleted entries are not produced
//! and updated values are seen; entries inserted during iteration may or may not appear,
//! as the spec allows. Old tables are never modified after a rebuild, which makes this
//! safe.

use crate::alg::{hash64, memhash, typeequal, typehash};
use crate::heap::alloc;
use crate::typedesc::{GoString, Kind, TypeDesc, FLAG_REGULAR_MEMORY};

const GROUP: usize = 8;
const EMPTY: u8 = 0xFF;
const DELETED: u8 = 0x80;
const MIN_CAP: usize = 8;
const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Key fast paths.
const KEY_GENERIC: u8 = 0;
const KEY_MEM8: u8 = 1;
const KEY_STRING: u8 = 2;

/// A map header. `count` must stay the first field: compiled code reads `len(m)` there.
#[repr(C)]
pub struct Map {
    pub count: i64,
    ctrl: *mut u8,
    slots: *mut u8,
    /// Capacity - 1 (0 while there is no table).
    mask: usize,
    /// EMPTY slots that may still be filled before a rebuild.
    growth_left: usize,
    seed: u64,
    keytd: *const TypeDesc,
    elemtd: *const TypeDesc,
    keysize: usize,
    elemoff: usize,
    elemsize: usize,
    slotsize: usize,
    keykind: u8,
    /// The key may differ bitwise from an equal key (floats, strings, interfaces): assign
    /// overwrites it, like gc.
    key_update: bool,
    /// Slots contain pointers (tables are scanned conservatively by the future GC).
    slots_noscan: bool,
    /// A zeroed element for misses when the element is larger than the shared zero area.
    zero: *mut u8,
}

/// Iterator state; compiled code reserves [`MAPITER_SIZE`] bytes and reads `key`/`elem`.
#[repr(C)]
pub struct MapIter {
    /// Current key (null: iteration finished).
    pub key: *const u8,
    /// Current element.
    pub elem: *const u8,
    m: *mut Map,
    ctrl: *mut u8,
    slots: *mut u8,
    mask: usize,
    start: usize,
    /// Slots visited so far.
    i: usize,
}

/// Bytes compiled code must reserve for a [`MapIter`].
pub const MAPITER_SIZE: usize = 128;
const _: () = assert!(core::mem::size_of::<MapIter>() <= MAPITER_SIZE);

/// Shared zeroed memory returned by failed lookups of small elements.
#[repr(C, align(16))]
struct ZeroArea([u8; ZERO_AREA_SIZE]);
const ZERO_AREA_SIZE: usize = 1024;
static ZERO_AREA: ZeroArea = ZeroArea([0; ZERO_AREA_SIZE]);

/// Result of `rgo_mapaccess2`: element pointer and found flag, in rax:rdx.
#[repr(C)]
pub struct PtrOk {
    pub ptr: *const u8,
    pub ok: u64,
}

static RAND: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

/// A fast pseudo-random number (wyrand), seeded from the cycle counter.
pub fn fastrand() -> u64 {
    use core::sync::atomic::Ordering::Relaxed;
    const INC: u64 = 0xa076_1d64_78bd_642f;
    let mut s = RAND.fetch_add(INC, Relaxed).wrapping_add(INC);
    if s == INC {
        // First use: mix in the cycle counter.
        s ^= crate::syscall::cputicks();
        RAND.store(s, Relaxed);
    }
    let r = (s as u128) * ((s ^ 0xe703_7ed1_a0b4_28db) as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

#[inline(always)]
fn match_byte(g: u64, b: u8) -> u64 {
    let x = g ^ (LO * b as u64);
    x.wrapping_sub(LO) & !x & HI
}
#[inline(always)]
fn match_empty(g: u64) -> u64 {
    g & (g << 1) & HI
}
#[inline(always)]
fn match_empty_or_deleted(g: u64) -> u64 {
    g & HI
}

fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// Capacity for `n` entries at load factor 7/8.
fn cap_for(n: usize) -> usize {
    let mut cap = MIN_CAP;
    while cap / 8 * 7 < n {
        cap *= 2;
    }
    cap
}

impl Map {
    #[inline(always)]
    fn key_td(&self) -> &TypeDesc {
        // SAFETY: set from the map descriptor at creation.
        unsafe { &*self.keytd }
    }

    #[inline(always)]
    fn hash(&self, key: *const u8) -> u64 {
        // SAFETY: key points at a value of the key type.
        unsafe {
            match self.keykind {
                KEY_MEM8 => hash64(*(key as *const u64), self.seed),
                KEY_STRING => memhash((*(key as *const GoString)).as_bytes(), self.seed),
                _ => typehash(self.key_td(), key, self.seed),
            }
        }
    }

    #[inline(always)]
    fn key_eq(&self, slot: *const u8, key: *const u8) -> bool {
        // SAFETY: both point at values of the key type.
        unsafe {
            match self.keykind {
                KEY_MEM8 => *(slot as *const u64) == *(key as *const u64),
                KEY_STRING => {
                    let (a, b) = (*(slot as *const GoString), *(key as *const GoString));
                    a.len == b.len && (a.ptr == b.ptr || a.as_bytes() == b.as_bytes())
                }
                _ => typeequal(self.key_td(), slot, key),
            }
        }
    }

    #[inline(always)]
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: i <= mask, so the slot lies in the slots array.
        unsafe { self.slots.add(i * self.slotsize) }
    }

    #[inline(always)]
    fn group(&self, pos: usize) -> u64 {
        // SAFETY: ctrl has cap + GROUP bytes and pos <= mask.
        unsafe { core::ptr::read_unaligned(self.ctrl.add(pos) as *const u64) }
    }

    #[inline(always)]
    fn set_ctrl(&mut self, i: usize, v: u8) {
        // SAFETY: i <= mask; the mirror index is in cap..cap+GROUP or is i itself.
        unsafe {
            *self.ctrl.add(i) = v;
            *self.ctrl.add((i.wrapping_sub(GROUP) & self.mask) + GROUP) = v;
        }
    }

    /// The slot index holding `key`, if any.
    #[inline(always)]
    fn find(&self, key: *const u8, hash: u64) -> Option<usize> {
        if self.ctrl.is_null() {
            return None;
        }
        let h2 = (hash & 0x7F) as u8;
        let mut pos = (hash >> 7) as usize & self.mask;
        let mut stride = 0;
        loop {
            let g = self.group(pos);
            let mut m = match_byte(g, h2);
            while m != 0 {
                let i = (pos + (m.trailing_zeros() / 8) as usize) & self.mask;
                // SAFETY: i <= mask.
                if unsafe { *self.ctrl.add(i) } == h2 && self.key_eq(self.slot(i), key) {
                    return Some(i);
                }
                m &= m - 1;
            }
            if match_empty(g) != 0 {
                return None;
            }
            stride += GROUP;
            pos = (pos + stride) & self.mask;
        }
    }

    /// The first EMPTY or DELETED slot on `hash`'s probe sequence.
    fn find_insert_slot(&self, hash: u64) -> usize {
        let mut pos = (hash >> 7) as usize & self.mask;
        let mut stride = 0;
        loop {
            let m = match_empty_or_deleted(self.group(pos));
            if m != 0 {
                return (pos + (m.trailing_zeros() / 8) as usize) & self.mask;
            }
            stride += GROUP;
            pos = (pos + stride) & self.mask;
        }
    }

    /// Replaces the table with a new one of `cap` slots holding the current entries.
    fn rebuild(&mut self, cap: usize) {
        // The header's table pointers are overwritten: shade the old tables (their
        // entries move into the new, black ones).
        // SAFETY: self is a whole Map.
        unsafe {
            crate::gc::barrier::range(self as *const Map as *const u8, core::mem::size_of::<Map>())
        };
        let ctrl = alloc(cap + GROUP, core::ptr::null(), true);
        // SAFETY: ctrl has cap + GROUP bytes.
        unsafe { crate::mem::fill(ctrl, EMPTY, cap + GROUP) };
        let slots = alloc(cap * self.slotsize, core::ptr::null(), self.slots_noscan);
        let (old_ctrl, old_slots, old_cap) = (
            self.ctrl,
            self.slots,
            if self.ctrl.is_null() {
                0
            } else {
                self.mask + 1
            },
        );
        self.ctrl = ctrl;
        self.slots = slots;
        self.mask = cap - 1;
        self.growth_left = cap / 8 * 7 - self.count as usize;
        for i in 0..old_cap {
            // SAFETY: i < old_cap: inside the old ctrl and slot arrays.
            unsafe {
                if *old_ctrl.add(i) & 0x80 != 0 {
                    continue;
                }
                let src = old_slots.add(i * self.slotsize);
                let hash = self.hash(src);
                let j = self.find_insert_slot(hash);
                self.set_ctrl(j, (hash & 0x7F) as u8);
                core::ptr::copy_nonoverlapping(src, self.slot(j), self.slotsize);
            }
        }
    }

    fn zero_value(&mut self) -> *const u8 {
        if self.elemsize <= ZERO_AREA_SIZE {
            return ZERO_AREA.0.as_ptr();
        }
        if self.zero.is_null() {
            self.zero = alloc(self.elemsize, core::ptr::null(), true);
        }
        self.zero
    }
}

/// `make(map[K]V, hint)`.
#[no_mangle]
pub extern "C" fn rgo_makemap(maptd: *const TypeDesc, hint: i64) -> *mut Map {
    // SAFETY: compiled code passes a map descriptor whose key/elem are valid.
    let (kt, et) = unsafe { (&*(*maptd).key, &*(*maptd).elem) };
    if hint < 0 {
        crate::panic::panic_runtime_error("makemap: size out of range");
    }
    let keysize = kt.size as usize;
    let elemsize = et.size as usize;
    let ealign = (et.align as usize).max(1);
    let elemoff = round_up(keysize, ealign);
    let slotsize = round_up(elemoff + elemsize, ealign.max(kt.align as usize).max(1));
    let keykind = if kt.kind() == Kind::String {
        KEY_STRING
    } else if kt.flags & FLAG_REGULAR_MEMORY != 0 && keysize == 8 && kt.kind() != Kind::Interface {
        KEY_MEM8
    } else {
        KEY_GENERIC
    };
    let m = alloc(core::mem::size_of::<Map>(), core::ptr::null(), false) as *mut Map;
    // SAFETY: m is a fresh allocation of a Map.
    unsafe {
        m.write(Map {
            count: 0,
            ctrl: core::ptr::null_mut(),
            slots: core::ptr::null_mut(),
            mask: 0,
            growth_left: 0,
            seed: fastrand(),
            keytd: kt,
            elemtd: et,
            keysize,
            elemoff,
            elemsize,
            slotsize: slotsize.max(1),
            keykind,
            key_update: kt.flags & FLAG_REGULAR_MEMORY == 0,
            slots_noscan: kt.ptrdata == 0 && et.ptrdata == 0,
            zero: core::ptr::null_mut(),
        });
        if hint > 0 && hint <= (1 << 30) {
            (*m).rebuild(cap_for(hint as usize));
        }
    }
    m
}

/// Checks that a key stored in an empty or nil map would be hashable (gc panics then too).
fn check_key(maptd: *const TypeDesc, key: *const u8) {
    // SAFETY: compiled code passes a map descriptor and a key of its key type.
    unsafe {
        let kt = &*(*maptd).key;
        if kt.flags & FLAG_REGULAR_MEMORY == 0 && kt.kind() != Kind::String {
            typehash(kt, key, 0);
        }
    }
}

/// `m[key]`: pointer to the element, or to a zero value when absent.
#[no_mangle]
pub extern "C" fn rgo_mapaccess1(maptd: *const TypeDesc, m: *mut Map, key: *const u8) -> *const u8 {
    rgo_mapaccess2(maptd, m, key).ptr
}

/// `v, ok := m[key]`.
#[no_mangle]
pub extern "C" fn rgo_mapaccess2(maptd: *const TypeDesc, m: *mut Map, key: *const u8) -> PtrOk {
    // SAFETY: a non-null map pointer from compiled code is a live map.
    if m.is_null() || unsafe { (*m).count } == 0 {
        check_key(maptd, key);
        let ptr = if m.is_null() {
            // SAFETY: the descriptor's elem is valid.
            let es = unsafe { (*(*maptd).elem).size } as usize;
            if es <= ZERO_AREA_SIZE {
                ZERO_AREA.0.as_ptr()
            } else {
                alloc(es, core::ptr::null(), true)
            }
        } else {
            // SAFETY: m is a live map.
            unsafe { (*m).zero_value() }
        };
        return PtrOk { ptr, ok: 0 };
    }
    // SAFETY: m is a live map (checked non-null above).
    let m = unsafe { &mut *m };
    match m.find(key, m.hash(key)) {
        // SAFETY: the element lies inside slot i.
        Some(i) => PtrOk {
            ptr: unsafe { m.slot(i).add(m.elemoff) },
            ok: 1,
        },
        None => PtrOk {
            ptr: m.zero_value(),
            ok: 0,
        },
    }
}

/// `m[key] = …`: returns the element slot for `key`, inserting a zero element if absent.
#[no_mangle]
pub extern "C" fn rgo_mapassign(_maptd: *const TypeDesc, m: *mut Map, key: *const u8) -> *mut u8 {
    if m.is_null() {
        crate::panic::panic_plain("assignment to entry in nil map");
    }
    // SAFETY: m is a live map.
    let m = unsafe { &mut *m };
    let hash = m.hash(key);
    if let Some(i) = m.find(key, hash) {
        let s = m.slot(i);
        if m.key_update {
            // SAFETY: key and slot both hold keysize bytes of the key type.
            unsafe {
                crate::gc::barrier::range(s, m.keysize);
                core::ptr::copy(key, s, m.keysize)
            };
        }
        // SAFETY: the element lies inside slot i.
        return unsafe { s.add(m.elemoff) };
    }
    if m.ctrl.is_null() {
        m.rebuild(MIN_CAP);
    } else if m.growth_left == 0 {
        let cap = m.mask + 1;
        let n = m.count as usize + 1;
        m.rebuild(if n <= cap / 8 * 7 / 2 { cap } else { cap * 2 });
    }
    let i = m.find_insert_slot(hash);
    // SAFETY: i <= mask.
    if unsafe { *m.ctrl.add(i) } == EMPTY {
        m.growth_left -= 1;
    }
    m.set_ctrl(i, (hash & 0x7F) as u8);
    let s = m.slot(i);
    // SAFETY: s is a free slot of slotsize bytes; key has keysize bytes.
    unsafe {
        crate::gc::barrier::range(s, m.slotsize);
        crate::mem::fill(s, 0, m.slotsize);
        core::ptr::copy_nonoverlapping(key, s, m.keysize);
    }
    m.count += 1;
    // SAFETY: the element lies inside the slot.
    unsafe { s.add(m.elemoff) }
}

/// `delete(m, key)`.
#[no_mangle]
pub extern "C" fn rgo_mapdelete(maptd: *const TypeDesc, m: *mut Map, key: *const u8) {
    // SAFETY: a non-null map pointer from compiled code is a live map.
    if m.is_null() || unsafe { (*m).count } == 0 {
        check_key(maptd, key);
        return;
    }
    // SAFETY: m is a live map.
    let m = unsafe { &mut *m };
    if let Some(i) = m.find(key, m.hash(key)) {
        m.set_ctrl(i, DELETED);
        // SAFETY: slot i has slotsize bytes.
        unsafe {
            crate::gc::barrier::range(m.slot(i), m.slotsize);
            crate::mem::fill(m.slot(i), 0, m.slotsize)
        };
        m.count -= 1;
        if m.count == 0 {
            // Reset tombstones: iterators on this table see only empty slots either way.
            let cap = m.mask + 1;
            // SAFETY: ctrl has cap + GROUP bytes.
            unsafe { crate::mem::fill(m.ctrl, EMPTY, cap + GROUP) };
            m.growth_left = cap / 8 * 7;
        }
    }
}

/// `clear(m)`.
#[no_mangle]
pub extern "C" fn rgo_mapclear(_maptd: *const TypeDesc, m: *mut Map) {
    if m.is_null() {
        return;
    }
    // SAFETY: m is a live map.
    let m = unsafe { &mut *m };
    if m.ctrl.is_null() {
        return;
    }
    let cap = m.mask + 1;
    // SAFETY: the table has cap + GROUP control bytes and cap slots.
    unsafe {
        crate::gc::barrier::range(m.slots, cap * m.slotsize);
        crate::mem::fill(m.ctrl, EMPTY, cap + GROUP);
        crate::mem::fill(m.slots, 0, cap * m.slotsize);
    }
    m.count = 0;
    m.growth_left = cap / 8 * 7;
}

/// Starts `for k, v := range m`; the first entry (or key = null) is in `*it`.
#[no_mangle]
pub extern "C" fn rgo_mapiterinit(_maptd: *const TypeDesc, m: *mut Map, it: *mut MapIter) {
    // SAFETY: a non-null map pointer from compiled code is a live map.
    let (ctrl, slots, mask) = if m.is_null() || unsafe { (*m).ctrl.is_null() || (*m).count == 0 } {
        (core::ptr::null_mut(), core::ptr::null_mut(), 0)
    } else {
        // SAFETY: m is a live map with a table.
        unsafe { ((*m).ctrl, (*m).slots, (*m).mask) }
    };
    // SAFETY: compiled code reserves MAPITER_SIZE bytes for it.
    unsafe {
        it.write(MapIter {
            key: core::ptr::null(),
            elem: core::ptr::null(),
            m,
            ctrl,
            slots,
            mask,
            start: fastrand() as usize,
            i: 0,
        });
    }
    if !ctrl.is_null() {
        rgo_mapiternext(it);
    }
}

/// Advances the iterator; `it.key` = null at the end.
#[no_mangle]
pub extern "C" fn rgo_mapiternext(it: *mut MapIter) {
    // SAFETY: it was initialised by rgo_mapiterinit.
    let it = unsafe { &mut *it };
    it.key = core::ptr::null();
    it.elem = core::ptr::null();
    if it.ctrl.is_null() {
        return;
    }
    // SAFETY: it.m is the live map being iterated.
    let m = unsafe { &*it.m };
    while it.i <= it.mask {
        let idx = (it.start.wrapping_add(it.i)) & it.mask;
        it.i += 1;
        // SAFETY: idx <= mask of the iterated table.
        if unsafe { *it.ctrl.add(idx) } & 0x80 != 0 {
            continue;
        }
        // SAFETY: idx <= mask: a slot of the iterated table.
        let slot = unsafe { it.slots.add(idx * m.slotsize) };
        if m.ctrl == it.ctrl {
            it.key = slot;
            // SAFETY: the element lies inside the slot.
            it.elem = unsafe { slot.add(m.elemoff) };
            return;
        }
        // The map was rebuilt: report the entry only if it still exists, with its current value.
        if !m.key_eq(slot, slot) {
            // NaN keys cannot be looked up; they can only have been removed by clear.
            if m.count == 0 {
                continue;
            }
            it.key = slot;
            // SAFETY: the element lies inside the old slot.
            it.elem = unsafe { slot.add(m.elemoff) };
            return;
        }
        if let Some(j) = m.find(slot, m.hash(slot)) {
            let s = m.slot(j);
            it.key = s;
            // SAFETY: the element lies inside slot j.
            it.elem = unsafe { s.add(m.elemoff) };
            return;
        }
    }
}

/// `len(m)` (0 for a nil map).
#[no_mangle]
pub extern "C" fn rgo_maplen(m: *const Map) -> i64 {
    if m.is_null() {
        return 0;
    }
    // SAFETY: a non-null map pointer comes from rgo_makemap.
    unsafe { (*m).count }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alg::tests::basic;
    use std::collections::HashMap;
    use std::vec::Vec;

    fn maptd(k: TypeDesc, v: TypeDesc) -> &'static TypeDesc {
        let k = Box::leak(Box::new(k));
        let v = Box::leak(Box::new(v));
        let mut t = basic(Kind::Map, 8);
        t.key = k;
        t.elem = v;
        Box::leak(Box::new(t))
    }

    fn collect(t: &TypeDesc, m: *mut Map) -> Vec<(i64, i64)> {
        let mut it = core::mem::MaybeUninit::<MapIter>::uninit();
        rgo_mapiterinit(t, m, it.as_mut_ptr());
        let mut out = Vec::new();
        // SAFETY: initialised by mapiterinit; key/elem point at i64 values.
        unsafe {
            let it = it.assume_init_mut();
            while !it.key.is_null() {
                out.push((*(it.key as *const i64), *(it.elem as *const i64)));
                rgo_mapiternext(it);
            }
        }
        out
    }

    #[test]
    fn int_map_matches_hashmap() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 0);
        let mut model = HashMap::new();
        let mut x = 12345u64;
        for step in 0..200_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = ((x >> 33) % 5000) as i64 - 2500;
            let kp = &k as *const i64 as *const u8;
            match step % 3 {
                0 | 1 => {
                    let p = rgo_mapassign(t, m, kp) as *mut i64;
                    // SAFETY: p is the element slot.
                    unsafe { *p += step };
                    *model.entry(k).or_insert(0) += step;
                }
                _ => {
                    rgo_mapdelete(t, m, kp);
                    model.remove(&k);
                }
            }
            // SAFETY: m is live.
            assert_eq!(unsafe { (*m).count } as usize, model.len());
        }
        for k in -2600..2600i64 {
            let r = rgo_mapaccess2(t, m, &k as *const i64 as *const u8);
            // SAFETY: ptr points at an i64 element or the zero area.
            let v = unsafe { *(r.ptr as *const i64) };
            match model.get(&k) {
                Some(&want) => assert_eq!((r.ok, v), (1, want)),
                None => assert_eq!((r.ok, v), (0, 0)),
            }
        }
        let mut got = collect(t, m);
        got.sort();
        let mut want: Vec<_> = model.into_iter().collect();
        want.sort();
        assert_eq!(got, want);
        rgo_mapclear(t, m);
        assert!(collect(t, m).is_empty());
        // Nil map reads and deletes are fine.
        let r = rgo_mapaccess2(t, core::ptr::null_mut(), &5i64 as *const i64 as *const u8);
        assert_eq!(r.ok, 0);
        rgo_mapdelete(t, core::ptr::null_mut(), &5i64 as *const i64 as *const u8);
        assert!(collect(t, core::ptr::null_mut()).is_empty());
    }

    #[test]
    fn string_keys() {
        let t = maptd(basic(Kind::String, 16), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 10);
        let keys: Vec<std::string::String> = (0..1000).map(|i| std::format!("key{i}")).collect();
        for (i, k) in keys.iter().enumerate() {
            let gk = GoString {
                ptr: k.as_ptr(),
                len: k.len(),
            };
            // SAFETY: element slot of an int map.
            unsafe {
                *(rgo_mapassign(t, m, &gk as *const GoString as *const u8) as *mut i64) = i as i64
            };
        }
        for (i, k) in keys.iter().enumerate() {
            let copy = k.clone();
            let gk = GoString {
                ptr: copy.as_ptr(),
                len: copy.len(),
            };
            let r = rgo_mapaccess2(t, m, &gk as *const GoString as *const u8);
            // SAFETY: element pointer of an int map.
            assert_eq!((r.ok, unsafe { *(r.ptr as *const i64) }), (1, i as i64));
        }
        let gk = GoString {
            ptr: b"nope".as_ptr(),
            len: 4,
        };
        assert_eq!(
            rgo_mapaccess2(t, m, &gk as *const GoString as *const u8).ok,
            0
        );
        // SAFETY: m is live.
        assert_eq!(unsafe { (*m).count }, 1000);
    }

    #[test]
    fn nan_keys_each_insert() {
        let t = maptd(basic(Kind::Float64, 8), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 0);
        let nan = f64::NAN;
        for _ in 0..3 {
            rgo_mapassign(t, m, &nan as *const f64 as *const u8);
        }
        let (z, nz) = (0.0f64, -0.0f64);
        rgo_mapassign(t, m, &z as *const f64 as *const u8);
        rgo_mapassign(t, m, &nz as *const f64 as *const u8);
        // SAFETY: m is live.
        assert_eq!(unsafe { (*m).count }, 4);
        assert_eq!(rgo_mapaccess2(t, m, &nan as *const f64 as *const u8).ok, 0);
        rgo_mapdelete(t, m, &nan as *const f64 as *const u8);
        // SAFETY: m is live.
        assert_eq!(unsafe { (*m).count }, 4);
        assert_eq!(collect(t, m).len(), 4);
        rgo_mapclear(t, m);
        // SAFETY: m is live.
        assert_eq!(unsafe { (*m).count }, 0);
    }

    #[test]
    fn mutation_during_iteration() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        for round in 0..20 {
            let m = rgo_makemap(t, 0);
            for k in 0..100i64 {
                // SAFETY: element slot of an int map.
                unsafe { *(rgo_mapassign(t, m, &k as *const i64 as *const u8) as *mut i64) = k };
            }
            let mut it = core::mem::MaybeUninit::<MapIter>::uninit();
            rgo_mapiterinit(t, m, it.as_mut_ptr());
            let mut seen = std::collections::HashSet::new();
            let mut deleted = std::collections::HashSet::new();
            // SAFETY: initialised by mapiterinit; keys are i64.
            unsafe {
                let it = it.assume_init_mut();
                let mut n = 0;
                while !it.key.is_null() {
                    let k = *(it.key as *const i64);
                    assert!(!deleted.contains(&k), "deleted key {k} produced");
                    assert!(seen.insert(k), "key {k} produced twice (round {round})");
                    // Delete a not-yet-seen key and insert many new ones (forcing growth).
                    let victim = (k * 7 + 3) % 100;
                    if !seen.contains(&victim) {
                        rgo_mapdelete(t, m, &victim as *const i64 as *const u8);
                        deleted.insert(victim);
                    }
                    if n % 5 == 0 {
                        for j in 0..50 {
                            let nk = 1000 + n * 100 + j;
                            *(rgo_mapassign(t, m, &nk as *const i64 as *const u8) as *mut i64) = nk;
                        }
                    }
                    n += 1;
                    rgo_mapiternext(it);
                }
            }
            for k in 0..100 {
                assert!(seen.contains(&k) || deleted.contains(&k), "key {k} missed");
            }
        }
    }

    #[test]
    fn iteration_order_is_random() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 0);
        for k in 0..20i64 {
            rgo_mapassign(t, m, &k as *const i64 as *const u8);
        }
        let first = collect(t, m);
        assert!((0..50).any(|_| collect(t, m) != first));
    }

    /// Throughput check: `cargo test --release -p rgo-runtime -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn bench_million() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 0);
        let start = std::time::Instant::now();
        for k in 0..1_000_000i64 {
            // SAFETY: element slot of an int map.
            unsafe { *(rgo_mapassign(t, m, &k as *const i64 as *const u8) as *mut i64) = k };
        }
        let mut sum = 0;
        for k in 0..1_000_000i64 {
            // SAFETY: element pointer of an int map.
            sum += unsafe { *(rgo_mapaccess1(t, m, &k as *const i64 as *const u8) as *const i64) };
        }
        for k in (0..1_000_000i64).step_by(2) {
            rgo_mapdelete(t, m, &k as *const i64 as *const u8);
        }
        std::println!(
            "int: 1M insert+lookup+500k delete {:?} (sum {sum})",
            start.elapsed()
        );
        let t = maptd(basic(Kind::String, 16), basic(Kind::Int, 8));
        let m = rgo_makemap(t, 0);
        let keys: Vec<std::string::String> = (0..1_000_000).map(|i| std::format!("k{i}")).collect();
        let start = std::time::Instant::now();
        for k in &keys {
            let gk = GoString {
                ptr: k.as_ptr(),
                len: k.len(),
            };
            rgo_mapassign(t, m, &gk as *const GoString as *const u8);
        }
        for k in &keys {
            let gk = GoString {
                ptr: k.as_ptr(),
                len: k.len(),
            };
            assert_eq!(
                rgo_mapaccess2(t, m, &gk as *const GoString as *const u8).ok,
                1
            );
        }
        std::println!("string: 1M insert+lookup {:?}", start.elapsed());
    }
}
