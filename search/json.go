package search

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/format"
)

// jsonFormat writes one document: {"query", "total", "hits": [...]}, indented by two spaces.
type jsonFormat struct{}

// jsonlFormat writes one compact hit per line.
type jsonlFormat struct{}

// jsonHit is the wire form of a Hit. The fact fields are null for a claim that states no fact
// the reconciler found (or an index whose facts were never computed).
type jsonHit struct {
	Article   string       `json:"article"`
	Lang      string       `json:"lang"`
	Title     string       `json:"title"`
	Claim     claims.Claim `json:"claim"`
	Fact      *string      `json:"fact"`
	FactLabel *string      `json:"fact_label"`
	Status    *string      `json:"status"`
	Score     float64      `json:"score"`
}

type jsonResult struct {
	Query string    `json:"query"`
	Total int       `json:"total"`
	Hits  []jsonHit `json:"hits"`
}

// MarshalJSON writes the hit as the json and jsonl formats do.
func (h Hit) MarshalJSON() ([]byte, error) { return json.Marshal(wireHit(h)) }

func wireHit(h Hit) jsonHit {
	j := jsonHit{Article: h.Article, Lang: h.Lang, Title: h.Title, Claim: h.Claim,
		Score: math.Round(h.Score*1e4) / 1e4}
	if h.Fact.Fact != "" {
		f, l, s := h.Fact.Fact, h.Fact.Label, h.Fact.Status
		j.Fact, j.FactLabel, j.Status = &f, &l, &s
	}
	return j
}

func (jsonFormat) write(buf *bytes.Buffer, r *Result, _ Options) error {
	out := jsonResult{Query: r.Query, Total: r.Total, Hits: make([]jsonHit, len(r.Hits))}
	for i, h := range r.Hits {
		out.Hits[i] = wireHit(h)
	}
	return format.EncodeJSON(buf, out, "  ")
}

func (jsonlFormat) write(buf *bytes.Buffer, r *Result, _ Options) error {
	for _, h := range r.Hits {
		if err := format.EncodeJSON(buf, wireHit(h), ""); err != nil {
			return err
		}
	}
	return nil
}
