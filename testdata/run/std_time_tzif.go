package main

// Locations from handmade TZif data (LoadLocationFromTZData): versions 1 to 3, the
// footer TZ rule after the last transition, the zone before the first transition,
// and malformed files.

import (
	"fmt"
	"time"
)

type ttype struct {
	off   int32
	dst   bool
	abbrI byte
}

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// tzif builds a TZif file of version 0 (v1), '2', '3' or '4'; for v2+ the v1 block is
// empty (as zic -b slim writes) when slim.
func tzif(version byte, tx []int64, idx []byte, types []ttype, abbrev string, footer string, slim bool) []byte {
	block := func(b []byte, wide bool, empty bool) []byte {
		b = append(b, "TZif"...)
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		if empty {
			for _, n := range []uint32{0, 0, 0, 0, 1, 1} {
				b = be32(b, n)
			}
			return append(b, 0, 0, 0, 0, 0, 0, 0)
		}
		for _, n := range []int{0, 0, 0, len(tx), len(types), len(abbrev)} {
			b = be32(b, uint32(n))
		}
		for _, t := range tx {
			if wide {
				b = be32(b, uint32(uint64(t)>>32))
			}
			b = be32(b, uint32(t))
		}
		b = append(b, idx...)
		for _, t := range types {
			b = be32(b, uint32(t.off))
			d := byte(0)
			if t.dst {
				d = 1
			}
			b = append(b, d, t.abbrI)
		}
		return append(b, abbrev...)
	}
	if version == 0 {
		return block(nil, false, false)
	}
	b := block(nil, false, slim)
	b = block(b, true, false)
	return append(b, "\n"+footer+"\n"...)
}

func show(l *time.Location, err error, ts ...time.Time) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, t := range ts {
		t = t.In(l)
		s, e := t.ZoneBounds()
		fmt.Println(t, t.IsDST(), "|", s, "|", e)
	}
}

func main() {
	types := []ttype{{3600, false, 0}, {7200, true, 4}, {-3000, false, 9}}
	abbrev := "XST\x00XDST\x00LMT\x00"
	tx := []int64{-1000000000, 0, 1000000000, 1100000000}
	idx := []byte{1, 0, 1, 0}
	probe := []time.Time{time.Unix(-2000000000, 0), time.Unix(5, 0), time.Unix(1050000000, 0), time.Unix(2000000000, 0), time.Unix(2200000000, 0)}
	for _, v := range []byte{0, '2', '3', '4'} {
		for _, f := range []string{"", "XST-1XDST,M3.5.0,M10.5.0/3", "<+01>-1", "AEST-10AEDT,M10.1.0,M4.1.0/3", "XST-1XDST", "XST-1XDST-3,J60/1:30,300/-1", "XST-1XDST,M3.5.0", "BAD"} {
			if v == 0 && f != "" || v == '4' && f != "" {
				continue
			}
			fmt.Printf("version %q footer %q\n", v, f)
			l, err := time.LoadLocationFromTZData("Test/Zone", tzif(v, tx, idx, types, abbrev, f, false))
			show(l, err, probe...)
			if err == nil {
				fmt.Println(l, l == l)
			}
		}
	}
	fmt.Println("no transitions: the rule applies at all times")
	l, err := time.LoadLocationFromTZData("NoTx", tzif('2', nil, nil, types[:1], "XST\x00", "XST-1XDST,M3.5.0,M10.5.0/3", false))
	show(l, err, time.Unix(-1e9, 0), time.Unix(-1e9+86400*100, 0), time.Unix(1e9, 0))
	fmt.Println("before the first transition")
	l, err = time.LoadLocationFromTZData("First", tzif('2', []int64{0, 100000}, []byte{1, 0}, types, abbrev, "", false))
	show(l, err, time.Unix(-10, 0))
	l, err = time.LoadLocationFromTZData("First2", tzif('2', []int64{0, 100000}, []byte{1, 2}, []ttype{{7200, true, 4}, {7200, true, 4}, {0, false, 9}}, abbrev, "", false))
	show(l, err, time.Unix(-10, 0))
	l, err = time.LoadLocationFromTZData("First3", tzif('2', []int64{0, 100000}, []byte{2, 0}, []ttype{{7200, true, 4}, {3600, false, 0}, {0, true, 9}}, abbrev, "", false))
	show(l, err, time.Unix(-10, 0))
	fmt.Println("slim")
	l, err = time.LoadLocationFromTZData("Slim", tzif('2', tx, idx, types, abbrev, "XST-1", true))
	show(l, err, time.Unix(5, 0), time.Unix(2e9, 0))
	fmt.Println("malformed")
	good := tzif('2', tx, idx, types, abbrev, "XST-1", false)
	for _, bad := range [][]byte{nil, []byte("TZif"), []byte("TZxf2"), good[:60], good[:len(good)-10],
		tzif('2', tx, []byte{1, 0, 1, 7}, types, abbrev, "", false),
		tzif('2', tx, idx, []ttype{{3600, false, 0}, {7200, true, 40}}, abbrev, "", false),
		tzif('2', nil, nil, nil, "", "", false)} {
		_, err := time.LoadLocationFromTZData("Bad", bad)
		fmt.Println(err)
	}
	l, err = time.LoadLocationFromTZData("NoFooter", append(good[:len(good)-1:len(good)-1], 'x'))
	show(l, err, time.Unix(2e9, 0))
	fmt.Println("gap and overlap of a rule")
	l, _ = time.LoadLocationFromTZData("Rule", tzif('2', tx, idx, types, abbrev, "XST-1XDST,M3.5.0,M10.5.0/3", false))
	fmt.Println(time.Date(2030, 3, 31, 2, 30, 0, 0, l), time.Date(2030, 10, 27, 2, 30, 0, 0, l))
	fmt.Println(time.Date(2030, 3, 31, 1, 59, 59, 0, l), time.Date(2030, 10, 27, 3, 0, 0, 0, l))
}
