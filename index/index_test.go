package index

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck/crosscheck/claims"
)

// equate treats nil and empty slices alike: claim JSON writes nil Cues as [].
var equate = cmpopts.EquateEmpty()

func openT(t testing.TB, dir string, opt Options) *Index {
	t.Helper()
	ix, err := Open(dir, opt)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func putT(t testing.TB, ix *Index, entries ...Entry) []PutStatus {
	t.Helper()
	st, err := ix.Put(entries)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(st) != len(entries) {
		t.Fatalf("Put returned %d statuses for %d entries", len(st), len(entries))
	}
	return st
}

func claim(article, id string) claims.Claim {
	return claims.Claim{
		ID: id, Article: article, Lang: "en", Start: 4, End: 15, Text: "€20 million",
		Sentence: "The €20 million fine was paid.", SentenceStart: 0,
		Kind: claims.KindMoney, Value: 20e6, Unit: "EUR", Bound: claims.BoundExact,
		Low: 20e6, High: 20e6, Precision: 1e6, Modality: claims.Asserted,
		Cues: []string{"paid"}, Concept: "fine",
	}
}

func entry(id, hash string, claimIDs ...string) Entry {
	e := Entry{
		Article: claims.Article{
			ID: id, Lang: "en", Title: "Title " + id, Source: "testdata/" + id + ".txt",
			Text: "The €20 million fine was paid by company " + id + ".", Hash: hash,
		},
		Extractor: "v1",
	}
	for _, c := range claimIDs {
		e.Claims = append(e.Claims, claim(id, c))
	}
	return e
}

// richEntry has claims that exercise the JSON round trip: derived_from,
// dates, open intervals, ranges, attribution, entities.
func richEntry() Entry {
	text := "Perusahaan itu didenda Rp 304 miliar (US$20 juta) pada 22 Mei 2020, lebih dari 1.000 pekerja."
	return Entry{
		Article: claims.Article{
			ID: "id-001", Lang: "id", Title: "Denda", Source: "feeds/id.json", Text: text, Hash: "abc123",
		},
		Extractor: "x-2",
		Claims: []claims.Claim{
			{
				ID: "c1", Article: "id-001", Lang: "id", Start: 23, End: 36, Text: "Rp 304 miliar",
				Sentence: text, Kind: claims.KindMoney, Value: 304e9, Unit: "IDR",
				Bound: claims.BoundExact, Low: 304e9, High: 304e9, Precision: 1e9,
				Modality: claims.Reported, Cues: []string{"didenda"}, Attribution: "OJK",
				Concept: "fine", Entities: []string{"OJK", "Perusahaan"},
			},
			{
				ID: "c2", Article: "id-001", Lang: "id", Start: 38, End: 50, Text: "US$20 juta",
				Sentence: text, Kind: claims.KindMoney, Value: 20e6, Unit: "USD",
				Bound: claims.BoundApproximate, Low: 19.5e6, High: 20.5e6, Precision: 1e6,
				Modality: claims.Asserted, DerivedFrom: "c1", Assumed: "$ read as USD",
			},
			{
				ID: "c3", Article: "id-001", Lang: "id", Start: 57, End: 68, Text: "22 Mei 2020",
				Sentence: text, Kind: claims.KindDate, Date: "2020-05-22", Bound: claims.BoundExact,
				Low: math.Inf(-1), High: math.Inf(1), Modality: claims.Asserted, Cues: []string{},
			},
			{
				ID: "c4", Article: "id-001", Lang: "id", Start: 70, End: 90, Text: "lebih dari 1.000",
				Sentence: text, Kind: claims.KindCount, Value: 1000, Unit: "pekerja",
				Bound: claims.BoundMoreThan, Low: 1000, High: math.Inf(1), Modality: claims.Asserted,
				RepeatOf: "c0",
			},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "ix")
	ix := openT(t, dir, Options{})
	want := []Entry{
		richEntry(),
		entry("b", "h1", "c1", "c2"),
		entry("a", "h2"), // no claims
		{Article: claims.Article{ID: "sv-1", Lang: "sv", Text: "Böter på 20 miljoner kronor."}},
	}
	st := putT(t, ix, want...)
	if diff := cmp.Diff([]PutStatus{Added, Added, Added, Added}, st); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	check := func(t *testing.T, ix *Index) {
		for _, w := range want {
			got, ok, err := ix.Get(w.Article.ID)
			if err != nil || !ok {
				t.Fatalf("Get(%s) = ok %v, err %v", w.Article.ID, ok, err)
			}
			if diff := cmp.Diff(w, got, equate); diff != "" {
				t.Errorf("Get(%s) (-want +got):\n%s", w.Article.ID, diff)
			}
		}
		if _, ok, err := ix.Get("missing"); ok || err != nil {
			t.Errorf("Get(missing) = ok %v, err %v; want false, nil", ok, err)
		}
		all, err := ix.Entries()
		if err != nil {
			t.Fatal(err)
		}
		sorted := []Entry{want[2], want[1], want[0], want[3]} // a, b, id-001, sv-1
		if diff := cmp.Diff(sorted, all, equate); diff != "" {
			t.Errorf("Entries (-want +got):\n%s", diff)
		}
		if n, err := ix.Len(); n != 4 || err != nil {
			t.Errorf("Len = %d, %v; want 4", n, err)
		}
		// 4 articles + 4 + 2 claims
		if n, err := ix.Bleve().DocCount(); n != 10 || err != nil {
			t.Errorf("DocCount = %d, %v; want 10", n, err)
		}
	}
	check(t, ix)
	if !Exists(dir) {
		t.Errorf("Exists(%s) = false after Open", dir)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	t.Run("reopened", func(t *testing.T) { check(t, openT(t, dir, Options{})) })
}

// countClaims returns how many claim docs belong to article.
func countClaims(t *testing.T, ix *Index, article string) uint64 {
	t.Helper()
	q := query.NewConjunctionQuery([]query.Query{typeQuery(TypeClaim), termQuery("article", article)})
	res, err := ix.Bleve().Search(bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func hasDoc(t *testing.T, ix *Index, id string) bool {
	t.Helper()
	res, err := ix.Bleve().Search(bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	return res.Total == 1
}

func TestPutStatuses(t *testing.T) {
	v1 := entry("a", "h1", "c1", "c2", "c3")
	v2 := entry("a", "h2", "c1", "c4")
	v1x := v1
	v1x.Extractor = "v2"
	other := entry("z", "h9", "c1")
	tests := []struct {
		name       string
		first      []Entry
		second     []Entry
		want       []PutStatus
		wantClaims []string // claim IDs of "a" afterwards
		gone       []string // claim IDs of "a" that must not be found
	}{
		{"same hash", []Entry{v1, other}, []Entry{v1}, []PutStatus{Unchanged}, []string{"c1", "c2", "c3"}, nil},
		{"changed hash", []Entry{v1, other}, []Entry{v2}, []PutStatus{Replaced}, []string{"c1", "c4"}, []string{"c2", "c3"}},
		{"changed extractor", []Entry{v1, other}, []Entry{v1x}, []PutStatus{Replaced}, []string{"c1", "c2", "c3"}, nil},
		{"new and unchanged", []Entry{other}, []Entry{v1, other}, []PutStatus{Added, Unchanged}, []string{"c1", "c2", "c3"}, nil},
		{"twice in one batch", []Entry{other}, []Entry{v1, v2}, []PutStatus{Added, Replaced}, []string{"c1", "c4"}, []string{"c2", "c3"}},
		{"replace then back", []Entry{v1, other}, []Entry{v2, v1}, []PutStatus{Replaced, Replaced}, []string{"c1", "c2", "c3"}, []string{"c4"}},
		{"replace then same", []Entry{v1, other}, []Entry{v2, v2}, []PutStatus{Replaced, Unchanged}, []string{"c1", "c4"}, []string{"c2", "c3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := openT(t, t.TempDir(), Options{})
			putT(t, ix, tt.first...)
			if diff := cmp.Diff(tt.want, putT(t, ix, tt.second...)); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
			if n := countClaims(t, ix, "a"); n != uint64(len(tt.wantClaims)) {
				t.Errorf("claim docs of a = %d, want %d", n, len(tt.wantClaims))
			}
			for _, c := range tt.wantClaims {
				if !hasDoc(t, ix, "c:a:"+c) {
					t.Errorf("claim doc c:a:%s missing", c)
				}
			}
			for _, c := range tt.gone {
				if hasDoc(t, ix, "c:a:"+c) {
					t.Errorf("claim doc c:a:%s still present", c)
				}
			}
			if n := countClaims(t, ix, "z"); n != 1 {
				t.Errorf("claim docs of z = %d, want 1", n)
			}
			// articles a and z, their claims, nothing else
			want := uint64(2 + 1 + len(tt.wantClaims))
			if n, err := ix.Bleve().DocCount(); n != want || err != nil {
				t.Errorf("DocCount = %d, %v; want %d", n, err, want)
			}
			got, _, err := ix.Get("a")
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range got.Claims {
				ids = append(ids, c.ID)
			}
			if diff := cmp.Diff(tt.wantClaims, ids); diff != "" {
				t.Errorf("stored claims of a (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPutErrors(t *testing.T) {
	ix := openT(t, t.TempDir(), Options{})
	if _, err := ix.Put([]Entry{{}}); err == nil {
		t.Error("Put of an entry without ID: no error")
	}
	if st, err := ix.Put(nil); err != nil || len(st) != 0 {
		t.Errorf("Put(nil) = %v, %v", st, err)
	}
}

func TestDelete(t *testing.T) {
	ix := openT(t, t.TempDir(), Options{})
	putT(t, ix, entry("a", "h", "c1", "c2"), entry("b", "h", "c1"))
	if err := ix.Delete("a"); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("never-there"); err != nil {
		t.Errorf("Delete of an absent article: %v", err)
	}
	if _, ok, _ := ix.Get("a"); ok {
		t.Error("a still there after Delete")
	}
	if n := countClaims(t, ix, "a"); n != 0 {
		t.Errorf("%d claim docs of a left", n)
	}
	if n, _ := ix.Bleve().DocCount(); n != 2 {
		t.Errorf("DocCount = %d, want 2 (b and its claim)", n)
	}
}

// TestPaging lowers the page size so that Entries, the version look-up and the
// claim look-up each need several pages.
func TestPaging(t *testing.T) {
	old := pageSize
	pageSize = 100
	t.Cleanup(func() { pageSize = old })

	ix := openT(t, t.TempDir(), Options{})
	const n = 250
	var all []Entry
	for _, i := range rand.New(rand.NewPCG(1, 2)).Perm(n) {
		all = append(all, entry(fmt.Sprintf("art-%04d", i), "h1", "c1"))
	}
	putT(t, ix, all[:120]...)
	putT(t, ix, all[120:]...)

	// 250 in one Put: 120 unchanged and 130 replaced, looked up in 3 pages
	for i := 120; i < n; i++ {
		all[i].Article.Hash = "h2"
	}
	st := putT(t, ix, all...)
	counts := map[PutStatus]int{}
	for _, s := range st {
		counts[s]++
	}
	if counts[Unchanged] != 120 || counts[Replaced] != 130 {
		t.Errorf("statuses: %v, want 120 unchanged, 130 replaced", counts)
	}

	got, err := ix.Entries()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("Entries: %d, want %d", len(got), n)
	}
	for i, e := range got {
		if want := fmt.Sprintf("art-%04d", i); e.Article.ID != want {
			t.Fatalf("Entries[%d] = %s, want %s", i, e.Article.ID, want)
		}
	}

	// an article with more claims than a page: replacing it removes them all
	var many []string
	for i := range 230 {
		many = append(many, fmt.Sprintf("k%03d", i))
	}
	putT(t, ix, entry("big", "h1", many...))
	if c := countClaims(t, ix, "big"); c != 230 {
		t.Fatalf("claim docs of big = %d, want 230", c)
	}
	putT(t, ix, entry("big", "h2", "k000"))
	if c := countClaims(t, ix, "big"); c != 1 {
		t.Errorf("claim docs of big after replace = %d, want 1", c)
	}
}

// TestSearchFields checks that each language's text is searchable in its own
// field with its own analyzer, and claims by their numeric and keyword fields.
func TestSearchFields(t *testing.T) {
	ix := openT(t, t.TempDir(), Options{})
	en := entry("en-1", "h", "c1")
	en.Article.Text = "The company was fined heavily by the regulators."
	nl := Entry{Article: claims.Article{ID: "nl-1", Lang: "nl", Text: "Het bedrijf kreeg boetes van de toezichthouders."}}
	sv := Entry{Article: claims.Article{ID: "sv-1", Lang: "sv", Text: "Företaget fick böter."}}
	putT(t, ix, en, richEntry(), nl, sv)

	match := func(field, text string) *query.MatchQuery {
		q := query.NewMatchQuery(text)
		q.SetField(field)
		return q
	}
	rng := func(field string, lo, hi float64) query.Query {
		q := query.NewNumericRangeQuery(&lo, &hi)
		q.SetField(field)
		return q
	}
	tests := []struct {
		name string
		q    query.Query
		want []string
	}{
		{"en stemmed", match(BodyField("en"), "fines"), []string{"a:en-1"}},
		{"nl stemmed", match(BodyField("nl"), "toezichthouder"), []string{"a:nl-1"}},
		{"id lowercased", match(BodyField("id"), "PERUSAHAAN"), []string{"a:id-001"}},
		{"id stop word", match(BodyField("id"), "itu"), nil},
		{"other language", match(BodyField("sv"), "böter"), []string{"a:sv-1"}},
		{"title", match("title", "title"), []string{"a:en-1"}},
		{"sentence id", match(SentenceField("id"), "didenda"), []string{"c:id-001:c1", "c:id-001:c2", "c:id-001:c3", "c:id-001:c4"}},
		{"value range", rng("value", 1e11, 1e12), []string{"c:id-001:c1"}},
		{"open high not indexed", rng("high", 1e3, 1e30), []string{"c:en-1:c1", "c:id-001:c1", "c:id-001:c2"}}, // not c4
		{"low", rng("low", 999, 1001), []string{"c:id-001:c4"}},
		{"unit", termQuery("unit", "IDR"), []string{"c:id-001:c1"}},
		{"date", termQuery("date", "2020-05-22"), []string{"c:id-001:c3"}},
		{"claim text keyword", termQuery("text", "US$20 juta"), []string{"c:id-001:c2"}},
		{"article text not indexed", match("text", "regulators"), nil},
		{"extractor", termQuery("extractor", "x-2"), []string{"a:id-001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := bleve.NewSearchRequestOptions(tt.q, 20, 0, false)
			req.SortBy([]string{"_id"})
			res, err := ix.Bleve().Search(req)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("hits (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFieldNames(t *testing.T) {
	tests := []struct{ lang, body, sentence, analyzer string }{
		{"en", "body_en", "sentence_en", "en"},
		{"id", "body_id", "sentence_id", IndonesianAnalyzer},
		{"sv", "body_other", "sentence_other", "standard"},
		{"", "body_other", "sentence_other", "standard"},
	}
	for _, tt := range tests {
		if got := BodyField(tt.lang); got != tt.body {
			t.Errorf("BodyField(%q) = %q, want %q", tt.lang, got, tt.body)
		}
		if got := SentenceField(tt.lang); got != tt.sentence {
			t.Errorf("SentenceField(%q) = %q, want %q", tt.lang, got, tt.sentence)
		}
		if got := AnalyzerFor(tt.lang); got != tt.analyzer {
			t.Errorf("AnalyzerFor(%q) = %q, want %q", tt.lang, got, tt.analyzer)
		}
	}
	for s, want := range map[PutStatus]string{Added: "added", Unchanged: "unchanged", Replaced: "replaced"} {
		if s.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(s), s.String(), want)
		}
	}
}

func TestReadOnly(t *testing.T) {
	dir := t.TempDir() // exists and is empty: Open creates the index in it
	ix := openT(t, dir, Options{})
	putT(t, ix, entry("a", "h", "c1"))
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	r1 := openT(t, dir, Options{ReadOnly: true})
	r2 := openT(t, dir, Options{ReadOnly: true, Timeout: 500 * time.Millisecond})
	for i, r := range []*Index{r1, r2} {
		if _, ok, err := r.Get("a"); !ok || err != nil {
			t.Errorf("reader %d: Get = %v, %v", i+1, ok, err)
		}
	}
	if _, err := r1.Put([]Entry{entry("b", "h")}); err == nil {
		t.Error("Put on a read-only index: no error")
	}
	if err := r1.Delete("a"); err == nil {
		t.Error("Delete on a read-only index: no error")
	}
	// a writer cannot share the index with readers
	var le *LockedError
	if _, err := Open(dir, Options{Timeout: 200 * time.Millisecond}); !errors.As(err, &le) {
		t.Errorf("writer Open while readers hold the index: %v, want *LockedError", err)
	}
}

func TestNotIndex(t *testing.T) {
	base := t.TempDir()
	plain := filepath.Join(base, "plain")
	if err := os.MkdirAll(plain, 0o755); err != nil {
		t.Fatal(err)
	}
	notes := filepath.Join(plain, "notes.txt")
	if err := os.WriteFile(notes, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(base, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// a bleve index that crosscheck did not make
	foreign := filepath.Join(base, "foreign")
	bi, err := bleve.New(foreign, bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	bi.Close()

	tests := []struct {
		name string
		dir  string
		opt  Options
	}{
		{"read-only missing", filepath.Join(base, "missing"), Options{ReadOnly: true}},
		{"read-only plain folder", plain, Options{ReadOnly: true}},
		{"plain folder", plain, Options{}},
		{"file", file, Options{}},
		{"foreign bleve index", foreign, Options{}},
		{"foreign bleve index read-only", foreign, Options{ReadOnly: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := Open(tt.dir, tt.opt)
			if err == nil {
				ix.Close()
			}
			var ne *NotIndexError
			if !errors.As(err, &ne) || ne.Dir != tt.dir {
				t.Fatalf("Open = %v, want *NotIndexError for %s", err, tt.dir)
			}
			if Exists(tt.dir) {
				t.Errorf("Exists(%s) = true", tt.dir)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(base, "missing")); !os.IsNotExist(err) {
		t.Errorf("read-only Open created the folder: %v", err)
	}
	if b, err := os.ReadFile(notes); err != nil || string(b) != "keep me" {
		t.Errorf("plain folder touched: %q, %v", b, err)
	}
	if ents, _ := os.ReadDir(base); len(ents) != 3 {
		t.Errorf("leftovers in %s: %v", base, ents)
	}
}

func TestErrorMessages(t *testing.T) {
	le := &LockedError{Dir: "corpus"}
	if got, want := le.Error(), "index corpus is in use by another process (close it, or use --index to pick another folder)"; got != want {
		t.Errorf("LockedError = %q, want %q", got, want)
	}
	if got := (&NotIndexError{Dir: "x"}).Error(); !strings.HasPrefix(got, "index x ") {
		t.Errorf("NotIndexError = %q", got)
	}
}
