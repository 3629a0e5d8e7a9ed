package main

// Local is loaded on its first use, from TZ as os.Setenv left it; later changes to TZ
// do not affect it.

import (
	"fmt"
	"os"
	"time"
)

func main() {
	d := time.Date(2020, 6, 1, 12, 0, 0, 0, time.UTC) // no use of Local yet
	os.Setenv("TZ", "Asia/Tokyo")
	fmt.Println(d.Local(), time.Local)
	os.Setenv("TZ", "Europe/Paris")
	fmt.Println(d.Local(), time.Local)
	os.Unsetenv("TZ")
	fmt.Println(time.Unix(0, 0))
}
