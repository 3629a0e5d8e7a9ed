package time

import "sync"

// This file owns Location: UTC, Local (from the TZ environment variable), FixedZone and
// the lookup of the zone in effect at an instant. Loading zoneinfo files and TZ rule
// strings is in tzfile.go.

// A Location maps time instants to the zone in use at that time. Typically it
// represents the collection of time offsets in use in a geographical area.
type Location struct {
	name string
	zone []zone
	// tx are the transitions, in increasing time order; before the first one the zone
	// chosen by firstZone applies.
	tx []zoneTrans
	// extend is the TZ rule string from a TZif v2+ footer: it describes the zones after
	// the last transition.
	extend string
}

// A zone is one time zone in use at some point in a Location, such as CEST.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is a transition: from when (Unix seconds) on, zone[index] applies.
type zoneTrans struct {
	when  int64
	index uint8
}

// alpha and omega are the lowest and highest instants, as Unix seconds: zone bounds
// meaning "since the beginning of time" and "forever".
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// localLoc is loaded on first use (get), from the TZ environment variable as it is
// then (so os.Setenv("TZ", ...) before the first use of local time takes effect).
var localLoc Location
var localOnce sync.Once

// Local represents the system's local time zone. On Unix systems, Local consults the TZ
// environment variable to find the time zone to use. No TZ means use the system default
// /etc/localtime. TZ="" means use UTC. TZ="foo" means use file foo in the system
// timezone directory.
var Local *Location = &localLoc

// get returns l, loading Local on its first use; a nil *Location is UTC.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to the
// name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// zoneSources are the directories searched for zoneinfo files.
var zoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo/",
}

// initLocal loads localLoc from TZ: unset means /etc/localtime (named "Local"), empty
// or "UTC" means UTC, a leading ':' is ignored, an absolute path names a zoneinfo file
// (and the location), anything else a zone in the system directories. A zone that
// cannot be loaded means UTC.
func initLocal() {
	tz, ok := runtime_getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, zoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// Unnamed fixed zones of whole hours are shared, so that Times in them compare equal
// with == when their offsets do (as in gc).
const (
	sharedFixedMinHour = -12
	sharedFixedMaxHour = 14
)

var sharedFixed [sharedFixedMaxHour - sharedFixedMinHour + 1]*Location
var sharedFixedOnce sync.Once

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	hour := offset / 3600
	if name == "" && sharedFixedMinHour <= hour && hour <= sharedFixedMaxHour && hour*3600 == offset {
		sharedFixedOnce.Do(func() {
			for h := sharedFixedMinHour; h <= sharedFixedMaxHour; h++ {
				sharedFixed[h-sharedFixedMinHour] = fixedZone("", h*3600)
			}
		})
		return sharedFixed[hour-sharedFixedMinHour]
	}
	return fixedZone(name, offset)
}

func fixedZone(name string, offset int) *Location {
	return &Location{
		name: name,
		zone: []zone{{name: name, offset: offset}},
		tx:   []zoneTrans{{when: alpha, index: 0}},
	}
}

// lookup returns the zone in effect at the instant sec (Unix seconds): its name, offset
// and DST flag, and the bounds [start, end) of the period it is known to apply to.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// The last transition at or before sec: l.tx[lo].when <= sec < l.tx[hi].when.
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[l.tx[lo].index]
	start = l.tx[lo].when
	end = omega
	if hi < len(l.tx) {
		end = l.tx[hi].when
	}
	if hi == len(l.tx) && l.extend != "" {
		if n, o, s, e, dst, ok := tzset(l.extend, start, sec); ok {
			return n, o, s, e, dst
		}
	}
	return z.name, z.offset, start, end, z.isDST
}

// firstZone returns the index of the zone in effect before the first transition: zone 0
// if no transition uses it (as zic writes files); otherwise, when the first transition
// goes to a DST zone, the last standard zone listed before that one; else the first
// standard zone; else zone 0.
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// lookupName returns the offset of the zone called name in l, preferring one that is
// in effect at the wall clock time unix (Unix seconds read as local time): in Sydney
// both standard and daylight time have been called "EST".
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			if n, off, _, _, _ := l.lookup(unix - int64(z.offset)); n == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}
