package command

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/format"
	"github.com/crosscheck/crosscheck/reconcile"
)

func reportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "group the corpus's claims into facts and list the contradictions",
		UsageText: "crosscheck report [--format table|json|markdown|html]",
		Description: "Reads the corpus in --index (default ./.crosscheck). With no corpus there, reports on the\n" +
			"built-in seed corpus and says so on stderr. The json format is the documented contract\n" +
			"(REPORT_FORMAT.md): facts, their claims with byte offsets, and contradictions.",
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			indexFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(format.ReportFormats, ", ")},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("crosscheck report --help", "report takes no arguments (got %q); add articles with: crosscheck add PATH...", c.Args().First())
			}
			name := c.String("format")
			if !valid(name, format.ReportFormats) {
				return usagef("crosscheck report --format json", "unknown format %q (valid: %s)", name, strings.Join(format.ReportFormats, ", "))
			}
			in, corpus, err := loadCorpus(indexDir(c), e.stderr)
			if err != nil {
				return err
			}
			rep := reconcile.Reconcile(in, reconcile.Options{Corpus: corpus})
			return format.Report(e.stdout, name, rep, format.Options{Color: colour(e.stdout)})
		},
	}
}

func valid(name string, list []string) bool {
	for _, v := range list {
		if v == name {
			return true
		}
	}
	return false
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
