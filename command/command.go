// Package command wires crosscheck's subcommands to the packages that do the work. Run is the
// whole program with its streams as arguments, so that tests drive it exactly as a user would.
package command

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
)

// Exit codes, documented in the README.
const (
	ExitOK       = 0 // success
	ExitFindings = 1 // findings where a command fails on them
	ExitError    = 2 // usage or runtime error
)

// usageError is a mistake in the command line.
type usageError struct{ msg, try string }

func (e *usageError) Error() string { return e.msg }

func usagef(try, format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), try: try}
}

// partialError: some inputs failed (each already reported), the others were processed.
type partialError struct{ failed, total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs could not be read (see above); the others were processed", e.failed, e.total)
}

// Run runs crosscheck with args (args[0] is the program name) and returns the exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// bleve logs through the standard logger: keep it, show it only when a command fails
	var libLog bytes.Buffer
	log.SetOutput(&libLog)
	defer log.SetOutput(os.Stderr)

	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	app := newApp(env)
	err := app.RunContext(ctx, args)
	if err == nil && env.unknown != "" {
		err = usagef("crosscheck --help", "no command %q (commands: add, report, claims, search, check)", env.unknown)
	}
	code := exitCode(err)
	if err != nil {
		var ue *usageError
		switch {
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "crosscheck: %s\n", ue.msg)
			if ue.try != "" {
				fmt.Fprintf(stderr, "Try: %s\n", ue.try)
			}
		case code == ExitError && isCLIUsage(err):
			fmt.Fprintf(stderr, "crosscheck: %s\nTry: crosscheck --help\n", err)
		default:
			fmt.Fprintf(stderr, "crosscheck: %s\n", err)
		}
		if code == ExitError && libLog.Len() > 0 {
			fmt.Fprintf(stderr, "index library log:\n%s", libLog.String())
		}
	}
	return code
}

// exitCode is the one place errors become exit codes.
func exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return ExitError
}

func isCLIUsage(err error) bool {
	s := err.Error()
	return strings.Contains(s, "flag provided but not defined") || strings.Contains(s, "Required flag") ||
		strings.Contains(s, "invalid value") || strings.Contains(s, "No help topic")
}

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	unknown        string // a command name that does not exist
}

const defaultIndex = ".crosscheck"

func indexFlag() cli.Flag {
	return &cli.StringFlag{
		Name: "index", Value: defaultIndex,
		Usage: "folder of the corpus index (or set CROSSCHECK_INDEX)", TakesFile: true,
	}
}

func newApp(e *env) *cli.App {
	app := &cli.App{
		Name:      "crosscheck",
		Usage:     "cross-check the numbers news articles report, across outlets and languages",
		UsageText: "crosscheck [--index DIR] COMMAND [options] [arguments]",
		Description: "crosscheck finds the quantities each article states (money, counts, durations, rates,\n" +
			"percentages, dates), groups the claims that state the same fact across articles and\n" +
			"languages, and flags where they contradict, citing both passages.\n\n" +
			"Start with:  crosscheck report            (the built-in sample corpus)\n" +
			"Then:        crosscheck add articles/     (your own .txt articles: first line the headline)\n" +
			"             crosscheck report --format markdown",
		Reader: e.stdin, Writer: e.stdout, ErrWriter: e.stderr,
		HideVersion:          true,
		EnableBashCompletion: false,
		Flags:                []cli.Flag{indexFlag(), configFlag()},
		Before:               applyConfig, // .crosscheck.yml, for every command (config.go)
		Commands:             []*cli.Command{addCommand(e), reportCommand(e), claimsCommand(e), searchCommand(e), checkCommand(e)},
		ExitErrHandler:       func(*cli.Context, error) {}, // Run reports errors and exits
		OnUsageError:         onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			e.unknown = name
		},
	}
	return app
}

// onUsageError turns urfave/cli's flag errors into a usage error with the help command to try,
// instead of the help text on stdout.
func onUsageError(c *cli.Context, err error, _ bool) error {
	try := "crosscheck --help"
	if c.Command != nil && c.Command.Name != "" && c.Command.Name != c.App.Name {
		try = "crosscheck " + c.Command.Name + " --help"
	}
	return usagef(try, "%v", err)
}

// indexDir is the --index given before or after the command, or its default (or CROSSCHECK_INDEX).
func indexDir(c *cli.Context) string {
	// a flag on the command line wins over CROSSCHECK_INDEX, wherever it stands
	for _, cc := range c.Lineage() {
		if cc.IsSet("index") {
			return cc.String("index")
		}
	}
	if dir := os.Getenv("CROSSCHECK_INDEX"); dir != "" {
		return dir
	}
	return defaultIndex
}

// openIndex opens the corpus index for writing, turning a lock into a clear error.
func openIndex(dir string, readOnly bool) (*index.Index, error) {
	ix, err := index.Open(dir, index.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// isTerminal reports whether w is a terminal, for colour and progress.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// colour is on only for a terminal, and never with NO_COLOR or in CI.
func colour(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	if os.Getenv("CI") != "" {
		return false
	}
	return isTerminal(w)
}

func (e *env) stderrf(format string, args ...any) { fmt.Fprintf(e.stderr, format, args...) }

func openFile(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, &ingest.FileError{Path: p, Err: errors.Unwrap(err)}
	}
	return f, nil
}
