package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	layouts := []string{
		time.RFC3339, time.RFC1123, time.RFC1123Z, time.RFC822, time.UnixDate, time.RubyDate, time.Layout,
		"MST -0700 -07:00 -07 -070000 -07:00:00", "Z0700 Z07:00 Z07 Z070000 Z07:00:00",
	}
	t := time.Date(2022, 6, 15, 8, 9, 10, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, ny, kolkata, time.FixedZone("", -(9*3600 + 30*60 + 15)), time.FixedZone("", 45), time.FixedZone("", -30)} {
		u := t.In(loc)
		for _, l := range layouts {
			fmt.Println(u.Format(l))
		}
	}

	parse := func(layout, value string, loc *time.Location) {
		var p time.Time
		var err error
		if loc == nil {
			p, err = time.Parse(layout, value)
		} else {
			p, err = time.ParseInLocation(layout, value, loc)
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		name, off := p.Zone()
		fmt.Printf("%v | %q %d %q utc=%v ny=%v\n", p, name, off, p.Location().String(), p.Location() == time.UTC, p.Location() == ny)
	}
	for _, loc := range []*time.Location{nil, ny} {
		fmt.Println("in", loc)
		parse(time.RFC3339, "2022-06-15T08:09:10Z", loc)
		parse(time.RFC3339, "2022-06-15T08:09:10-04:00", loc)
		parse(time.RFC3339, "2022-06-15T08:09:10+05:30", loc)
		parse(time.RFC3339, "2022-01-15T08:09:10-04:00", loc)
		parse(time.RFC3339, "2022-06-15T08:09:10-0400", loc)
		parse(time.RFC1123, "Wed, 15 Jun 2022 08:09:10 EDT", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 EDT", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 EST", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 UTC", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 GMT", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 GMT+3", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 GMT-11", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 +03", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 ChST", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 WITA", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 AEDT", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 ABCDE", loc)
		parse(time.RFC1123, "Sat, 15 Jan 2022 08:09:10 AB", loc)
		parse(time.RFC1123Z, "Sat, 15 Jan 2022 08:09:10 -0500", loc)
		parse(time.RFC1123Z, "Sat, 15 Jan 2022 08:09:10 +2500", loc)
		parse(time.RFC1123Z, "Sat, 15 Jan 2022 08:09:10 +0161", loc)
		parse(time.RFC1123Z, "Sat, 15 Jan 2022 08:09:10 x0500", loc)
		parse("2006-01-02 15:04:05 -0700 MST", "2022-01-15 08:09:10 -0500 EST", loc)
		parse("2006-01-02 15:04:05 -0700 MST", "2022-01-15 08:09:10 -0500 CDT", loc)
		parse("2006-01-02 15:04:05 -0700 MST", "2022-01-15 08:09:10 +0000 UTC", loc)
		parse("2006-01-02 15:04:05 -07:00:00", "2022-01-15 08:09:10 +01:02:03", loc)
		parse("2006-01-02 15:04:05 -07:00:00", "2022-01-15 08:09:10 +01:02:61", loc)
		parse("2006-01-02 15:04:05 Z070000", "2022-01-15 08:09:10 Z", loc)
		parse("2006-01-02 15:04:05 Z070000", "2022-01-15 08:09:10 -013000", loc)
		parse("2006-01-02 15:04:05 -07", "2022-01-15 08:09:10 -03", loc)
		parse("2006-01-02 15:04:05 Z07", "2022-01-15 08:09:10 +1", loc)
		parse(time.DateTime, "2022-03-13 02:30:00", loc)
		parse(time.DateTime, "2022-11-06 01:30:00", loc)
	}
}
