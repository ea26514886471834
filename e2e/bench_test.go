package e2e

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/reconcile"
)

// benchCopies makes the benchmark corpus: NTREX-128's 123 stories × 6 languages, 4 times over
// under other ids: 2,952 articles.
const benchCopies = 4

func textBytes(arts []claims.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

// BenchmarkExtract measures extraction (sentences, numbers, units, bounds, modality) over NTREX in
// six languages; MB/s is of article text.
func BenchmarkExtract(b *testing.B) {
	arts := ntrexArticles(b, 1)
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := claims.Extract(a, claims.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func putAll(b *testing.B, ix *index.Index, arts []claims.Article) {
	const batch = 200
	entries := make([]index.Entry, 0, batch)
	for k, a := range arts {
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			b.Fatal(err)
		}
		entries = append(entries, index.Entry{Article: a, Claims: cs, Extractor: claims.Version})
		if len(entries) == batch || k == len(arts)-1 {
			if _, err := ix.Put(entries); err != nil {
				b.Fatal(err)
			}
			entries = entries[:0]
		}
	}
}

// BenchmarkAdd is `crosscheck add` on 2,952 articles: extraction and indexing, in batches of 200.
func BenchmarkAdd(b *testing.B) {
	arts := ntrexArticles(b, benchCopies)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := filepath.Join(b.TempDir(), "ix")
		ix, err := index.Open(dir, index.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		putAll(b, ix, arts)
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReport is `crosscheck report` on 2,952 indexed articles: reading the index and reconciling.
func BenchmarkReport(b *testing.B) {
	arts := ntrexArticles(b, benchCopies)
	dir := filepath.Join(b.TempDir(), "ix")
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	putAll(b, ix, arts)
	ix.Close()
	b.ReportAllocs()
	b.ResetTimer()
	facts := 0
	for i := 0; i < b.N; i++ {
		ix, err := index.Open(dir, index.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		entries, err := ix.Entries()
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
		in := make([]reconcile.Input, len(entries))
		for k, e := range entries {
			in[k] = reconcile.Input{Article: e.Article, Claims: e.Claims}
		}
		facts = len(reconcile.Reconcile(in, reconcile.Options{}).Facts)
	}
	b.ReportMetric(float64(len(arts)), "articles")
	b.ReportMetric(float64(facts), "facts")
}
