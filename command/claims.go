package command

import (
	"io"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/format"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
)

func claimsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "claims",
		Usage:     "list the claims (quantities) one or more articles state",
		UsageText: "crosscheck claims [--format table|json|jsonl] [--input txt|jsonl] [--all] FILE...|-",
		Description: "The debugging view of extraction. FILE is a .txt article (first line the headline) or a\n" +
			"folder of them; - reads standard input. With --input jsonl every line is an article\n" +
			"{\"id\", \"lang\", \"title\", \"text\"} and offsets point into its text. --all also lists bare\n" +
			"numbers that have no unit.",
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			indexFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(format.ClaimFormats, ", ")},
			&cli.StringFlag{Name: "input", Value: "txt", Usage: "input format: txt or jsonl"},
			&cli.StringFlag{Name: "lang", Usage: "language of the articles; detected when absent"},
			&cli.BoolFlag{Name: "all", Usage: "also emit bare numbers with no unit"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("crosscheck claims article.txt", "claims needs a FILE, a folder, or - for standard input")
			}
			name := c.String("format")
			if !valid(name, format.ClaimFormats) {
				return usagef("crosscheck claims --format jsonl FILE", "unknown format %q (valid: %s)", name, strings.Join(format.ClaimFormats, ", "))
			}
			input := c.String("input")
			if input != "txt" && input != "jsonl" {
				return usagef("crosscheck claims --input jsonl FILE", "unknown input %q (valid: txt, jsonl)", input)
			}
			opt := ingest.Options{Lang: c.String("lang")}
			var arts []claims.Article
			var errs []error
			for _, p := range c.Args().Slice() {
				a, es := readInput(p, input, opt, e.stdin)
				arts, errs = append(arts, a...), append(errs, es...)
			}
			for _, err := range errs {
				e.stderrf("crosscheck: %v\n", err)
			}
			in, failed := extractAll(arts, claims.Options{All: c.Bool("all")}, e.stderr)
			all := streamIDs(in)
			if err := format.Claims(e.stdout, name, all, format.Options{Color: colour(e.stdout)}); err != nil {
				return err
			}
			if n := failed + len(errs); n > 0 {
				return cli.Exit((&partialError{failed: n, total: n + len(in)}).Error(), ExitError)
			}
			return nil
		},
	}
}

func readInput(p, input string, opt ingest.Options, stdin io.Reader) ([]claims.Article, []error) {
	if p == "-" {
		if input == "jsonl" {
			return ingest.JSONL(stdin, "<stdin>", opt)
		}
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, []error{&ingest.FileError{Path: "<stdin>", Err: err}}
		}
		a, err := ingest.Text("stdin", "<stdin>", b, opt)
		if err != nil {
			return nil, []error{&ingest.FileError{Path: "<stdin>", Err: err}}
		}
		return []claims.Article{a}, nil
	}
	if input == "jsonl" {
		f, err := openFile(p)
		if err != nil {
			return nil, []error{err}
		}
		defer f.Close()
		return ingest.JSONL(f, p, opt)
	}
	return ingest.Paths([]string{p}, opt)
}

// streamIDs numbers the claims of several articles c1…cN, so that ids stay unique in one stream.
func streamIDs(in []reconcile.Input) []claims.Claim {
	var all []claims.Claim
	for _, x := range in {
		local := map[string]string{}
		base := len(all)
		for k, c := range x.Claims {
			id := "c" + strconv.Itoa(base+k+1)
			local[c.ID] = id
			c.ID = id
			all = append(all, c)
		}
		for k := base; k < len(all); k++ {
			all[k].DerivedFrom = local[all[k].DerivedFrom]
			all[k].RepeatOf = local[all[k].RepeatOf]
		}
	}
	return all
}
