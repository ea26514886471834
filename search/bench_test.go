package search

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/internal/ntrex"
	"github.com/crosscheck/crosscheck/reconcile"
)

// The search benchmark runs on NTREX-128 (123 news stories in six languages, 738 articles)
// repeated under new ids up to SEARCH_BENCH_ARTICLES articles (default 2,952). Building the
// index is not measured; it takes about a second per 300 articles, so for 100,000 articles
// (about six minutes) keep it in a folder and reuse it:
//
//	SEARCH_BENCH_ARTICLES=100000 SEARCH_BENCH_INDEX=/tmp/ix100k \
//	  go test ./search -run '^$' -bench Search -benchtime 200x -timeout 60m
//
// An existing SEARCH_BENCH_INDEX is reused as it is (delete it to rebuild). The whole command,
// start-up included, is measured on the same index by search/bench_command.sh.

// benchQueries are the searches measured: words that go through the concept and unit tables,
// field clauses, flags only, and mixes.
var benchQueries = []struct {
	name string
	req  Request
}{
	{"word-fine", Request{Query: "fine"}},
	{"word-people", Request{Query: "people"}},
	{"word-denda", Request{Query: "denda"}},
	{"word-percent", Request{Query: "percent"}},
	{"phrase", Request{Query: `"prime minister"`}},
	{"words-2", Request{Query: "police killed"}},
	{"unit-EUR-min", Request{Query: "unit:EUR value:>=1000000"}},
	{"word-unit-value", Request{Query: "million unit:USD value:>=1e6"}},
	{"filters-lang-kind", Request{Filters: Filters{Langs: []string{"nl"}, Kinds: []string{"money"}}}},
	{"filters-status", Request{Filters: Filters{Statuses: []string{"contradiction"}}}},
	{"word-status", Request{Query: "people status:contradiction"}},
	{"word-lang-min", Request{Query: "Prozent", Filters: Filters{Langs: []string{"de"}, Min: ptr(10)}}},
	{"date-range", Request{Query: "date:>=2000 date:<2020-07"}},
	{"nothing", Request{Query: "zebrafish"}},
}

func ptr(f float64) *float64 { return &f }

func BenchmarkSearch(b *testing.B) {
	n := 2952
	if s := os.Getenv("SEARCH_BENCH_ARTICLES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v <= 0 {
			b.Fatalf("SEARCH_BENCH_ARTICLES=%q: not a positive number", s)
		}
		n = v
	}
	dir := os.Getenv("SEARCH_BENCH_INDEX")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "ix")
	}
	if !index.Exists(dir) {
		start := time.Now()
		buildBenchIndex(b, dir, n)
		b.Logf("built an index of %d articles in %s in %s", n, dir, time.Since(start).Round(time.Second))
	}
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	articles, err := ix.Len()
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("index %s: %d articles", dir, articles)

	var all []time.Duration
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			var times []time.Duration
			hits := 0
			for b.Loop() {
				t := time.Now()
				res, err := Search(ix, bq.req)
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t))
				hits = res.Total
			}
			all = append(all, times...)
			reportPercentiles(b, times)
			b.ReportMetric(float64(hits), "hits")
		})
	}
	if len(all) > 0 {
		slices.Sort(all)
		b.Logf("all queries, %d runs on %d articles: p50 %s, p95 %s, max %s", len(all), articles,
			pct(all, 50), pct(all, 95), all[len(all)-1])
	}
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	slices.Sort(times)
	b.ReportMetric(float64(pct(times, 50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(times, 95).Microseconds())/1000, "p95-ms")
}

// pct is the p-th percentile of sorted durations (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	k := (len(sorted)*p + 99) / 100
	return sorted[max(k-1, 0)]
}

// buildBenchIndex indexes n articles made from NTREX-128 in dir, with their facts: the base
// articles are extracted and reconciled once, and every copy gets their claims and facts under
// its own ids.
func buildBenchIndex(tb testing.TB, dir string, n int) {
	base := ntrexArticles(tb)
	in := make([]reconcile.Input, len(base))
	for k, a := range base {
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		in[k] = reconcile.Input{Article: a, Claims: cs}
	}
	rep := reconcile.Reconcile(in, reconcile.Options{})
	baseFacts := reconcile.FactsByClaim(in, rep)

	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer ix.Close()
	facts := map[string]map[string]index.FactRef{}
	const batch = 500
	var entries []index.Entry
	for i := 0; i < n; i++ {
		src := in[i%len(in)]
		copyN := i / len(in)
		a := src.Article
		id := fmt.Sprintf("%s.%d", a.ID, copyN)
		a.ID, a.Hash = id, fmt.Sprintf("%s-%d", a.Hash, copyN)
		cs := make([]claims.Claim, len(src.Claims))
		for k, c := range src.Claims {
			c.Article = id
			cs[k] = c
		}
		entries = append(entries, index.Entry{Article: a, Claims: cs, Extractor: claims.Version})
		for c, ref := range baseFacts[src.Article.ID] {
			if facts[id] == nil {
				facts[id] = map[string]index.FactRef{}
			}
			ref.Fact = fmt.Sprintf("%s.%d", ref.Fact, copyN)
			facts[id][c] = ref
		}
		if len(entries) == batch || i == n-1 {
			if _, err := ix.Put(entries); err != nil {
				tb.Fatal(err)
			}
			entries = entries[:0]
		}
	}
	if err := ix.SetFacts(facts); err != nil {
		tb.Fatal(err)
	}
}

// ntrexArticles reads testdata/ntrex128: each story in each of its six languages is one article.
func ntrexArticles(tb testing.TB) []claims.Article {
	arts, err := ntrex.Articles(filepath.Join("..", "testdata", "ntrex128", "ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}
