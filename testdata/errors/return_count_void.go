package main

func log(msg string) {
	return msg
}

func main() {
	log("x")
}
