//! Go maps: Swiss tables split by extendible hashing, as gc's maps since Go 1.24.
//!
//! A map is a *directory* of `1 << global_depth` table pointers indexed by the top bits
//! of a key's hash; several consecutive entries may share a table (its `local_depth` says
//! how many top bits its keys share). A table is one allocation: a small header, the
//! control bytes (EMPTY, DELETED, or the 7-bit `h2` hash tag of a full slot) probed 8 at
//! a time with SWAR group matching, and the inline key/element slots. A table holds at
//! most [`MAX_TABLE_CAP`] slots at load factor 7/8. A full table is rebuilt into a new
//! one of twice the size (the same size if mostly tombstones); at the largest size it is
//! *split* in two by the next hash bit (doubling the directory when needed). Growth thus
//! copies at most one table at a time, and the tables it frees fit later allocations: a
//! single doubling table left each older one's pages idle (maps peaked at 170 MB, now
//! ~125–130 MB, as gc). Directory entries are tagged with the table's capacity so that a
//! lookup reads the control bytes and slots without the table header.
//!
//! Iteration (`rgo_mapiterinit` / `rgo_mapiternext`) snapshots the directory and walks
//! each of its tables once, from a random directory entry and a random slot. A table that
//! is still current yields its entries in place (deleted ones are skipped). Replaced
//! tables (rebuilt or split: they are never modified again) are walked too, but each of
//! their entries is looked up in the current map, so deleted entries are not produced and
//! updated values are seen; entries inserted during iteration may or may not appear, as
//! the spec allows.

use crate::alg::{hash64, memhash, typeequal, typehash};
use crate::heap::alloc;
use crate::typedesc::{GoString, Kind, TypeDesc, FLAG_REGULAR_MEMORY};

const GROUP: usize = 8;
const EMPTY: u8 = 0xFF;
const DELETED: u8 = 0x80;
const MIN_CAP: usize = 8;
/// The largest table: a full one is split rather than grown. Large enough that the
/// directory of a big map stays small (64 entries for 2M entries: cached, cheap to
/// index), small enough that growth copies and frees pieces of at most ~0.5 MB instead of
/// doubling one table (freed tables were never big enough for the next one: maps ended
/// with a third of its heap idle). Unit tests use small tables to split often.
#[cfg(not(test))]
const MAX_TABLE_CAP: usize = 32768;
#[cfg(test)]
const MAX_TABLE_CAP: usize = 64;
// Directory entries carry log2 of a table's capacity in 4 bits.
const _: () = assert!(MAX_TABLE_CAP.trailing_zeros() < 16);
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
    /// `1 << global_depth` table entries (all null while the map has no table): table
    /// pointers tagged with log2 of their capacity in the low 4 bits (tables are 16-byte
    /// aligned), so that a lookup finds the control bytes and slots without reading the
    /// table header (a cache miss). Points at `dir0` while the directory has one entry.
    dir: *mut *mut Table,
    global_depth: u32,
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
    /// Slots contain no pointers: tables are allocated noscan.
    slots_noscan: bool,
    /// A zeroed element for misses when the element is larger than the shared zero area.
    zero: *mut u8,
    /// The directory while it has a single entry (saves an allocation per small map).
    dir0: *mut Table,
}

/// A table header; the control bytes follow it at [`CTRL_OFFSET`], the slots at
/// [`slots_offset`] of its capacity. No pointers: a table is scanned (conservatively) only for its slots.
#[repr(C)]
struct Table {
    /// Capacity - 1.
    mask: usize,
    /// EMPTY slots that may still be filled before the table must grow.
    growth_left: usize,
    /// Full slots.
    used: usize,
    /// The number of top hash bits all keys of this table share.
    local_depth: u32,
    /// Rebuilt or split: never modified again (iterators still walk it).
    replaced: bool,
}

const CTRL_OFFSET: usize = 64;
const _: () = assert!(core::mem::size_of::<Table>() <= CTRL_OFFSET);

/// Where a table's slots begin.
#[inline(always)]
const fn slots_offset(cap: usize) -> usize {
    round_up(CTRL_OFFSET + cap + GROUP, 8)
}

/// A directory entry for table `t`.
fn tag(t: *mut Table) -> *mut Table {
    // SAFETY: t is a live table.
    let cap = unsafe { (*t).mask } + 1;
    // Heap objects of the smallest table's size (96 bytes) or more are 16-byte aligned
    // (their size classes are multiples of 16, spans start on pages).
    assert!(t as usize & 15 == 0, "map table not 16-byte aligned");
    (t as usize | cap.trailing_zeros() as usize) as *mut Table
}

/// The table of a directory entry.
#[inline(always)]
fn untag(e: *mut Table) -> *mut Table {
    (e as usize & !15) as *mut Table
}

/// Iterator state; compiled code reserves [`MAPITER_SIZE`] bytes and reads `key`/`elem`.
#[repr(C)]
pub struct MapIter {
    /// Current key (null: iteration finished).
    pub key: *const u8,
    /// Current element.
    pub elem: *const u8,
    m: *mut Map,
    /// The directory when iteration started: a copy when it had several entries (kept
    /// alive by this pointer), else the single table in `dir0`.
    dir: *mut *mut Table,
    dir0: *mut Table,
    dir_len: usize,
    dir_start: usize,
    /// Directory entries visited so far.
    d: usize,
    /// The table being walked (null: move to the next directory entry).
    t: *mut Table,
    slot_start: usize,
    /// Slots of `t` visited so far.
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

const fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// Table capacity for `n` entries at load factor 7/8 (at most [`MAX_TABLE_CAP`]).
fn cap_for(n: usize) -> usize {
    let mut cap = MIN_CAP;
    while cap / 8 * 7 < n && cap < MAX_TABLE_CAP {
        cap *= 2;
    }
    cap
}

/// Overwrites the pointer at `dst`, shading its old value first (the write barrier of the
/// map's own pointer fields: directory entries, the directory pointer).
///
/// # Safety
/// `dst` is a valid pointer-sized field of Go memory or of a map header.
unsafe fn set_ptr<T>(dst: *mut *mut T, v: *mut T) {
    // SAFETY: per the contract.
    unsafe {
        crate::gc::barrier::range(dst as *const u8, 8);
        *dst = v;
    }
}

impl Table {
    #[inline(always)]
    fn ctrl(&self) -> *mut u8 {
        // SAFETY: the control bytes follow the header in the table's allocation.
        unsafe { (self as *const Table as *mut u8).add(CTRL_OFFSET) }
    }

    #[inline(always)]
    fn slot(&self, i: usize, slotsize: usize) -> *mut u8 {
        // SAFETY: i <= mask, so the slot lies in the table's slot array.
        unsafe { (self as *const Table as *mut u8).add(slots_offset(self.mask + 1) + i * slotsize) }
    }

    #[inline(always)]
    fn group(&self, pos: usize) -> u64 {
        // SAFETY: ctrl has cap + GROUP bytes and pos <= mask.
        unsafe { core::ptr::read_unaligned(self.ctrl().add(pos) as *const u64) }
    }

    #[inline(always)]
    fn ctrl_at(&self, i: usize) -> u8 {
        // SAFETY: i <= mask.
        unsafe { *self.ctrl().add(i) }
    }

    #[inline(always)]
    fn set_ctrl(&mut self, i: usize, v: u8) {
        let ctrl = self.ctrl();
        // SAFETY: i <= mask; the mirror index is in cap..cap+GROUP or is i itself.
        unsafe {
            *ctrl.add(i) = v;
            *ctrl.add((i.wrapping_sub(GROUP) & self.mask) + GROUP) = v;
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

    /// Marks every slot empty (the slots' contents are the caller's business).
    fn reset_ctrl(&mut self) {
        let cap = self.mask + 1;
        // SAFETY: ctrl has cap + GROUP bytes.
        unsafe { crate::mem::fill(self.ctrl(), EMPTY, cap + GROUP) };
        self.growth_left = cap / 8 * 7 - self.used;
    }
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

    /// The directory index of `hash`.
    #[inline(always)]
    fn dir_index(&self, hash: u64) -> usize {
        if self.global_depth == 0 {
            0
        } else {
            (hash >> (64 - self.global_depth)) as usize
        }
    }

    /// The table for `hash` (null while the map has none).
    #[inline(always)]
    fn table_for(&self, hash: u64) -> *mut Table {
        // SAFETY: the directory has 1 << global_depth entries.
        untag(unsafe { *self.dir.add(self.dir_index(hash)) })
    }

    /// The table and the address of the slot holding `key`, if any. Reads only the
    /// directory entry, control bytes and slots (not the table header).
    #[inline(always)]
    fn find(&self, key: *const u8, hash: u64) -> Option<(*mut Table, usize, *mut u8)> {
        // SAFETY: the directory has 1 << global_depth entries.
        let e = unsafe { *self.dir.add(self.dir_index(hash)) } as usize;
        if e == 0 {
            return None;
        }
        let base = (e & !15) as *mut u8;
        let cap = 1usize << (e & 15);
        let mask = cap - 1;
        // SAFETY: a table has CTRL_OFFSET header bytes, cap + GROUP control bytes, then
        // cap slots at slots_offset(cap).
        let (ctrl, slots) = unsafe { (base.add(CTRL_OFFSET), base.add(slots_offset(cap))) };
        let h2 = (hash & 0x7F) as u8;
        let mut pos = (hash >> 7) as usize & mask;
        let mut stride = 0;
        loop {
            // SAFETY: pos <= mask: the group lies in the control bytes.
            let g = unsafe { core::ptr::read_unaligned(ctrl.add(pos) as *const u64) };
            let mut m = match_byte(g, h2);
            while m != 0 {
                let i = (pos + (m.trailing_zeros() / 8) as usize) & mask;
                // SAFETY: i <= mask.
                let slot = unsafe { slots.add(i * self.slotsize) };
                // SAFETY: i <= mask.
                if unsafe { *ctrl.add(i) } == h2 && self.key_eq(slot, key) {
                    return Some((base as *mut Table, i, slot));
                }
                m &= m - 1;
            }
            if match_empty(g) != 0 {
                return None;
            }
            stride += GROUP;
            pos = (pos + stride) & mask;
        }
    }

    /// A new empty table of `cap` slots whose keys share `local_depth` top hash bits.
    fn new_table(&self, cap: usize, local_depth: u32) -> *mut Table {
        let p = alloc(
            slots_offset(cap) + cap * self.slotsize,
            core::ptr::null(),
            self.slots_noscan,
        );
        let t = p as *mut Table;
        // SAFETY: p is a fresh, zeroed allocation large enough for the table.
        unsafe {
            t.write(Table {
                mask: cap - 1,
                growth_left: 0,
                used: 0,
                local_depth,
                replaced: false,
            });
            (*t).reset_ctrl();
        }
        t
    }

    /// Copies every entry of `from` into whichever of `to` its hash selects (`pick`),
    /// for a table being replaced. The new tables are fresh: no barrier needed.
    fn move_entries(&self, from: &Table, mut pick: impl FnMut(u64) -> *mut Table) {
        for i in 0..=from.mask {
            if from.ctrl_at(i) & 0x80 != 0 {
                continue;
            }
            let src = from.slot(i, self.slotsize);
            let hash = self.hash(src);
            // SAFETY: pick returns one of the caller's fresh tables.
            let t = unsafe { &mut *pick(hash) };
            let j = t.find_insert_slot(hash);
            t.set_ctrl(j, (hash & 0x7F) as u8);
            t.used += 1;
            t.growth_left -= 1;
            // SAFETY: both slots have slotsize bytes.
            unsafe { core::ptr::copy_nonoverlapping(src, t.slot(j, self.slotsize), self.slotsize) };
        }
    }

    /// Points the directory entries of table `old` (found through `hash`, one of its
    /// keys' hashes) at `new`; `first_half`/`second_half` split the run (a split), or
    /// both are the same table (a rebuild).
    fn redirect(
        &mut self,
        old: &Table,
        hash: u64,
        first_half: *mut Table,
        second_half: *mut Table,
    ) {
        let span = 1usize << (self.global_depth - old.local_depth);
        let start = self.dir_index(hash) & !(span - 1);
        for k in 0..span {
            let t = if k < span / 2 {
                first_half
            } else {
                second_half
            };
            // SAFETY: start + k < 1 << global_depth; entries are table-pointer fields.
            unsafe { set_ptr(self.dir.add(start + k), tag(t)) };
        }
    }

    /// Replaces the full table `tp` (the one `hash` selects): rebuilt at `cap` slots, or
    /// split in two when it is at the largest size and mostly full.
    fn grow(&mut self, tp: *mut Table, hash: u64) {
        // SAFETY: tp is a live current table.
        let old = unsafe { &mut *tp };
        let cap = old.mask + 1;
        let mostly_tombstones = old.used < cap / 8 * 7 / 2;
        if mostly_tombstones || cap < MAX_TABLE_CAP {
            let new_cap = if mostly_tombstones { cap } else { cap * 2 };
            let nt = self.new_table(new_cap, old.local_depth);
            self.move_entries(old, |_| nt);
            old.replaced = true;
            self.redirect(old, hash, nt, nt);
            return;
        }
        if old.local_depth == self.global_depth {
            self.double_directory();
        }
        let depth = old.local_depth + 1;
        let (lo, hi) = (self.new_table(cap, depth), self.new_table(cap, depth));
        let bit = 64 - depth;
        self.move_entries(old, |h| if (h >> bit) & 1 == 0 { lo } else { hi });
        old.replaced = true;
        self.redirect(old, hash, lo, hi);
    }

    /// Doubles the directory: entry i becomes entries 2i and 2i+1.
    fn double_directory(&mut self) {
        let n = 1usize << self.global_depth;
        let nd = alloc(2 * n * 8, core::ptr::null(), false) as *mut *mut Table;
        // SAFETY: the old directory has n entries, the new one 2n (fresh, black while
        // marking: the old one is shaded below, so the tables it holds get marked).
        unsafe {
            for i in 0..n {
                let t = *self.dir.add(i);
                *nd.add(2 * i) = t;
                *nd.add(2 * i + 1) = t;
            }
            set_ptr(&mut self.dir, nd);
            set_ptr(&mut self.dir0, core::ptr::null_mut());
        }
        self.global_depth += 1;
    }

    /// Gives the map its first tables, sized for `hint` entries.
    fn init_tables(&mut self, hint: usize) {
        let per_table = MAX_TABLE_CAP / 8 * 7;
        if hint <= per_table {
            let t = self.new_table(cap_for(hint), 0);
            // SAFETY: dir points at dir0 while the directory has one entry.
            unsafe { set_ptr(self.dir, tag(t)) };
            return;
        }
        let mut depth = 0;
        while (per_table << depth) < hint {
            depth += 1;
        }
        let n = 1usize << depth;
        let nd = alloc(n * 8, core::ptr::null(), false) as *mut *mut Table;
        for i in 0..n {
            let t = self.new_table(MAX_TABLE_CAP, depth);
            // SAFETY: nd has n entries and is fresh.
            unsafe { *nd.add(i) = tag(t) };
        }
        // SAFETY: header pointer fields.
        unsafe {
            set_ptr(&mut self.dir, nd);
            set_ptr(&mut self.dir0, core::ptr::null_mut());
        }
        self.global_depth = depth;
    }

    /// Calls `f` on every current table once.
    fn for_each_table(&self, mut f: impl FnMut(&mut Table)) {
        let n = 1usize << self.global_depth;
        let mut k = 0;
        while k < n {
            // SAFETY: k < n entries.
            let tp = untag(unsafe { *self.dir.add(k) });
            if tp.is_null() {
                return;
            }
            // SAFETY: directory entries are live tables.
            let t = unsafe { &mut *tp };
            k += 1 << (self.global_depth - t.local_depth);
            f(t);
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
            dir: core::ptr::null_mut(),
            global_depth: 0,
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
            dir0: core::ptr::null_mut(),
        });
        (*m).dir = &mut (*m).dir0;
        if hint > 0 && hint <= (1 << 30) {
            (*m).init_tables(hint as usize);
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
        // SAFETY: the element lies inside the slot.
        Some((_, _, s)) => PtrOk {
            ptr: unsafe { s.add(m.elemoff) },
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
    if let Some((_, _, s)) = m.find(key, hash) {
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
    let mut tp = m.table_for(hash);
    if tp.is_null() {
        m.init_tables(0);
        tp = m.table_for(hash);
    }
    // SAFETY: directory entries are live tables.
    while unsafe { (*tp).growth_left } == 0 {
        m.grow(tp, hash);
        tp = m.table_for(hash);
    }
    // SAFETY: as above.
    let t = unsafe { &mut *tp };
    let i = t.find_insert_slot(hash);
    if t.ctrl_at(i) == EMPTY {
        t.growth_left -= 1;
    }
    t.set_ctrl(i, (hash & 0x7F) as u8);
    t.used += 1;
    let s = t.slot(i, m.slotsize);
    // SAFETY: s is a free slot of slotsize bytes, all zero (fresh tables are zeroed;
    // deletes and clear zero the slots they free): no old pointer to shade, no element
    // to clear. key has keysize bytes.
    unsafe { core::ptr::copy_nonoverlapping(key, s, m.keysize) };
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
    if let Some((tp, i, s)) = m.find(key, m.hash(key)) {
        // SAFETY: tp is a live current table; s is its slot i.
        let t = unsafe { &mut *tp };
        t.set_ctrl(i, DELETED);
        // SAFETY: slot i has slotsize bytes.
        unsafe {
            crate::gc::barrier::range(s, m.slotsize);
            crate::mem::fill(s, 0, m.slotsize)
        };
        t.used -= 1;
        m.count -= 1;
        if t.used == 0 {
            // Reset tombstones: iterators on this table see only empty slots either way.
            t.reset_ctrl();
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
    let slotsize = m.slotsize;
    m.for_each_table(|t| {
        let cap = t.mask + 1;
        let slots = t.slot(0, slotsize);
        // SAFETY: the table has cap slots.
        unsafe {
            crate::gc::barrier::range(slots, cap * slotsize);
            crate::mem::fill(slots, 0, cap * slotsize);
        }
        t.used = 0;
        t.reset_ctrl();
    });
    m.count = 0;
}

/// Starts `for k, v := range m`; the first entry (or key = null) is in `*it`.
#[no_mangle]
pub extern "C" fn rgo_mapiterinit(_maptd: *const TypeDesc, m: *mut Map, it: *mut MapIter) {
    let r = fastrand();
    let mut state = MapIter {
        key: core::ptr::null(),
        elem: core::ptr::null(),
        m,
        dir: core::ptr::null_mut(),
        dir0: core::ptr::null_mut(),
        dir_len: 0,
        dir_start: 0,
        d: 0,
        t: core::ptr::null_mut(),
        slot_start: (r >> 32) as usize,
        i: 0,
    };
    // SAFETY: a non-null map pointer from compiled code is a live map.
    if !m.is_null() && unsafe { (*m).count } != 0 {
        // SAFETY: as above.
        let m = unsafe { &*m };
        let n = 1usize << m.global_depth;
        if n == 1 {
            state.dir0 = m.dir0;
        } else {
            let copy = alloc(n * 8, core::ptr::null(), false) as *mut *mut Table;
            // SAFETY: both directories have n entries; the copy is fresh.
            unsafe { core::ptr::copy_nonoverlapping(m.dir, copy, n) };
            state.dir = copy;
        }
        state.dir_len = n;
        state.dir_start = r as usize & (n - 1);
    }
    // SAFETY: compiled code reserves MAPITER_SIZE bytes for it.
    unsafe { it.write(state) };
    rgo_mapiternext(it);
}

/// Advances the iterator; `it.key` = null at the end.
#[no_mangle]
pub extern "C" fn rgo_mapiternext(it: *mut MapIter) {
    // SAFETY: it was initialised by rgo_mapiterinit.
    let it = unsafe { &mut *it };
    it.key = core::ptr::null();
    it.elem = core::ptr::null();
    while it.d < it.dir_len || !it.t.is_null() {
        if it.t.is_null() {
            let k = (it.dir_start + it.d) & (it.dir_len - 1);
            it.d += 1;
            let tp = untag(if it.dir_len == 1 {
                it.dir0
            } else {
                // SAFETY: the snapshot has dir_len entries.
                unsafe { *it.dir.add(k) }
            });
            // SAFETY: snapshot entries are tables (kept alive by the snapshot).
            let depth = unsafe { (*tp).local_depth };
            let span = it.dir_len >> depth;
            // A table covers `span` aligned entries: walk it at the first of them.
            if k & (span - 1) != 0 {
                continue;
            }
            it.t = tp;
            it.i = 0;
        }
        // SAFETY: it.t is a table of the snapshot.
        let t = unsafe { &*it.t };
        // SAFETY: it.m is the live map being iterated.
        let m = unsafe { &*it.m };
        while it.i <= t.mask {
            let idx = it.slot_start.wrapping_add(it.i) & t.mask;
            it.i += 1;
            if t.ctrl_at(idx) & 0x80 != 0 {
                continue;
            }
            let slot = t.slot(idx, m.slotsize);
            if !t.replaced {
                it.key = slot;
                // SAFETY: the element lies inside the slot.
                it.elem = unsafe { slot.add(m.elemoff) };
                return;
            }
            // The table was replaced: report the entry only if it still exists, with its
            // current value.
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
            if let Some((_, _, s)) = m.find(slot, m.hash(slot)) {
                it.key = s;
                // SAFETY: the element lies inside the slot.
                it.elem = unsafe { s.add(m.elemoff) };
                return;
            }
        }
        it.t = core::ptr::null_mut();
    }
    // Done: drop the references, so that the iterator's dead stack slot does not keep
    // the map alive (stacks are scanned conservatively, and a later call's frame may
    // not overwrite this slot before a collection).
    it.m = core::ptr::null_mut();
    it.dir = core::ptr::null_mut();
    it.dir0 = core::ptr::null_mut();
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

    /// Iteration produces exactly the model's entries; after clear, none.
    fn assert_iterates_as(t: &TypeDesc, m: *mut Map, model: HashMap<i64, i64>) {
        let mut got = collect(t, m);
        got.sort();
        let mut want: Vec<_> = model.into_iter().collect();
        want.sort();
        assert_eq!(got, want);
        rgo_mapclear(t, m);
        assert!(collect(t, m).is_empty());
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
        assert_iterates_as(t, m, model);
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

    /// An int→int map holding k→k for k in 0..n.
    fn identity_map(t: &TypeDesc, n: i64) -> *mut Map {
        let m = rgo_makemap(t, 0);
        for k in 0..n {
            // SAFETY: element slot of an int map.
            unsafe { *(rgo_mapassign(t, m, &k as *const i64 as *const u8) as *mut i64) = k };
        }
        m
    }

    #[test]
    fn mutation_during_iteration() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        for round in 0..20 {
            let m = identity_map(t, 100);
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

    /// Inserts, deletes and lookups on a map large enough to split tables and double
    /// its directory many times, checked against a model after every phase.
    #[test]
    fn split_tables_match_hashmap() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        for hint in [0i64, 50_000] {
            let m = rgo_makemap(t, hint);
            let mut model = HashMap::new();
            let set = |k: i64, v: i64| {
                // SAFETY: element slot of an int map.
                unsafe { *(rgo_mapassign(t, m, &k as *const i64 as *const u8) as *mut i64) = v };
            };
            for k in 0..100_000i64 {
                let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64);
                set(key, k);
                model.insert(key, k);
            }
            for (i, k) in model.clone().keys().enumerate() {
                if i % 3 == 0 {
                    rgo_mapdelete(t, m, k as *const i64 as *const u8);
                    model.remove(k);
                }
            }
            for k in 0..20_000i64 {
                set(-k - 1, k);
                model.insert(-k - 1, k);
            }
            // SAFETY: m is live.
            assert_eq!(unsafe { (*m).count } as usize, model.len());
            // SAFETY: m is live.
            assert!(
                unsafe { (*m).global_depth } >= 7,
                "the map split its tables"
            );
            for (k, v) in &model {
                let r = rgo_mapaccess2(t, m, k as *const i64 as *const u8);
                // SAFETY: ptr points at an i64 element.
                assert_eq!((r.ok, unsafe { *(r.ptr as *const i64) }), (1, *v));
            }
            assert_iterates_as(t, m, model);
            set(7, 8);
            assert_eq!(collect(t, m), [(7, 8)]);
        }
    }

    /// Iteration over a large map while it splits, deletes and updates: every entry
    /// present throughout is produced once, with its latest value; deleted ones never.
    #[test]
    fn iteration_across_splits() {
        let t = maptd(basic(Kind::Int, 8), basic(Kind::Int, 8));
        let n = 5000i64;
        let m = identity_map(t, n);
        let mut it = core::mem::MaybeUninit::<MapIter>::uninit();
        rgo_mapiterinit(t, m, it.as_mut_ptr());
        let mut seen = std::collections::HashSet::new();
        let mut deleted = std::collections::HashSet::new();
        let mut next_new = 1_000_000i64;
        // SAFETY: initialised by mapiterinit; keys and elements are i64.
        unsafe {
            let it = it.assume_init_mut();
            while !it.key.is_null() {
                let k = *(it.key as *const i64);
                let v = *(it.elem as *const i64);
                if k < n {
                    assert!(!deleted.contains(&k), "deleted key {k} produced");
                    assert!(seen.insert(k), "key {k} produced twice");
                    // Not-yet-seen keys were updated to -k below before being produced.
                    assert!(v == k || v == -k, "key {k} has value {v}");
                    let victim = (k * 7919 + 13) % n;
                    if !seen.contains(&victim) && !deleted.contains(&victim) {
                        if victim % 2 == 0 {
                            rgo_mapdelete(t, m, &victim as *const i64 as *const u8);
                            deleted.insert(victim);
                        } else {
                            *(rgo_mapassign(t, m, &victim as *const i64 as *const u8)
                                as *mut i64) = -victim;
                        }
                    }
                }
                for _ in 0..20 {
                    let nk = next_new;
                    next_new += 1;
                    *(rgo_mapassign(t, m, &nk as *const i64 as *const u8) as *mut i64) = nk;
                }
                rgo_mapiternext(it);
            }
        }
        for k in 0..n {
            assert!(seen.contains(&k) || deleted.contains(&k), "key {k} missed");
        }
        // SAFETY: m is live.
        assert!(
            unsafe { (*m).global_depth } >= 5,
            "the map split during iteration"
        );
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
