package main

// Local with TZ set but empty (std_time_local_utc.env): UTC, named "UTC".

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1e9, 0), time.Unix(1e9, 0).Location() == time.UTC)
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local).Unix())
	s, e := time.Unix(1e9, 0).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
}
