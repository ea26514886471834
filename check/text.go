package check

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeText writes one block per finding, the way compilers and linters do, then a summary:
//
//	drafts/quake.txt:2:1: high value: death (person): 38 person against at least 384 person in 5 articles (…)
//	    here:    «38 people have been killed by a powerful earthquake…»
//	    against: reuters.218865.fr (bench/reuters.218865.fr.txt:2:9) «Au moins 384 personnes…»
//	    why:     …
func writeText(w io.Writer, res Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range res.Findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", f.Path, f.Span.From.Line, f.Span.From.Column, f.Severity, f.Type, oneLine(message(f)))
		fmt.Fprintf(bw, "    here:    «%s»\n", oneLine(f.Quote))
		for _, p := range f.Against.Passages {
			fmt.Fprintf(bw, "    against: %s (%s:%d:%d) «%s»\n", p.Article, p.Path, p.Span.From.Line, p.Span.From.Column, oneLine(p.Quote))
		}
		fmt.Fprintf(bw, "    why:     %s\n", oneLine(f.Explanation))
		if !f.Fails {
			fmt.Fprintf(bw, "    (below the fail level %s)\n", res.FailLevel)
		}
	}
	if len(res.Findings) > 0 {
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, summary(res))
	return bw.Flush()
}

// oneLine folds runs of white space, line breaks included, into single spaces: one finding's
// lines stay its own.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
