package main

// Local from TZ=:/usr/share/zoneinfo/Asia/Tokyo (a leading colon, then an absolute path:
// the location is named after the path); $ZONEINFO names a missing directory, so
// LoadLocation falls back to the system's zoneinfo.

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println(os.Getenv("TZ"), os.Getenv("ZONEINFO"))
	fmt.Println(time.Local)
	fmt.Println(time.Unix(1e9, 0), time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local).Unix())
	l, err := time.LoadLocation("Europe/Paris")
	fmt.Println(l, err, time.Unix(1e9, 0).In(l))
	l, err = time.LoadLocation("Local")
	fmt.Println(l, err, l == time.Local)
}
