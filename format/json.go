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
	return encodeJSON(buf, normalizeReport(r), "  ")
}

func (jsonFormat) claims(buf *bytes.Buffer, cs []claims.Claim, _ Options) error {
	if cs == nil {
		cs = []claims.Claim{}
	}
	return encodeJSON(buf, cs, "  ")
}

func (jsonlFormat) claims(buf *bytes.Buffer, cs []claims.Claim, _ Options) error {
	for _, c := range cs {
		if err := encodeJSON(buf, c, ""); err != nil {
			return err
		}
	}
	return nil
}

// encodeJSON appends v and a newline to buf, indented with indent (compact if empty), with
// '<', '>' and '&' left as they are so quotes stay readable.
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
	// Values with their own MarshalJSON (claims.Claim) come back HTML-escaped from
	// json.Marshal whatever the encoder is told; undo that here.
	buf.Write(unescapeHTML(b.Bytes()))
	return nil
}

// unescapeHTML turns the escapes \u003c, \u003e and \u0026 inside JSON strings back into
// '<', '>' and '&'. It walks the JSON so that an escaped backslash followed by "u003c" is
// left alone.
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
				switch string(b[i+2 : i+6]) {
				case "003c", "003C":
					out = append(out, '<')
					i += 5
					continue
				case "003e", "003E":
					out = append(out, '>')
					i += 5
					continue
				case "0026":
					out = append(out, '&')
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
