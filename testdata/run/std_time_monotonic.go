package main

// The monotonic clock reading: shown by String only for times from Now (and timer
// channels), kept by Add, dropped by Round(0), Truncate, In, UTC, Local and Date.

import (
	"fmt"
	"strings"
	"time"
)

func hasMono(t time.Time) bool { return strings.Contains(t.String(), " m=") }

func main() {
	now := time.Now()
	s := now.String()
	i := strings.Index(s, " m=+")
	fmt.Println(i > 0, strings.Count(s[i:], "."), len(s)-strings.LastIndex(s, ".") == 10)
	fmt.Println(hasMono(now), hasMono(now.Add(time.Hour)), hasMono(now.Add(-time.Hour)))
	fmt.Println(hasMono(now.Round(0)), hasMono(now.Truncate(time.Second)), hasMono(now.Round(time.Minute)))
	fmt.Println(hasMono(now.UTC()), hasMono(now.Local()), hasMono(now.In(time.FixedZone("X", 60))))
	fmt.Println(hasMono(now.AddDate(0, 0, 1)), hasMono(time.Unix(now.Unix(), 0)))
	fmt.Println(strings.Contains(now.Add(-3*time.Hour).String(), " m=-"))
	fmt.Println(now.Location(), now.UTC().Location(), now == now, now.Round(0) == now, now.Equal(now.Round(0)))
	later := now.Add(1500 * time.Millisecond)
	fmt.Println(later.Sub(now), now.Sub(later), later.After(now), now.Before(later))
	u := now.UTC()
	fmt.Println(u == now, u.Equal(now), u.Local() == now, u.Local() == now.Round(0))
	tick := <-time.After(time.Millisecond)
	fmt.Println(hasMono(tick), tick.Location(), !tick.Before(now), time.Since(now) > 0)
}
