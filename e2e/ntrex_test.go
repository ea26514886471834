package e2e

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/ntrex"
)

var ntrexFile = filepath.Join("..", "testdata", "ntrex128", "ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")

// ntrexArticles reads testdata/ntrex128: each story in each of its six languages is one article,
// its first sentence the headline. copies > 1 repeats the corpus under other ids.
func ntrexArticles(tb testing.TB, copies int) []claims.Article {
	tb.Helper()
	base, err := ntrex.Articles(ntrexFile)
	if err != nil {
		tb.Fatal(err)
	}
	out := base
	for c := 1; c < copies; c++ {
		for _, a := range base {
			a.ID += "." + string(rune('a'+c))
			a.Source = "ntrex128/" + a.ID
			out = append(out, a)
		}
	}
	return out
}
