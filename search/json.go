package search

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/crosscheck/crosscheck/claims"
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
	return encodeJSON(buf, out, "  ")
}

func (jsonlFormat) write(buf *bytes.Buffer, r *Result, _ Options) error {
	for _, h := range r.Hits {
		if err := encodeJSON(buf, wireHit(h), ""); err != nil {
			return err
		}
	}
	return nil
}

// encodeJSON appends v and a newline to buf, with '<', '>' and '&' left as they are so that
// quotes stay readable (claims.Claim marshals itself with json.Marshal, which escapes them).
func encodeJSON(buf *bytes.Buffer, v any, indent string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Write(unescapeHTML(b.Bytes()))
	return nil
}

// unescapeHTML turns \u003c, \u003e and \u0026 inside JSON strings back into '<', '>' and '&',
// walking the JSON so that an escaped backslash followed by "u003c" is left alone.
func unescapeHTML(b []byte) []byte {
	if !bytes.Contains(b, []byte(`\u00`)) {
		return b
	}
	out := make([]byte, 0, len(b))
	inString := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case !inString:
			inString = c == '"'
		case c == '"':
			inString = false
		case c == '\\' && i+1 < len(b):
			if b[i+1] == 'u' && i+5 < len(b) {
				if r, ok := map[string]byte{"003c": '<', "003C": '<', "003e": '>', "003E": '>', "0026": '&'}[string(b[i+2:i+6])]; ok {
					out = append(out, r)
					i += 5
					continue
				}
			}
			out = append(out, c, b[i+1])
			i++
			continue
		}
		out = append(out, c)
	}
	return out
}
