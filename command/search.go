package command

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/lang"
	"github.com/crosscheck/crosscheck/search"
)

// searchTry is the example a search usage error suggests.
const searchTry = "crosscheck search 'denda unit:EUR value:>=1000000'"

func searchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "search the claims of the corpus, across languages",
		UsageText: "crosscheck search [--lang L] [--kind K] [--unit U] [--min N] [--max N] [--article ID] [--fact F] [--status S] [--format table|json|jsonl] [--limit N] [QUERY]",
		Description: "Searches the claims (quantities with their sentence) in the corpus index. A word finds claims\n" +
			"whose sentence or article title holds it, in any language, and claims whose concept, unit or\n" +
			"names it stands for in any language: fine finds denda, boete and amende; images finds gambar\n" +
			"and afbeeldingen. QUERY is bleve's query-string syntax:\n" +
			"  word \"a phrase\" +must -mustnot word~1 word^2\n" +
			"  field:value, field:>N, field:>=N, field:<N, field:<=N, field:wild*card\n" +
			"Fields: article, lang, kind, unit, concept, value, low, high, bound, modality, date, entity,\n" +
			"title, sentence, text, fact, status. Example: denda unit:EUR value:>=1000000\n" +
			"Without + or -, words are ranked and at least one must match, while each field clause must\n" +
			"hold (clauses on one field are alternatives: unit:GBP unit:USD). The flags filter as the\n" +
			"fields do, and go before QUERY; a QUERY that starts with - goes after --:\n" +
			"  crosscheck search --kind money -- -unit:EUR fine     (fines in other currencies)\n" +
			"Hits are sorted by relevance, then article; FACT and STATUS are what the last crosscheck add\n" +
			"found (CONTRADICTION when the fact is contradicted).\n\n" +
			"search reads only your corpus (crosscheck add PATH...), never the built-in seed corpus, and\n" +
			"opens it read-only: it runs while other searches or reports read the index.\n" +
			"Exit status: 0 claims found, 1 none, 2 error (as grep).",
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			indexFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(search.Formats, ", ")},
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: search.DefaultLimit, Usage: "most claims to show; 0 shows all"},
			&cli.StringSliceFlag{Name: "lang", Usage: "only claims in these languages (" + strings.Join(lang.Codes(), ", ") + ")"},
			&cli.StringSliceFlag{Name: "kind", Usage: "only claims of these kinds (" + strings.Join(search.Kinds, ", ") + ")"},
			&cli.StringSliceFlag{Name: "unit", Usage: "only claims in these units: EUR, GBP, image, or a word for one in any language (euros, images)"},
			&cli.Float64Flag{Name: "min", Usage: "only claims whose value is at least this (1e6, 1000000)", DefaultText: "none"},
			&cli.Float64Flag{Name: "max", Usage: "only claims whose value is at most this", DefaultText: "none"},
			&cli.StringSliceFlag{Name: "article", Usage: "only claims of these articles (ids)"},
			&cli.StringSliceFlag{Name: "fact", Usage: "only claims stating these facts (f3: ids from crosscheck report --format json)"},
			&cli.StringSliceFlag{Name: "status", Usage: "only claims whose fact has this status (" + strings.Join(search.Statuses, ", ") + ")"},
		},
		Action: func(c *cli.Context) error {
			name := c.String("format")
			if !valid(name, search.Formats) {
				return usagef("crosscheck search --format json fine", "unknown format %q (valid: %s)", name, strings.Join(search.Formats, ", "))
			}
			limit := c.Int("limit")
			if limit < 0 {
				return usagef("crosscheck search --limit 50 fine", "--limit must be 0 (all) or more, not %d", limit)
			}
			if limit == 0 {
				limit = -1 // search.Request: all
			}
			f := search.Filters{
				Langs: list(c, "lang"), Kinds: list(c, "kind"), Units: list(c, "unit"),
				Articles: list(c, "article"), Facts: list(c, "fact"), Statuses: list(c, "status"),
			}
			for _, l := range f.Langs {
				if !valid(strings.ToLower(l), lang.Codes()) {
					return usagef("crosscheck search --lang nl fine", "unknown language %q (languages: %s)", l, strings.Join(lang.Codes(), ", "))
				}
			}
			if c.IsSet("min") {
				v := c.Float64("min")
				f.Min = &v
			}
			if c.IsSet("max") {
				v := c.Float64("max")
				f.Max = &v
			}
			if k := misplacedFlag(c); k >= 0 {
				args := c.Args().Slice()
				fixed := append(append([]string{}, args[k:]...), args[:k]...)
				return usagef("crosscheck search "+shellJoin(fixed),
					"%s comes after the query: flags go before it (after the query, every word is part of it)", args[k])
			}
			q := strings.Join(c.Args().Slice(), " ")
			if strings.TrimSpace(q) == "" && f.Empty() {
				return usagef(searchTry, "search needs a QUERY or a filter (--unit, --status, ...)")
			}

			dir := indexDir(c)
			if !index.Exists(dir) {
				return usagef("crosscheck add articles/ && crosscheck search fine",
					"no corpus in %s: add articles with crosscheck add PATH (search does not use the built-in seed corpus)", dir)
			}
			ix, err := openIndex(dir, true)
			if err != nil {
				return err
			}
			defer ix.Close()
			if !ix.HasSearchFields() {
				e.stderrf("crosscheck: the index in %s was built by an older crosscheck: titles, names and Indonesian stems are not searched; delete it and add the articles again\n", dir)
			}
			res, err := search.Search(ix, search.Request{Query: q, Filters: f, Limit: limit})
			var qe *search.QueryError
			var fe *search.FilterError
			switch {
			case errors.As(err, &qe):
				msg := qe.Error()
				if caret := qe.Caret(); caret != "" {
					msg += "\n" + caret
				}
				return usagef(searchTry, "%s", msg)
			case errors.As(err, &fe):
				return usagef("crosscheck search --"+fe.Flag+" "+exampleFor(fe)+" fine", "%s", fe.Error())
			case err != nil:
				return err
			}
			if err := search.Write(e.stdout, name, res, search.Options{Color: colour(e.stdout)}); err != nil {
				return err
			}
			if res.Total == 0 {
				return cli.Exit("no claims match", ExitFindings)
			}
			return nil
		},
	}
}

// list reads a repeatable flag whose values may also be comma-separated: --lang nl,fr.
func list(c *cli.Context, name string) []string {
	var out []string
	for _, v := range c.StringSlice(name) {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// exampleFor is a valid value to show in the Try: line of a filter error.
func exampleFor(fe *search.FilterError) string {
	if len(fe.Valid) > 0 {
		return fe.Valid[0]
	}
	return fmt.Sprintf("%s1", fe.Flag[:1])
}

// misplacedFlag returns the index of the first argument after the query that names one of the
// command's flags, or -1: urfave/cli stops reading flags at the first argument, so
// "search fine --limit 3" would search for "--limit 3".
func misplacedFlag(c *cli.Context) int {
	for k, a := range c.Args().Slice() {
		name, _, _ := strings.Cut(a, "=")
		trimmed := strings.TrimLeft(name, "-")
		dashes := len(name) - len(trimmed)
		if dashes == 0 || dashes == 1 && len(trimmed) > 1 {
			continue // a word, or -word: a query clause (must not)
		}
		for _, f := range c.Command.Flags {
			if valid(trimmed, f.Names()) {
				return k
			}
		}
	}
	return -1
}

// shellJoin writes args as a shell command line, quoting those that need it.
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "" || strings.ContainsFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=,+@%", r))
		}) {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
}
