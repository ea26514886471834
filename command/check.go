package command

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/check"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/config"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
)

// checkTry is the example a check usage error suggests.
const checkTry = "crosscheck check drafts/*.txt"

// addMode is --add: off, pass (add the articles when the check passes) or always. It is a boolean
// flag that also takes a value, so that --add and --add=always both read naturally.
type addMode struct{ mode string }

func (a *addMode) String() string   { return a.mode }
func (a *addMode) IsBoolFlag() bool { return true }
func (a *addMode) Set(s string) error {
	switch s {
	case "true", "pass":
		a.mode = "pass"
	case "always":
		a.mode = "always"
	case "false", "never":
		a.mode = ""
	default:
		return fmt.Errorf("--add takes no value, or always (got %q)", s)
	}
	return nil
}

func checkCommand(e *env) *cli.Command {
	add := &addMode{}
	return &cli.Command{
		Name:      "check",
		Usage:     "check new articles against the corpus: the CI gate (exit 1 on contradictions)",
		UsageText: "crosscheck check [--format text|json|github|sarif|junit] [--fail-level high|medium|low] [--baseline FILE] [--add[=always]] FILE...|-\n   crosscheck check --write-baseline FILE [FILE...]",
		Description: "Extracts the claims of the new articles (files, folders of .txt, or - for standard input),\n" +
			"finds the facts of the indexed corpus they speak to through the index (never reading the whole\n" +
			"corpus: at most " + fmt.Sprint(check.MaxCandidates) + " corpus articles, chosen by shared names and measures), and reports\n" +
			"the contradictions a new article is part of: against the corpus, or between the new articles.\n" +
			"A new article that agrees with most of the corpus is not reported for the corpus's own outliers.\n\n" +
			"Exit status: 0 no contradiction at or above --fail-level (default high), 1 there are, 2 usage or\n" +
			"runtime error (an unreadable file or index; the other files are still checked).\n\n" +
			"--baseline FILE suppresses the contradictions recorded by --write-baseline FILE, which records\n" +
			"those of the whole corpus (or, given files, those the files have) and exits 0.\n" +
			"--add adds the articles to the corpus when the check passes; --add=always adds them anyway.\n" +
			"Settings can live in .crosscheck.yml (index, fail_level, baseline, ignore, concepts, entities,\n" +
			"severities); flags win over CROSSCHECK_INDEX and CROSSCHECK_CONFIG, which win over the file.",
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			indexFlag(),
			configFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(check.Formats, ", ")},
			&cli.StringFlag{Name: "fail-level", Usage: "lowest severity that fails the check: high, medium or low (default: high, or fail_level in the config)"},
			&cli.StringFlag{Name: "baseline", Usage: "suppress the contradictions recorded in this file (default: baseline in the config)", TakesFile: true},
			&cli.StringFlag{Name: "write-baseline", Usage: "record the contradictions of the corpus (or of the given files) in this file, and exit 0", TakesFile: true},
			&cli.GenericFlag{Name: "add", Value: add, Usage: "add the articles to the corpus when the check passes; --add=always adds them anyway"},
			&cli.StringFlag{Name: "input", Value: "txt", Usage: "input format: txt (one article a file) or jsonl (one {\"id\",\"lang\",\"title\",\"text\"} a line)"},
			&cli.StringFlag{Name: "lang", Usage: "language of every new article; detected when absent"},
			&cli.IntFlag{Name: "max-candidates", Value: check.MaxCandidates, Usage: "most corpus articles to compare the new ones with"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "say on stderr how the corpus articles were chosen"},
		},
		Action: func(c *cli.Context) error { return runCheck(c, e, add.mode) },
	}
}

func runCheck(c *cli.Context, e *env, addMode string) error {
	cfg := configOf(c)
	if k := flagAfterArgs(c); k >= 0 {
		args := c.Args().Slice()
		fixed := append(append([]string{}, args[k:]...), args[:k]...)
		return usagef("crosscheck check "+strings.Join(fixed, " "), "%s comes after the files: flags go before them", args[k])
	}
	format := c.String("format")
	if !valid(format, check.Formats) {
		return usagef("crosscheck check --format github "+firstArg(c), "unknown format %q (valid: %s)", format, strings.Join(check.Formats, ", "))
	}
	level := check.DefaultFailLevel
	if cfg.FailLevel != "" {
		level = cfg.FailLevel
	}
	if c.IsSet("fail-level") {
		level = c.String("fail-level")
	}
	if !check.ValidLevel(level) {
		return usagef("crosscheck check --fail-level medium "+firstArg(c), "unknown fail level %q (valid: %s)", level, strings.Join(check.Levels, ", "))
	}
	input := c.String("input")
	if input != "txt" && input != "jsonl" {
		return usagef("crosscheck check --input jsonl crawl.jsonl", "unknown input %q (valid: txt, jsonl)", input)
	}
	if c.Int("max-candidates") < 1 {
		return usagef("crosscheck check --max-candidates 200 "+firstArg(c), "--max-candidates must be 1 or more, not %d", c.Int("max-candidates"))
	}
	writeBaseline := c.String("write-baseline")
	if writeBaseline != "" && addMode != "" {
		return usagef("crosscheck check --write-baseline baseline.json", "--write-baseline records contradictions and cannot be combined with --add")
	}
	if c.NArg() == 0 && writeBaseline == "" {
		return usagef(checkTry, "check needs the articles to check: files, folders, or - for standard input")
	}
	dir := indexDir(c)
	if writeBaseline != "" && c.NArg() == 0 {
		return writeCorpusBaseline(c, e, dir, writeBaseline)
	}

	opt := check.Options{FailLevel: level, Severities: cfg.Severities, IgnoreFacts: cfg.Ignore.Facts, Corpus: dir}
	if writeBaseline == "" {
		p := cfg.BaselineFile()
		if c.IsSet("baseline") {
			p = c.String("baseline")
		}
		if p != "" {
			b, err := check.ReadBaseline(p)
			if err != nil {
				return err
			}
			opt.Baseline = b
		}
	}

	exists := index.Exists(dir)
	if !exists && addMode == "" {
		return fmt.Errorf("no corpus in %s: add articles with crosscheck add PATH..., or use --index (or index: in %s) to pick the corpus folder; --add creates it", dir, config.FileName)
	}
	ix, err := openIndex(dir, addMode == "")
	if err != nil {
		return err
	}
	defer ix.Close()

	// the new articles: a file that cannot be read is reported and the others checked
	news, inErrs := readNew(c, e, input, cfg.Ignore.Articles)

	var corpus []reconcile.Input
	if len(news) > 0 && exists {
		inputs := make([]reconcile.Input, len(news))
		for k := range news {
			inputs[k] = news[k].Input
		}
		var st check.CandidateStats
		corpus, st, err = check.Candidates(ix, inputs, check.CandidateOptions{
			Max:  c.Int("max-candidates"),
			Skip: func(id, source string) bool { return check.IgnoredArticle(id, source, cfg.Ignore.Articles) },
		})
		if err != nil {
			return err
		}
		opt.Population = st.Corpus
		if c.Bool("verbose") {
			e.stderrf("crosscheck: %d names, the %d rarest searched for; %d articles share them, %d of those a measure; %d more share figures; %d compared (%d extracted again) in %v\n",
				st.Names, st.RareNames, st.NameHits, st.FigureHits, st.SharedHits, st.Loaded, st.Reextracted, st.Took.Round(time.Millisecond))
		}
	}
	res, err := check.Check(news, corpus, opt)
	if err != nil {
		return err
	}
	res.Errors = inErrs

	if writeBaseline != "" {
		b := check.BaselineOfResult(res)
		if err := b.Write(writeBaseline); err != nil {
			return err
		}
		e.stderrf("crosscheck: wrote %s to %s\n", plural(b.Len(), "contradiction"), writeBaseline)
		return inputFailure(inErrs, len(news))
	}
	if err := check.Write(e.stdout, format, res); err != nil {
		return err
	}
	if addMode == "always" || addMode == "pass" && !res.Failed() && len(inErrs) == 0 {
		if err := addChecked(e, ix, news); err != nil {
			return err
		}
	} else if addMode == "pass" {
		e.stderrf("crosscheck: the check did not pass: nothing added to %s\n", dir)
	}
	if err := inputFailure(inErrs, len(news)); err != nil {
		return err
	}
	if res.Failed() {
		n := 0
		for _, f := range res.Findings {
			if f.Fails {
				n++
			}
		}
		return cli.Exit(fmt.Sprintf("%s at or above %s", plural(n, "contradiction"), level), ExitFindings)
	}
	return nil
}

func firstArg(c *cli.Context) string {
	if c.NArg() > 0 {
		return c.Args().First()
	}
	return "drafts/*.txt"
}

// readNew reads and extracts the new articles. Each input that fails is reported on stderr and
// returned as an InputError; articles matching ignore.articles are left out.
func readNew(c *cli.Context, e *env, input string, ignore []string) ([]check.Article, []check.InputError) {
	opt := ingest.Options{Lang: c.String("lang")}
	var news []check.Article
	var errs []check.InputError
	fail := func(p string, err error) {
		e.stderrf("crosscheck: %v\n", err)
		errs = append(errs, check.InputError{Path: p, Message: err.Error()})
	}
	for _, p := range c.Args().Slice() {
		arts, es := readInput(p, input, opt, e.stdin)
		for _, err := range es {
			path := p
			if fe, ok := err.(*ingest.FileError); ok {
				path = fe.Path
			}
			fail(path, err)
		}
		for _, a := range arts {
			if check.IgnoredArticle(a.ID, a.Source, ignore) {
				continue
			}
			path := a.Source
			switch {
			case p == "-" && input == "txt":
				path = check.StdinPath
			case input == "jsonl":
				// positions are in the record's text: name the record
				path = a.Source + "#" + a.ID
			}
			cs, err := claims.Extract(a, claims.Options{})
			if err != nil {
				fail(path, &ingest.FileError{Path: path, Err: err})
				continue
			}
			news = append(news, check.Article{Path: path, Input: reconcile.Input{Article: a, Claims: cs}})
		}
	}
	return news, errs
}

func inputFailure(errs []check.InputError, ok int) error {
	if len(errs) == 0 {
		return nil
	}
	return cli.Exit((&partialError{failed: len(errs), total: len(errs) + ok}).Error(), ExitError)
}

// addChecked adds the checked articles to the corpus as crosscheck add does, and refreshes the
// facts. Its report goes to stderr: stdout carries only the check's format.
func addChecked(e *env, ix *index.Index, news []check.Article) error {
	if len(news) == 0 {
		return nil
	}
	entries := make([]index.Entry, len(news))
	for k, a := range news {
		entries[k] = index.Entry{Article: a.Input.Article, Claims: a.Input.Claims, Extractor: claims.Version}
	}
	st, err := ix.Put(entries)
	if err != nil {
		return err
	}
	for k, s := range st {
		e.stderrf("crosscheck: %-9s %s to %s\n", s, entries[k].Article.ID, ix.Dir())
	}
	if err := refreshFacts(ix, e.stderr); err != nil {
		return fmt.Errorf("%w (the articles are indexed; run crosscheck add again to retry)", err)
	}
	return nil
}

// writeCorpusBaseline records every contradiction of the indexed corpus.
func writeCorpusBaseline(c *cli.Context, e *env, dir, p string) error {
	if !index.Exists(dir) {
		return fmt.Errorf("no corpus in %s: add articles with crosscheck add PATH... before writing a baseline", dir)
	}
	in, _, err := loadCorpus(dir, e.stderr)
	if err != nil {
		return err
	}
	cfg := configOf(c)
	kept := in[:0]
	for _, x := range in {
		if !check.IgnoredArticle(x.Article.ID, x.Article.Source, cfg.Ignore.Articles) {
			kept = append(kept, x)
		}
	}
	b := check.BaselineOfReport(reconcile.Reconcile(kept, reconcile.Options{Corpus: dir}))
	if err := b.Write(p); err != nil {
		return err
	}
	e.stderrf("crosscheck: wrote %s of the %s in %s to %s\n", plural(b.Len(), "contradiction"), plural(len(kept), "article"), dir, p)
	return nil
}

// flagAfterArgs returns the index of the first argument after a file that names one of check's
// flags, or -1: urfave/cli stops reading flags at the first file, so "check a.txt --format json"
// would check a file named --format.
func flagAfterArgs(c *cli.Context) int {
	for k, a := range c.Args().Slice() {
		if a == "--" {
			return -1
		}
		name, _, _ := strings.Cut(a, "=")
		trimmed := strings.TrimLeft(name, "-")
		if len(name)-len(trimmed) == 0 || trimmed == "" {
			continue
		}
		for _, f := range c.Command.Flags {
			if valid(trimmed, f.Names()) {
				return k
			}
		}
	}
	return -1
}
