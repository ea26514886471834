package command

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
)

func addCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "add",
		Usage:     "add .txt articles (files or folders) to the corpus index",
		UsageText: "crosscheck [--index DIR] add PATH...",
		Description: "Each .txt file is one article: the first line is the headline, the rest the body; its id\n" +
			"is the file's base name. Folders are read recursively. Adding an unchanged file again does\n" +
			"nothing; a changed file replaces its old version and claims. A file that cannot be read is\n" +
			"reported and skipped; the others are added (exit code 2 if any failed).",
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			indexFlag(),
			&cli.StringFlag{Name: "lang", Usage: "language of every article (en, fr, nl, id, de, es, it, pt); detected when absent"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("crosscheck add articles/", "add needs at least one file or folder")
			}
			arts, errs := ingest.Paths(c.Args().Slice(), ingest.Options{Lang: c.String("lang")})
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "crosscheck: %v\n", err)
			}
			in, failed := extractAll(arts, claims.Options{}, e.stderr)
			failed += len(errs)
			if len(in) > 0 {
				ix, err := openIndex(indexDir(c), false)
				if err != nil {
					return err
				}
				entries := make([]index.Entry, len(in))
				for k, x := range in {
					entries[k] = index.Entry{Article: x.Article, Claims: x.Claims, Extractor: claims.Version}
				}
				const batch = 200
				for from := 0; from < len(entries); from += batch {
					to := min(from+batch, len(entries))
					st, err := ix.Put(entries[from:to])
					if err != nil {
						ix.Close()
						return fmt.Errorf("%w (articles before %s are indexed)", err, entries[from].Article.Source)
					}
					for k, s := range st {
						x := entries[from+k]
						fmt.Fprintf(e.stdout, "%-9s %s (%s, %s)\n", s, x.Article.ID, x.Article.Lang, plural(len(x.Claims), "claim"))
					}
				}
				if err := refreshFacts(ix, e.stderr); err != nil {
					ix.Close()
					return fmt.Errorf("%w (the articles are indexed; run crosscheck add again to retry)", err)
				}
				if err := ix.Close(); err != nil {
					return err
				}
			}
			if failed > 0 {
				return cli.Exit((&partialError{failed: failed, total: failed + len(in)}).Error(), ExitError)
			}
			return nil
		},
	}
}

// refreshFacts reconciles the whole corpus and stores which fact each claim states, for search
// and check to read without reconciling again.
func refreshFacts(ix *index.Index, stderr io.Writer) error {
	entries, err := ix.Entries()
	if err != nil {
		return err
	}
	in := inputsOf(entries, stderr)
	rep := reconcile.Reconcile(in, reconcile.Options{})
	assign := reconcile.FactsByClaim(in, rep)
	return ix.SetFacts(assign)
}
