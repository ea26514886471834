package e2e

import (
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

var (
	capitalised = regexp.MustCompile(`\b([A-Z][a-z]+)\b`)
	digits      = regexp.MustCompile(`\b([1-9][0-9]{0,2})\b`)
	years       = regexp.MustCompile(`\b(19[0-9]{2}|20[0-9]{2})\b`)
)

// scaledCorpus repeats NTREX-128 until it holds n articles. Copy k renames the story's names
// ("Kavanaugh" → "Kavanaughk3") and shifts its small figures and years, so that copies are other
// stories with other numbers, as a real corpus would be, not one story told 800 times.
func scaledCorpus(tb testing.TB, n int) []reconcile.Input {
	tb.Helper()
	base := ntrexArticles(tb, 1)
	out := make([]reconcile.Input, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, a := range base {
			if len(out) == n {
				break
			}
			if k > 0 {
				suffix := "k" + strconv.Itoa(k)
				a.Text = capitalised.ReplaceAllString(a.Text, "${1}"+suffix)
				a.Text = digits.ReplaceAllStringFunc(a.Text, func(d string) string {
					v, _ := strconv.Atoi(d)
					return strconv.Itoa(v + k%7)
				})
				a.Text = years.ReplaceAllStringFunc(a.Text, func(d string) string {
					v, _ := strconv.Atoi(d)
					return strconv.Itoa(v - 1 - k%40)
				})
				a.ID = fmt.Sprintf("%s.c%d", a.ID, k)
			}
			cs, err := claims.Extract(a, claims.Options{})
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, reconcile.Input{Article: a, Claims: cs})
		}
	}
	return out
}

func benchReconcile(b *testing.B, n int) {
	in := scaledCorpus(b, n)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	facts := 0
	for i := 0; i < b.N; i++ {
		facts = len(reconcile.Reconcile(in, reconcile.Options{}).Facts)
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(n), "articles")
	b.ReportMetric(float64(facts), "facts")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "MiB-alloc/op")
}

// BenchmarkReconcile10k and BenchmarkReconcile100k show how reconciliation grows with the corpus
// (the 100k one needs about 2 GB and a few minutes: run it alone, -bench Reconcile100k -benchtime 1x).
func BenchmarkReconcile10k(b *testing.B) { benchReconcile(b, 10_000) }

func BenchmarkReconcile100k(b *testing.B) {
	if os.Getenv("CROSSCHECK_BENCH_100K") == "" {
		b.Skip("set CROSSCHECK_BENCH_100K=1 to run it")
	}
	benchReconcile(b, 100_000)
}
