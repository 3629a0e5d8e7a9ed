package main

import (
	"fmt"
	"time"
)

func main() {
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	sydney, _ := time.LoadLocation("Australia/Sydney")
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, ny, berlin, sydney, time.FixedZone("", 5*3600+1800), time.FixedZone("XYZ", -3*3600)} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(u, "|", loc, name, off, u.IsDST(), u.Location() == loc, u.Equal(t), u == t)
		fmt.Println("  ", u.Year(), u.Month(), u.Day(), u.Hour(), u.Weekday(), u.YearDay(), u.Unix())
		fmt.Printf("   %#v\n", u)
	}

	// Zone periods, from the transitions and (after the last one) from the TZ rule.
	for _, u := range []time.Time{
		time.Date(2021, 7, 1, 12, 0, 0, 0, berlin),
		time.Date(2045, 1, 15, 12, 0, 0, 0, berlin),
		time.Date(2045, 7, 15, 12, 0, 0, 0, berlin),
		time.Date(2045, 12, 15, 12, 0, 0, 0, berlin),
		time.Date(2045, 6, 1, 0, 0, 0, 0, sydney),
		time.Date(1850, 1, 1, 0, 0, 0, 0, ny),
	} {
		start, end := u.ZoneBounds()
		fmt.Println(u, "|", start, "|", end)
	}
	start, end := t.ZoneBounds()
	fmt.Println(start.IsZero(), end.IsZero())

	// Wall clock times that do not exist or exist twice.
	fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 11, 7, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2045, 3, 12, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2045, 11, 5, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 3, 28, 2, 0, 0, 0, berlin), time.Date(2021, 10, 31, 2, 59, 59, 0, berlin))
	fmt.Println(time.Date(2021, 3, 13, 26, 30, 0, 0, ny), time.Date(2021, 14, 1, 0, 0, 0, 0, sydney))

	// AddDate keeps the wall clock across a DST change; Add keeps the duration.
	d := time.Date(2021, 3, 13, 12, 0, 0, 0, ny)
	fmt.Println(d.AddDate(0, 0, 1), d.Add(24*time.Hour), d.AddDate(0, 0, 1).Sub(d))
	fmt.Println(d.Truncate(24*time.Hour), d.Round(time.Hour))

	// == compares the location too; Equal only the instant.
	a := time.Unix(1e9, 0)
	fmt.Println(a.UTC() == a.In(time.UTC), a == a.UTC(), a.Equal(a.UTC()), a.In(ny) == a.In(ny))
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600), time.FixedZone("", 1800) == time.FixedZone("", 1800))
	fmt.Println(a.In(time.FixedZone("", 3600)) == a.In(time.FixedZone("", 3600)), a.In(time.FixedZone("", -30)))
	fmt.Println(a.In(berlin).Compare(a.In(sydney)), a.In(berlin).Before(a.In(sydney).Add(1)))

	for _, name := range []string{"", "UTC", "Local", "Europe", "../etc", "/etc/localtime", "No/Such_Zone", "Etc/GMT+5", "europe/berlin", "Europe/Berlin/"} {
		l, err := time.LoadLocation(name)
		fmt.Printf("%q: %v %v\n", name, l, err)
	}
	var nilLoc *time.Location
	fmt.Println(nilLoc, time.UTC, time.Local)
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("GMT+5", 5*3600)).Format(time.RFC1123))
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
}
