/* End-to-end tests of the goroutine runtime with "fake Go" code written in C: C functions
   called through the runtime's closures (closure context in rdi) behave like Go functions
   for everything the scheduler relies on (r15 is only read by compiled Go code; the
   runtime finds the current G through fs). The loop poll below mimics the compiler's
   prologue / back-edge check. Built by run.sh with -DTEST_<name>. */
#include <stdint.h>
#include <stddef.h>

typedef struct TD {
    uint64_t size, ptrdata;
    uint32_t hash;
    uint8_t align, field_align, kind, flags;
    const void *gcdata;
    const char *name; uint64_t namelen;
    const char *pkg; uint64_t pkglen;
    const struct TD *elem, *key;
    uint64_t len;
    const void *fields; uint64_t nfields;
    const void *methods; uint64_t nmethods;
    const void *ptr_to_this;
} TD;

typedef struct G { uintptr_t stack_lo, stack_hi; int64_t id; } G;
typedef struct Closure { void (*fn)(struct Closure *); int64_t a, b; void *p, *q; } Closure;
typedef struct SelectCase { void *chan; void *elem; uint64_t is_send; } SelectCase;
typedef struct SelectResult { int64_t index; _Bool recv_ok; } SelectResult;

extern void rgo_go(Closure *);
extern void *rgo_makechan(const TD *, int64_t);
extern void rgo_chansend(void *, const void *);
extern _Bool rgo_chanrecv(void *, void *);
extern void rgo_chanclose(void *);
extern int64_t rgo_chanlen(void *);
extern SelectResult rgo_select(SelectCase *, int64_t, _Bool);
extern void rgo_block(void);
extern void rgo_sleep(int64_t);
extern int64_t rgo_nanotime(void);
extern void *rgo_timer_new(void *c, Closure *f);
extern _Bool rgo_timer_start(void *t, int64_t when, int64_t period);
extern _Bool rgo_timer_stop(void *t);
extern void rgo_semacquire(uint32_t *);
extern void rgo_semrelease(uint32_t *);
extern void rgo_gosched(void);
extern void rgo_morestack(void);
extern int64_t rgo_write(int64_t fd, const void *p, int64_t n);
extern void *rgo_new(const TD *);
extern int64_t __attribute__((weak)) dummy;

static const TD int_td = {8, 0, 0, 8, 8, 2, 0};
static const TD chan_td = {8, 8, 0, 8, 8, 18, 1, 0, 0, 0, 0, 0, &int_td};
static const TD time_td = {24, 0, 0, 8, 8, 25, 0};
static const TD tchan_td = {8, 8, 0, 8, 8, 18, 1, 0, 0, 0, 0, 0, &time_td};
static const TD clo_td = {48, 48, 0, 8, 8, 25, 0};

static void print(const char *s) { int64_t n = 0; while (s[n]) n++; rgo_write(1, s, n); }
static void printi(int64_t v) {
    char b[24]; int i = 23; b[i] = 0; int neg = v < 0; uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;
    do { b[--i] = '0' + u % 10; u /= 10; } while (u);
    if (neg) b[--i] = '-';
    print(b + i);
}
static Closure *closure(void (*fn)(Closure *), int64_t a, int64_t b, void *p, void *q) {
    Closure *c = rgo_new(&clo_td);
    c->fn = fn; c->a = a; c->b = b; c->p = p; c->q = q;
    return c;
}
static G *curg(void) { G *g; __asm__ volatile("mov %%fs:0, %0" : "=r"(g)); return g; }
/* What the compiler's loop back-edge check does. */
static inline void poll(void) {
    uintptr_t sp; __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    if (sp < curg()->stack_lo) rgo_morestack();
}

static void sender(Closure *c) { int64_t v = c->a; rgo_chansend(c->p, &v); }
static void spawner(Closure *c) {
    for (int64_t i = 1; i <= c->a; i++) rgo_go(closure(sender, i, 0, c->p, 0));
}

#ifdef TEST_fanout
/* 100000 goroutines send on one unbuffered channel (spawned by a goroutine). */
void rgo_program_main(void) {
    const int64_t N = 100000;
    void *ch = rgo_makechan(&chan_td, 0);
    rgo_go(closure(spawner, N, 0, ch, 0));
    int64_t sum = 0, v;
    for (int64_t i = 0; i < N; i++) { rgo_chanrecv(ch, &v); sum += v; }
    print("sum "); printi(sum); print("\n");
    /* buffered, closed by the last worker via a counting semaphore */
    void *bc = rgo_makechan(&chan_td, 64);
    static uint32_t done;
    for (int64_t i = 0; i < 1000; i++) rgo_go(closure(sender, i, 0, bc, 0));
    int64_t s2 = 0, n2 = 0;
    while (n2 < 1000 && rgo_chanrecv(bc, &v)) { s2 += v; n2++; }
    rgo_chanclose(bc);
    _Bool ok = rgo_chanrecv(bc, &v);
    print("buffered "); printi(s2); print(" "); printi(n2); print(" closed-ok "); printi(ok); print(" v "); printi(v); print("\n");
    (void)done;
}
#endif

#ifdef TEST_blocked
/* 100000 goroutines blocked at once on their own channels, fed in reverse. */
static void echo(Closure *c) { int64_t v; rgo_chanrecv(c->p, &v); v = v * 2; rgo_chansend(c->q, &v); }
static void feeder(Closure *c) {
    void **chans = c->p;
    for (int64_t i = c->a - 1; i >= 0; i--) rgo_chansend(chans[i], &i);
}
static const TD ptrs_td = {8, 8, 0, 8, 8, 26, 0};
void rgo_program_main(void) {
    const int64_t N = 100000;
    void *out = rgo_makechan(&chan_td, 256);
    void **chans = rgo_new(&(TD){8 * 100000, 8 * 100000, 0, 8, 8, 17, 0});
    for (int64_t i = 0; i < N; i++) { chans[i] = rgo_makechan(&chan_td, 0); rgo_go(closure(echo, 0, 0, chans[i], out)); }
    rgo_go(closure(feeder, N, 0, chans, 0));
    int64_t sum = 0, v;
    for (int64_t i = 0; i < N; i++) { rgo_chanrecv(out, &v); sum += v; }
    print("sum "); printi(sum); print("\n");
    (void)ptrs_td;
}
#endif

#ifdef TEST_select
static void producer(Closure *c) {
    for (int64_t i = 1; i <= c->a; i++) rgo_chansend(c->p, &i);
    rgo_chanclose(c->p);
}
void rgo_program_main(void) {
    void *a = rgo_makechan(&chan_td, 0), *b = rgo_makechan(&chan_td, 0);
    rgo_go(closure(producer, 5, 0, a, 0));
    rgo_go(closure(producer, 3, 0, b, 0));
    int64_t va = 0, vb = 0, sa = 0, sb = 0;
    SelectCase cs[2];
    while (a || b) {
        cs[0] = (SelectCase){a, &va, 0};
        cs[1] = (SelectCase){b, &vb, 0};
        SelectResult r = rgo_select(cs, 2, 0);
        if (r.index == 0) { if (!r.recv_ok) a = 0; else sa += va; }
        else if (r.index == 1) { if (!r.recv_ok) b = 0; else sb += vb; }
    }
    print("sums "); printi(sa); print(" "); printi(sb); print("\n");
    /* a blocking select whose first case is a nil channel */
    void *c3 = rgo_makechan(&chan_td, 0);
    rgo_go(closure(producer, 1, 0, c3, 0));
    int64_t v3 = 0;
    cs[0] = (SelectCase){0, &v3, 0};
    cs[1] = (SelectCase){c3, &v3, 0};
    SelectResult r3 = rgo_select(cs, 2, 0);
    print("nil-first "); printi(r3.index); print(" "); printi(v3); print("\n");
    /* default with nil and empty channels */
    void *e = rgo_makechan(&chan_td, 1);
    int64_t x = 7;
    cs[0] = (SelectCase){0, &x, 1};
    cs[1] = (SelectCase){e, &x, 0};
    print("default "); printi(rgo_select(cs, 2, 1).index); print("\n");
    cs[1] = (SelectCase){e, &x, 1};
    print("send-ready "); printi(rgo_select(cs, 2, 1).index); print(" len "); printi(rgo_chanlen(e)); print("\n");
    /* timeout via a timer channel */
    void *never = rgo_makechan(&chan_td, 0);
    void *tc = rgo_makechan(&tchan_td, 1);
    void *t = rgo_timer_new(tc, 0);
    int64_t t0 = rgo_nanotime();
    rgo_timer_start(t, t0 + 30000000, 0);
    int64_t tv[3];
    cs[0] = (SelectCase){never, &x, 0};
    cs[1] = (SelectCase){tc, tv, 0};
    SelectResult r = rgo_select(cs, 2, 0);
    int64_t el = rgo_nanotime() - t0;
    print("timeout case "); printi(r.index); print(" ok "); printi(r.recv_ok);
    print(" waited>=30ms "); printi(el >= 30000000); print(" mono-set "); printi(tv[2] >= t0 + 30000000); print("\n");
    /* uniform choice among ready cases */
    void *r1 = rgo_makechan(&chan_td, 1000), *r2 = rgo_makechan(&chan_td, 1000);
    for (int64_t i = 0; i < 1000; i++) { rgo_chansend(r1, &i); rgo_chansend(r2, &i); }
    int64_t hits[2] = {0, 0};
    for (int i = 0; i < 1000; i++) {
        cs[0] = (SelectCase){r1, &x, 0}; cs[1] = (SelectCase){r2, &x, 0};
        hits[rgo_select(cs, 2, 0).index]++;
    }
    print("fair "); printi(hits[0] > 400 && hits[1] > 400); print("\n");
}
#endif

#ifdef TEST_sleep
static void afterfunc(Closure *c) { int64_t v = 99; rgo_chansend(c->p, &v); }
static void ticker_reader(Closure *c) { (void)c; }
void rgo_program_main(void) {
    int64_t t0 = rgo_nanotime();
    rgo_sleep(20000000);
    int64_t el = rgo_nanotime() - t0;
    print("slept>=20ms "); printi(el >= 20000000); print(" <200ms "); printi(el < 200000000); print("\n");
    void *ch = rgo_makechan(&chan_td, 0);
    void *t = rgo_timer_new(0, closure(afterfunc, 0, 0, ch, 0));
    rgo_timer_start(t, rgo_nanotime() + 5000000, 0);
    int64_t v; rgo_chanrecv(ch, &v);
    print("afterfunc "); printi(v); print("\n");
    /* stop before firing */
    void *t2 = rgo_timer_new(0, closure(afterfunc, 0, 0, ch, 0));
    rgo_timer_start(t2, rgo_nanotime() + 5000000, 0);
    print("stopped "); printi(rgo_timer_stop(t2)); print(" again "); printi(rgo_timer_stop(t2)); print("\n");
    /* ticker: 5 ticks of 2ms into a buffered-1 channel */
    void *tc = rgo_makechan(&tchan_td, 1);
    void *tk = rgo_timer_new(tc, 0);
    int64_t s = rgo_nanotime();
    rgo_timer_start(tk, s + 2000000, 2000000);
    int64_t tv[3];
    for (int i = 0; i < 5; i++) rgo_chanrecv(tc, tv);
    rgo_timer_stop(tk);
    print("ticks>=10ms "); printi(rgo_nanotime() - s >= 10000000); print("\n");
    /* many concurrent sleepers */
    void *done = rgo_makechan(&chan_td, 1000);
    for (int64_t i = 0; i < 1000; i++) rgo_go(closure(ticker_reader, 0, 0, 0, 0));
    (void)done;
    rgo_sleep(1000000);
    print("ok\n");
}
#endif

#ifdef TEST_sema
static uint32_t mu = 1, wg = 0;
static int64_t counter;
static void worker(Closure *c) {
    for (int i = 0; i < c->a; i++) {
        rgo_semacquire(&mu);
        int64_t x = counter; if (i % 7 == 0) rgo_gosched(); counter = x + 1;
        rgo_semrelease(&mu);
    }
    rgo_semrelease(&wg);
}
void rgo_program_main(void) {
    for (int i = 0; i < 100; i++) rgo_go(closure(worker, 100, 0, 0, 0));
    for (int i = 0; i < 100; i++) rgo_semacquire(&wg);
    print("counter "); printi(counter); print("\n");
}
#endif

#ifdef TEST_preempt
static volatile int64_t stop_flag;
static void spinner(Closure *c) { (void)c; while (!stop_flag) poll(); }
void rgo_program_main(void) {
    /* GOMAXPROCS=1: the spinners only give the P back through preemption. */
    for (int i = 0; i < 3; i++) rgo_go(closure(spinner, 0, 0, 0, 0));
    rgo_gosched();
    int64_t t0 = rgo_nanotime();
    rgo_sleep(5000000);
    stop_flag = 1;
    print("main ran again after "); printi((rgo_nanotime() - t0) < 1000000000); print("\n");
}
#endif

#ifdef TEST_deadlock
static void blocker(Closure *c) { rgo_semacquire((uint32_t *)c->p); }
void rgo_program_main(void) {
    static uint32_t s;
    rgo_go(closure(blocker, 0, 0, &s, 0));
    void *ch = rgo_makechan(&chan_td, 0);
    int64_t v;
    print("before\n");
    rgo_chanrecv(ch, &v);
    print("not reached\n");
}
#endif

#ifdef TEST_goexitpanic
static void closer(Closure *c) { (void)c; rgo_sleep(1000000); rgo_chanclose(0); }
void rgo_program_main(void) {
    rgo_go(closure(closer, 0, 0, 0, 0));
    rgo_block();
}
#endif

#ifdef TEST_deepgo
/* 100 MB of recursion in a goroutine (beyond the old 64 MB slots). */
static int64_t rec2(int64_t n) {
    volatile char buf[480]; buf[0] = (char)n;
    uintptr_t sp; __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    if (sp < curg()->stack_lo) rgo_morestack();
    return n == 0 ? 0 : rec2(n - 1) + 1 + (buf[0] & 0);
}
static void deep2(Closure *c) { int64_t r = rec2(c->a); rgo_chansend(c->p, &r); }
void rgo_program_main(void) {
    void *ch = rgo_makechan(&chan_td, 0);
    rgo_go(closure(deep2, 200000, 0, ch, 0));
    int64_t v; rgo_chanrecv(ch, &v);
    print("depth "); printi(v); print("\n");
}
#endif

#ifdef TEST_syscall
/* GOMAXPROCS=1: a goroutine blocked in a 300 ms system call must not stop the others
   (sysmon hands its P to another thread). */
extern void rgo_entersyscall(void);
extern void rgo_exitsyscall(void);
static volatile int64_t sys_done;
static void blocking(Closure *c) {
    (void)c;
    struct { int64_t s, ns; } ts = {0, 300000000};
    rgo_entersyscall();
    int64_t r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(35), "D"(&ts), "S"(0) : "rcx", "r11", "memory");
    rgo_exitsyscall();
    sys_done = 1;
}
static void echo2(Closure *c) {
    int64_t v;
    while (rgo_chanrecv(c->p, &v)) rgo_chansend(c->q, &v);
}
void rgo_program_main(void) {
    rgo_go(closure(blocking, 0, 0, 0, 0));
    rgo_gosched(); /* let it enter the system call */
    void *a = rgo_makechan(&chan_td, 0), *b = rgo_makechan(&chan_td, 0);
    rgo_go(closure(echo2, 0, 0, a, b));
    int64_t v = 0;
    for (int i = 0; i < 1000; i++) { rgo_chansend(a, &v); rgo_chanrecv(b, &v); v++; }
    print("ping-pong done while the syscall blocks: "); printi(!sys_done); print("\n");
    while (!sys_done) rgo_sleep(1000000);
    print("syscall returned\n");
}
#endif

#ifdef TEST_overflow
static int64_t rec(int64_t n) {
    volatile char buf[256]; buf[0] = (char)n;
    uintptr_t sp; __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    if (sp < curg()->stack_lo) rgo_morestack();
    return rec(n + 1) + buf[0];
}
static void deep(Closure *c) { (void)c; rec(0); }
void rgo_program_main(void) {
    rgo_go(closure(deep, 0, 0, 0, 0));
    rgo_block();
}
#endif
