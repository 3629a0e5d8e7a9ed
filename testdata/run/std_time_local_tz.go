package main

// Local from TZ=America/New_York (std_time_local_tz.env): Now, Unix and Date in Local,
// Parse matching zone names and offsets against Local.

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Now().Location(), time.Unix(0, 0).Location())
	for _, sec := range []int64{0, 1e9, 1.6e9, 2.5e9} {
		t := time.Unix(sec, 0)
		name, off := t.Zone()
		fmt.Println(t, name, off, t.IsDST(), t.UTC())
	}
	fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, time.Local))
	fmt.Printf("%#v\n", time.Date(2021, 7, 4, 12, 0, 0, 0, time.Local))
	for _, v := range []string{"2021-07-04 12:00 EDT", "2021-01-04 12:00 EST", "2021-01-04 12:00 EDT", "2021-01-04 12:00 PST"} {
		t, err := time.Parse("2006-01-02 15:04 MST", v)
		fmt.Println(t, err, t.Location())
	}
	for _, v := range []string{"2021-07-04 12:00 -0400", "2021-07-04 12:00 -0500"} {
		t, err := time.Parse("2006-01-02 15:04 -0700", v)
		fmt.Println(t, err, t.Location())
	}
	t, _ := time.Parse(time.DateTime, "2021-07-04 12:00:00")
	fmt.Println(t, t.Local(), t.Local().Location())
}
