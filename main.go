// Command breakeven prices a workload described in YAML on AWS Lambda, Fargate and EC2, side by
// side, offline, from an embedded catalog of sourced and dated rates.
package main

import (
	"os"

	"github.com/breakeven/breakeven/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
