// Command crosscheck cross-checks the numbers news articles report. See README.md.
package main

import (
	"context"
	"os"

	"github.com/crosscheck/crosscheck/command"
)

func main() {
	os.Exit(command.Run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}
