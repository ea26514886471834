package format

import (
	"bytes"
	"encoding/json"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

// jsonFormat writes the version 1 JSON contract (REPORT_FORMAT.md): the whole report as one
// object, or claims as one array, indented by two spaces.
type jsonFormat struct{}

// jsonlFormat writes one compact JSON claim per line.
type jsonlFormat struct{}

// reportVersion is the version of REPORT_FORMAT.md this package writes.
const reportVersion = 1

func (jsonFormat) report(buf *bytes.Buffer, r reconcile.Report, _ Options) error {
	return EncodeJSON(buf, normalizeReport(r), "  ")
}

func (jsonFormat) claims(buf *bytes.Buffer, cs []claims.Claim, _ Options) error {
	if cs == nil {
		cs = []claims.Claim{}
	}
	return EncodeJSON(buf, cs, "  ")
}

func (jsonlFormat) claims(buf *bytes.Buffer, cs []claims.Claim, _ Options) error {
	for _, c := range cs {
		if err := EncodeJSON(buf, c, ""); err != nil {
			return err
		}
	}
	return nil
}

// EncodeJSON appends v and a newline to buf, indented with indent (compact if empty), with
// '<', '>' and '&' left as they are so that quotes stay readable.
func EncodeJSON(buf *bytes.Buffer, v any, indent string) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc.Encode(v)
}

// normalizeReport returns a copy of r in which every list of the contract is [] rather than
// null when empty, and the version is set. The caller's slices are not modified.
func normalizeReport(r reconcile.Report) reconcile.Report {
	if r.Version == 0 {
		r.Version = reportVersion
	}
	r.Articles = orEmpty(r.Articles)
	facts := make([]reconcile.Fact, len(r.Facts))
	for i, f := range r.Facts {
		f.Claims = orEmpty(f.Claims)
		cons := make([]reconcile.Contradiction, len(f.Contradictions))
		for j, c := range f.Contradictions {
			c.Claims = orEmpty(c.Claims)
			for k := range c.Sides {
				c.Sides[k].Claims = orEmpty(c.Sides[k].Claims)
				c.Sides[k].Articles = orEmpty(c.Sides[k].Articles)
			}
			cons[j] = c
		}
		f.Contradictions = cons
		facts[i] = f
	}
	r.Facts = facts
	return r
}

// orEmpty returns s, or an empty non-nil slice if s is nil, so that JSON shows [] and not null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
