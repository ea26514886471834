package check

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/reconcile"
)

func candidateIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var entries []index.Entry
	put := func(in reconcile.Input, extractor string) {
		entries = append(entries, index.Entry{Article: in.Article, Claims: in.Claims, Extractor: extractor})
	}
	for _, x := range corpus(t) {
		put(x, claims.Version)
	}
	// other stories: fines elsewhere, and counts of other things
	for k := range 12 {
		put(input(t, fmt.Sprintf("other-%02d.txt", k), "x", fmt.Sprintf(
			"Bakery fined in Lyon\nThe Boulangerie Martin in Lyon was fined %d euros by the Prefecture on Tuesday.\n", 1000+k)), claims.Version)
	}
	// no shared names, but two of the new article's exact figures
	put(input(t, "figures.txt", "x", "Numbers\nthe fund holds 20 million euros and 1,200 members.\n"), claims.Version)
	// a shared name but no claim about the same measure
	put(input(t, "name-only.txt", "x", "Rotterdam weather\nIt rained in Rotterdam and Botlek for 3 hours.\n"), claims.Version)
	// the new article's own id: its old version
	put(input(t, "clash.txt", "old/clash.txt", clashText), claims.Version)
	// made by an older extractor
	old := input(t, "old-extractor.txt", "x", "Vopak fined\nVopak was fined 3 million euros for the Botlek spill in Rotterdam.\n")
	put(old, "0")
	if _, err := ix.Put(entries); err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(in []reconcile.Input) []string {
	out := make([]string, len(in))
	for k, x := range in {
		out[k] = x.Article.ID
	}
	sort.Strings(out)
	return out
}

func TestCandidates(t *testing.T) {
	ix := candidateIndex(t)
	news := []reconcile.Input{newArticle(t, "drafts/clash.txt", clashText).Input}
	got, st, err := Candidates(ix, news, CandidateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"figures.txt", "harbour-en.txt", "haven-nl.txt", "old-extractor.txt", "port-fr.txt"}
	if fmt.Sprint(ids(got)) != fmt.Sprint(want) {
		t.Errorf("candidates = %v, want %v (stats %+v)", ids(got), want, st)
	}
	if st.Reextracted != 1 || st.Loaded != 5 || st.Names == 0 {
		t.Errorf("stats = %+v", st)
	}
	for _, x := range got {
		if x.Article.Text == "" || (x.Article.ID != "figures.txt" && len(x.Claims) == 0) {
			t.Errorf("candidate %s loaded without its text or claims", x.Article.ID)
		}
	}

	// the cap keeps the best: articles sharing names and a measure come first
	got, _, err = Candidates(ix, news, CandidateOptions{Max: 2})
	if err != nil || len(got) != 2 || got[0].Article.ID == "figures.txt" || got[1].Article.ID == "figures.txt" {
		t.Errorf("Max 2: %v, %v", ids(got), err)
	}

	// ignore.articles
	got, _, _ = Candidates(ix, news, CandidateOptions{Skip: func(id, _ string) bool { return id == "haven-nl.txt" }})
	for _, x := range got {
		if x.Article.ID == "haven-nl.txt" {
			t.Error("a skipped article is a candidate")
		}
	}

	// the whole check through the index: the draft contradicts the three tellings
	res := run(t, []Article{newArticle(t, "drafts/clash.txt", clashText)}, got, Options{})
	if len(res.Findings) != 1 {
		t.Errorf("findings = %+v", res.Findings)
	}

	// a draft in a language the corpus does not have finds the story by its names all the same
	es := input(t, "es.txt", "es.txt", "Multa en Rotterdam\nLa autoridad portuaria de Rotterdam deberá pagar una multa de 20 millones de euros tras el vertido en la terminal de Vopak en Botlek.\n")
	if es.Article.Lang != "es" {
		t.Fatalf("language %s", es.Article.Lang)
	}
	got, _, err = Candidates(ix, []reconcile.Input{es}, CandidateOptions{})
	if err != nil || len(got) < 3 {
		t.Errorf("Spanish draft: %v, %v", ids(got), err)
	}

	// an article with neither names nor measures has no candidates
	plain := input(t, "plain.txt", "plain.txt", "nothing here\nit was a quiet day.\n")
	if got, _, err := Candidates(ix, []reconcile.Input{plain}, CandidateOptions{}); err != nil || len(got) != 0 {
		t.Errorf("plain article: %v, %v", ids(got), err)
	}
}
