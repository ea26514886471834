package search

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
	"github.com/crosscheck/crosscheck/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedIndex builds an index of the seed articles, with their facts, as crosscheck add does.
func seedIndex(t testing.TB) *index.Index {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var in []reconcile.Input
	var entries []index.Entry
	for _, n := range names {
		b, err := seeds.FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Text(path.Base(n), "seeds/"+n, b, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, reconcile.Input{Article: a, Claims: cs})
		entries = append(entries, index.Entry{Article: a, Claims: cs, Extractor: claims.Version})
	}
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Put(entries); err != nil {
		t.Fatal(err)
	}
	rep := reconcile.Reconcile(in, reconcile.Options{})
	assign := reconcile.FactsByClaim(in, rep)
	if err := ix.SetFacts(assign); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	// as the command does: read-only
	ix, err = index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// texts returns "lang text" of each hit, sorted, for comparing sets of hits.
func texts(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Lang+" "+h.Claim.Text)
	}
	sort.Strings(out)
	return out
}

func TestSearchSeeds(t *testing.T) {
	ix := seedIndex(t)
	imageCounts := []string{"en 20 billion images", "fr 20 milliards d’images", "fr 20 milliards d’images",
		"id 20 miliar gambar", "nl 10 miljard afbeeldingen"}
	eurFines := []string{"en 7.5 million euros", "fr 20 millions d’euros", "fr 20\u00a0millions d’euros",
		"fr 20\u00a0millions d’euros", "id 20 juta Euro", "id 20 juta euro", "nl 20 miljoen euro"}
	tests := []struct {
		name string
		req  Request
		want []string
		top  bool // want are the best hits; others may follow
	}{
		// the title of 004 holds "images": its other claims follow, ranked lower
		{"image counts by unit in any language", Request{Query: "images", Filters: Filters{Kinds: []string{"count"}}}, imageCounts, true},
		{"the Indonesian word finds the others", Request{Query: "gambar", Filters: Filters{Kinds: []string{"count"}}}, imageCounts, false},
		{"the Dutch word too", Request{Query: "afbeeldingen kind:count"}, imageCounts, false},
		{"only the ICO fine is in GBP", Request{Query: "unit:GBP"}, []string{"fr 7,5 millions de livres sterling"}, false},
		{"a currency in words", Request{Query: `unit:"livres sterling"`}, []string{"fr 7,5 millions de livres sterling"}, false},
		{"fines over a million euros", Request{Query: "denda unit:EUR value:>=1000000"}, eurFines, false},
		{"the same as flags", Request{Query: "fine", Filters: Filters{Units: []string{"euros"}, Min: ptr(1e6)}}, eurFines, false},
		{"1e6 in the query", Request{Query: "boete unit:EUR value:>=1e6"}, eurFines, false},
		{"at most", Request{Query: "fine", Filters: Filters{Units: []string{"EUR"}, Min: ptr(1e6), Max: ptr(1e7)}}, []string{"en 7.5 million euros"}, false},
		{"the Dutch press", Request{Filters: Filters{Langs: []string{"nl"}, Kinds: []string{"money"}}}, []string{"nl 20 miljoen euro"}, false},
		{"a bound", Request{Query: "bound:up_to"}, []string{"nl 20 miljoen euro"}, false},
		{"a modality", Request{Query: "modality:conditional unit:EUR"}, []string{"nl 20 miljoen euro"}, false},
		{"a country's name in another language", Request{Query: "Britannien kind:money"},
			[]string{"en 7.5 million euros", "en IDR 117 Billion", "fr 7,5 millions de livres sterling", "fr 9,4 millions de dollars"}, false},
		{"a name", Request{Query: "entity:ico"}, []string{"en 28 days", "en May 24", "en six months"}, false},
		{"dates as dates", Request{Query: "date:>=2020-05 date:<=2020-05"}, []string{"fr mai 2020", "nl mei 2020"}, false},
		{"a year", Request{Query: "date:2024"}, []string{"fr 23 avril 2024"}, false},
		{"must not", Request{Query: "kind:date -date:2020"}, []string{"en May 24", "fr 23 avril 2024"}, false},
		{"Indonesian stems: dikenakan is kena", Request{Query: "sentence:kena"}, []string{"id 100.000 euro per hari", "id dua bulan"}, false},
		{"a phrase", Request{Query: `"mulai dikenakan"`}, []string{"id 100.000 euro per hari", "id dua bulan"}, false},
		{"a title", Request{Query: `title:"livres sterling" kind:count`}, nil, false},
		{"a wildcard", Request{Query: "unit:EUR/*"}, []string{"fr 100 000 euros", "id 100.000 euro per hari"}, false},
		{"the rate's unit", Request{Query: "unit:EUR/day"}, []string{"fr 100 000 euros", "id 100.000 euro per hari"}, false},
		{"nothing", Request{Query: "zebra"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Limit = -1
			res, err := Search(ix, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := texts(res)
			if tt.top && len(res.Hits) >= len(tt.want) {
				got = texts(&Result{Hits: res.Hits[:len(tt.want)]})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("hits (-want +got):\n%s", diff)
			}
			if res.Total != len(res.Hits) {
				t.Errorf("total %d, %d hits", res.Total, len(res.Hits))
			}
		})
	}
}

// TestSearchFine: "fine" finds the fines in every language (denda, boete, amende, fined), best
// first, and every hit carries its fact.
func TestSearchFine(t *testing.T) {
	ix := seedIndex(t)
	res, err := Search(ix, Request{Query: "fine", Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for i, h := range res.Hits {
		if h.Claim.Concept == "fine" {
			found[h.Lang] = true
		}
		if i > 0 && less(h, res.Hits[i-1]) {
			t.Errorf("hit %d (%s %s, %.3f) sorts before hit %d", i, h.Article, h.Claim.ID, h.Score, i-1)
		}
		if h.Fact.Fact == "" || h.Title == "" {
			t.Errorf("hit %s %s: fact %+v, title %q", h.Article, h.Claim.ID, h.Fact, h.Title)
		}
	}
	if diff := cmp.Diff(map[string]bool{"en": true, "fr": true, "id": true, "nl": true}, found); diff != "" {
		t.Errorf("languages of the fines (-want +got):\n%s", diff)
	}
	// a claim whose concept is fine outranks one that only shares its article's title
	first, last := res.Hits[0], res.Hits[len(res.Hits)-1]
	if first.Claim.Concept != "fine" || last.Claim.Concept == "fine" || first.Score <= last.Score {
		t.Errorf("first %s (%s, %.3f), last %s (%s, %.3f)", first.Claim.Text, first.Claim.Concept, first.Score,
			last.Claim.Text, last.Claim.Concept, last.Score)
	}
	// limit: the best of them, and the total
	top, err := Search(ix, Request{Query: "fine", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if top.Total != res.Total || len(top.Hits) != 3 || !cmp.Equal(top.Hits, res.Hits[:3]) {
		t.Errorf("limit 3: total %d, hits %d", top.Total, len(top.Hits))
	}
}

func TestSearchFacts(t *testing.T) {
	ix := seedIndex(t)
	res, err := Search(ix, Request{Filters: Filters{Statuses: []string{"contradiction"}}, Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no contradicted claims in the seeds")
	}
	fact := ""
	for _, h := range res.Hits {
		if !h.Contradicted() || h.Score != 0 {
			t.Errorf("%s %s: status %q, score %v", h.Article, h.Claim.ID, h.Fact.Status, h.Score)
		}
		if h.Claim.Unit == "image" {
			fact = h.Fact.Fact
		}
	}
	// filters alone sort by article and offset
	for i := 1; i < len(res.Hits); i++ {
		a, b := res.Hits[i-1], res.Hits[i]
		if a.Article > b.Article || a.Article == b.Article && a.Claim.Start > b.Claim.Start {
			t.Errorf("hits %d and %d out of order", i-1, i)
		}
	}
	for _, q := range []Request{{Filters: Filters{Facts: []string{fact}}}, {Query: "fact:" + fact}} {
		q.Limit = -1
		byFact, err := Search(ix, q)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(byFact.Hits); got != 5 {
			t.Errorf("%+v: %d claims, want the 5 image counts", q, got)
		}
	}
	_, err = Search(ix, Request{Filters: Filters{Facts: []string{"f999"}}})
	var fe *FilterError
	if !errors.As(err, &fe) || fe.Flag != "fact" {
		t.Errorf("unknown fact: %v", err)
	}
	_, err = Search(ix, Request{Query: "fine status:wrong"})
	var qe *QueryError
	if !errors.As(err, &qe) || qe.Column != 13 {
		t.Errorf("unknown status in the query: %v", err)
	}
}

// TestReadOnlyShared: two read-only handles on one index search side by side, as two
// crosscheck search processes do.
func TestReadOnlyShared(t *testing.T) {
	ix := seedIndex(t)
	other, err := index.Open(ix.Dir(), index.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second read-only open: %v", err)
	}
	defer other.Close()
	for _, x := range []*index.Index{ix, other} {
		res, err := Search(x, Request{Query: "unit:GBP"})
		if err != nil || res.Total != 1 {
			t.Errorf("search: %v, %+v", err, res)
		}
	}
}

func TestVocab(t *testing.T) {
	v := words()
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"denda", v.conceptsOf("denda"), []string{"fine"}},
		{"Boete", v.conceptsOf("Boete"), []string{"fine"}},
		{"amende", v.conceptsOf("amende"), []string{"fine"}},
		{"images", v.unitsOf("images"), []string{"image"}},
		{"gambar", v.unitsOf("gambar"), []string{"image"}},
		{"afbeeldingen", v.unitsOf("afbeeldingen"), []string{"image"}},
		{"livres sterling", v.unitsOf("livres  sterling"), []string{"GBP"}},
		{"eur", v.unitsOf("eur"), []string{"EUR"}},
		{"Frankrijk", v.entitiesOf("Frankrijk"), []string{"place:FR", "org:frankrijk"}},
		{"CNIL", v.entitiesOf("CNIL"), []string{"org:cnil"}},
	}
	for _, tt := range tests {
		if !containsAll(tt.got, tt.want) {
			t.Errorf("%s: %q, want %q among them", tt.name, tt.got, tt.want)
		}
	}
}

func containsAll(got, want []string) bool {
	for _, w := range want {
		if !contains(got, w) {
			return false
		}
	}
	return true
}

func TestFormats(t *testing.T) {
	ix := seedIndex(t)
	res, err := Search(ix, Request{Query: "images", Limit: 6})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, format string
		opt          Options
	}{
		{"images.table", "table", Options{}},
		{"images.table-color", "table", Options{Color: true}},
		{"images.table-40", "table", Options{Width: 40}},
		{"images.json", "json", Options{}},
		{"images.jsonl", "jsonl", Options{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := Write(&b, tt.format, res, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name+".golden", b.String())
			if !tt.opt.Color && strings.Contains(b.String(), "\x1b[") {
				t.Error("colour without Options.Color")
			}
		})
	}
	if err := Write(&strings.Builder{}, "xml", res, Options{}); err == nil {
		t.Error("format xml: no error")
	}
	// no hits: nothing for people and lines, an empty document for json
	empty := &Result{Query: "zebra"}
	for f, want := range map[string]string{"table": "", "jsonl": "", "json": "{\n  \"query\": \"zebra\",\n  \"total\": 0,\n  \"hits\": []\n}\n"} {
		var b strings.Builder
		if err := Write(&b, f, empty, Options{}); err != nil || b.String() != want {
			t.Errorf("%s, no hits: %q, %v", f, b.String(), err)
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (go test ./search -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", p, diff)
	}
}
