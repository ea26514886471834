package search

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/format"
	"github.com/crosscheck/crosscheck/reconcile"
)

// tableFormat is the view for people: one line per claim, columns separated by two spaces,
// and a last line saying how many claims match.
type tableFormat struct{}

var tableHeader = []string{"ARTICLE", "LANG", "QUOTE", "VALUE", "FACT", "STATUS"}

func (tableFormat) write(buf *bytes.Buffer, r *Result, opt Options) error {
	if len(r.Hits) == 0 {
		return nil
	}
	qw := opt.Width
	if qw <= 0 {
		qw = DefaultQuoteWidth
	}
	type row struct {
		cells []string
		q     format.Quote
	}
	rows := make([]row, len(r.Hits))
	widths := make([]int, len(tableHeader))
	for i, h := range tableHeader {
		widths[i] = format.Width(h)
	}
	for k, h := range r.Hits {
		q := format.QuoteOf(h.Claim, qw)
		fact, status := "", ""
		if h.Fact.Fact != "" {
			fact = h.Fact.Fact + " " + format.OneLine(h.Fact.Label)
			status = h.Fact.Status
			if h.Contradicted() {
				status = "CONTRADICTION"
			}
		}
		rows[k] = row{cells: []string{format.ShortID(h.Article), h.Lang, q.String(), format.OneLine(format.Reading(h.Claim)), fact, status}, q: q}
		for i, c := range rows[k].cells {
			widths[i] = max(widths[i], format.Width(c))
		}
	}
	line := func(cells []string, style func(i int, s string) string) {
		var b strings.Builder
		for i, c := range cells {
			last := i == len(cells)-1
			s := c
			if style != nil {
				s = style(i, c)
			}
			b.WriteString(s)
			if !last {
				b.WriteString(strings.Repeat(" ", widths[i]-format.Width(c)+2))
			}
		}
		buf.WriteString(strings.TrimRight(b.String(), " "))
		buf.WriteByte('\n')
	}
	line(tableHeader, nil)
	for k, rw := range rows {
		h := r.Hits[k]
		line(rw.cells, func(i int, s string) string {
			switch {
			case !opt.Color:
				return s
			case i == 2:
				return rw.q.Before + bold(rw.q.Mark) + rw.q.After
			case i == 5 && h.Fact.Status == reconcile.StatusContradiction:
				return "\x1b[1;31m" + s + "\x1b[0m"
			}
			return s
		})
	}
	switch {
	case r.Total == len(r.Hits):
		fmt.Fprintf(buf, "%s\n", plural(r.Total, "claim"))
	default:
		fmt.Fprintf(buf, "%d of %s (--limit N shows more, --limit 0 all)\n", len(r.Hits), plural(r.Total, "claim"))
	}
	return nil
}

func bold(s string) string {
	if s == "" {
		return s
	}
	return "\x1b[1m" + s + "\x1b[0m"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
