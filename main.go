// Command crosscheck cross-checks the numbers news articles report. See README.md.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/crosscheck/crosscheck/command"
)

func main() {
	// A soft heap limit keeps a report on 100,000 articles under 4 GiB; GOMEMLIMIT overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(3 << 30)
	}
	// CROSSCHECK_CPUPROFILE=FILE writes a CPU profile of the run, for the benchmarks.
	if path := os.Getenv("CROSSCHECK_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				code := command.Run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
		} else {
			fmt.Fprintf(os.Stderr, "crosscheck: CROSSCHECK_CPUPROFILE: %v\n", err)
		}
	}
	os.Exit(command.Run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}
