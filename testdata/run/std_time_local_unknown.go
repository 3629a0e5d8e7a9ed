package main

// Local with TZ naming no zone (std_time_local_unknown.env): UTC, named "UTC".

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1e9, 0))
	_, err := time.LoadLocation("No/Such_Zone")
	fmt.Println(err)
}
