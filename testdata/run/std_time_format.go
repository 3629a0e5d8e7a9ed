package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Unix(), t.UnixMilli(), t.UnixNano())
	for _, l := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RFC822, time.RFC1123, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006 06 01 1 Jan January 02 2 _2 15 03 3 04 4 05 5 PM pm Mon Monday MST", "-0700 -07:00 Z07:00 Z0700 .000 .999 ,000 002 __2 .9 .000000"} {
		fmt.Println(t.Format(l))
	}
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC(), time.UnixMilli(-1).UTC(), time.UnixMicro(1234567).UTC())
	var z time.Time
	fmt.Println(z, z.IsZero(), t.IsZero(), z.Weekday(), z.Unix())
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 61, -1, time.UTC))
	fmt.Println(time.Date(1600, 3, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(-5, 6, 7, 0, 0, 0, 0, time.UTC))
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), t.Before(u), t.After(u), t.Equal(t), t.Compare(u), u.Compare(t), t.Compare(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Truncate(24*time.Hour), t.Round(time.Second), t.Truncate(7*24*time.Hour), t.Round(time.Millisecond))
	fmt.Println(t.Location(), t.In(time.UTC), t.Local().Location())
	for _, d := range []time.Month{time.January, time.December, 13} {
		fmt.Println(d)
	}
	fmt.Println(time.Sunday, time.Saturday, time.Weekday(9))
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05.123+02:00"},
		{time.RFC3339Nano, "2021-12-31T23:59:59.999999999Z"},
		{time.DateTime, "2024-02-29 01:02:03"},
		{time.DateOnly, "2023-02-30"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "2023-1-01"},
		{time.DateOnly, "2023-01-01x"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:30AM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{"2006-01-02 15:04:05.000", "2020-05-06 07:08:09.012"},
		{time.TimeOnly, "25:00:00"},
		{"January 2006", "Smarch 2006"},
	} {
		p, err := time.Parse(c[0], c[1])
		fmt.Println(p.UTC(), err)
	}
	for _, s := range []string{"1h30m", "-1.5h", "300ms", "2us", "1µs", "0", "", "1", "1x", ".5s", "abc", "1h2m3.004005006s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
