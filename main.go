// Command breakeven prices a workload described in YAML on AWS Lambda, Fargate and EC2, side by
// side, offline, from an embedded catalog of sourced and dated rates.
package main

import (
	"os"

	"github.com/breakeven/breakeven/cli"
)

func main() {
	growStack()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}

// growStack grows the main goroutine's stack to 128 KB at once, while it is two frames deep.
// A goroutine starts with 2 KB, and pricing one file (YAML decoding, then pricing, on this
// goroutine) takes the stack to 128 KB. Grown a step at a time, the runtime copies it six
// times, each time walking every frame's tables: 8% of the instructions of `price one.yaml`
// (callgrind). One step over a stack two frames deep costs almost nothing, and the pages are
// touched only as they are used.
//
//go:noinline
func growStack() {
	var frame [96 << 10]byte
	keep(&frame)
}

// keep takes the frame's address so that the compiler keeps the frame: it does nothing.
//
//go:noinline
func keep(*[96 << 10]byte) {}
