// Package sync provides basic synchronization primitives: Mutex, RWMutex, WaitGroup,
// Once and Cond. Blocking goes through the runtime's semaphores: the bodyless
// runtime_Sem* functions are implemented in runtime/src/sema.rs (symbols
// "sync.runtime_Semacquire" etc.): Semacquire blocks until *s > 0 and decrements it;
// Semrelease increments it, handing the unit directly to the longest waiter.
package sync

import "sync/atomic"

func runtime_Semacquire(s *uint32)
func runtime_SemacquireMutex(s *uint32)
func runtime_SemacquireRWMutex(s *uint32)
func runtime_Semrelease(s *uint32)

// fatal reports unrecoverable misuse ("fatal error: ..."), like gc's sync.fatal.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// state counts the holder plus the goroutines waiting for the lock; Unlock hands the
// lock straight to the longest waiter (FIFO, no starvation).
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the
// mutex is available.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.state, 1) == 1 {
		return
	}
	runtime_SemacquireMutex(&m.sema)
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, 1)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	n := atomic.AddInt32(&m.state, -1)
	if n == 0 {
		return
	}
	if n < 0 {
		atomic.AddInt32(&m.state, 1)
		fatal("sync: unlock of unlocked mutex")
	}
	runtime_Semrelease(&m.sema)
}

const rwmutexMaxReaders = 1 << 30

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held by an
// arbitrary number of readers or a single writer. The zero value is an unlocked mutex.
// A blocked Lock call excludes new readers from acquiring the lock.
type RWMutex struct {
	w           Mutex  // held by the writer (and by writers waiting for it)
	writerSem   uint32 // the writer waits here for departing readers
	readerSem   uint32 // readers wait here for the writer to finish
	readerCount int32  // pending readers; minus rwmutexMaxReaders while a writer is pending
	readerWait  int32  // readers the pending writer still waits for
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer is pending: wait for it.
		runtime_SemacquireRWMutex(&rw.readerSem)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// A writer is pending: the last departing reader lets it in.
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			runtime_Semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer; r is the number of active readers.
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		runtime_SemacquireRWMutex(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let the readers that arrived meanwhile in.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RLocker returns a Locker interface that implements Lock and Unlock by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}
