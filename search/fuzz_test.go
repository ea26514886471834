package search

import (
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
)

// FuzzParse checks that parse reads the query string as bleve's own parser does: where one
// refuses a query, so does the other, so that the column parse reports is the mistake bleve
// would have met. The one known difference: parse lets a word follow a comparison
// ("value:>=1e6"), which normalise then rewrites or refuses, and bleve refuses a quoted range
// bound that is not a time.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`denda unit:EUR value:>=1000000`, `+"prime minister" -kind:date`, `fine~1 fine^2`,
		`value:<-5`, `a\:b`, `"unterminated`, `unit:`, `:x`, `2020:x`, `+`, `x^`, `x~`, `a:b:c`,
		`"a":b`, `value:>="2020-01-01"`, `x\`, "a\tb", `value:=5`, `-5`, `5.5.5`, `a^1.5`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) || q == "" {
			return
		}
		parts, perr := parse(q)
		if perr == nil && len(parts) == 0 {
			return // blank: Build searches by the filters alone
		}
		_, berr := query.NewQueryStringQuery(q).Parse()
		if perr == nil && berr != nil {
			for _, p := range parts {
				if p.op != "" && (p.value.kind == tString || p.value.kind == tPhrase) {
					return // the known difference
				}
			}
			t.Fatalf("parse accepts %q, bleve refuses it: %v", q, berr)
		}
		if perr != nil && berr == nil {
			t.Fatalf("parse refuses %q (%v), bleve accepts it", q, perr)
		}
		if perr != nil && (perr.Column < 1 || perr.Column > utf8.RuneCountInString(q)+1) {
			t.Fatalf("parse(%q): column %d outside the query", q, perr.Column)
		}
	})
}

// FuzzBuild checks that any query string either builds or fails with a *QueryError that has a
// column inside the query: never a panic, never another error.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		`denda unit:EUR value:>=1e6`, `date:>=2020-05 date:<2021`, `kind:cash`, `foo:bar`,
		`title:"prime minister"`, `entity:CNIL concept:boete`, `value:>"x"`, `unit:eur*`, `/fin.*/`,
		`status:contradiction`, `fact:f1`, `sentence:amende~1`, `-fine`, `+7.5`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			return
		}
		_, err := Build(q, Filters{}, nil)
		if err == nil {
			return
		}
		qe, ok := err.(*QueryError)
		if !ok {
			t.Fatalf("Build(%q): %T %v, want a *QueryError", q, err, err)
		}
		if qe.Column < 0 || qe.Column > utf8.RuneCountInString(q)+1 {
			t.Fatalf("Build(%q): column %d outside the query", q, qe.Column)
		}
	})
}
