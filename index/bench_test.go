package index

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

var benchWords = strings.Fields(`the company said regulators fined million billion percent
workers strike government budget report minister court ruled agency data year month
increase decrease market shares price inflation bank loan contract police fire`)

// synthetic returns n articles of about 3 KB with 10 claims each.
func synthetic(r *rand.Rand, prefix string, n int) []Entry {
	out := make([]Entry, n)
	for i := range out {
		id := fmt.Sprintf("%s-%05d", prefix, i)
		var sb strings.Builder
		for sb.Len() < 3000 {
			sb.WriteString(benchWords[r.IntN(len(benchWords))])
			sb.WriteByte(' ')
		}
		e := Entry{
			Article: claims.Article{ID: id, Lang: "en", Title: "Synthetic " + id,
				Source: "bench/" + id, Text: sb.String(), Hash: fmt.Sprint(r.Uint64())},
			Extractor: "bench",
		}
		for j := range 10 {
			c := claim(id, fmt.Sprintf("c%d", j))
			c.Value = float64(r.IntN(1e6))
			c.Low, c.High = c.Value, c.Value
			e.Claims = append(e.Claims, c)
		}
		out[i] = e
	}
	return out
}

// BenchmarkPut puts batches of 100 new articles (1,100 documents a batch).
func BenchmarkPut(b *testing.B) {
	ix := openT(b, b.TempDir(), Options{})
	r := rand.New(rand.NewPCG(3, 4))
	docs := 0
	batch := 0
	for b.Loop() {
		b.StopTimer()
		entries := synthetic(r, fmt.Sprintf("b%d", batch), 100)
		batch++
		b.StartTimer()
		if _, err := ix.Put(entries); err != nil {
			b.Fatal(err)
		}
		for _, e := range entries {
			docs += 1 + len(e.Claims)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(batch*100)/b.Elapsed().Seconds(), "articles/s")
}
