package search

import (
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/crosscheck/crosscheck/claims"
)

// quote is a claim's sentence split around the claim's own text (mark), for highlighting.
type quote struct{ before, mark, after string }

func (q quote) String() string { return q.before + q.mark + q.after }

// makeQuote splits the claim's sentence around the claim and shortens it to at most w display
// columns, at word boundaries, with "…" where text was cut; the claim's text is always kept.
// Offsets that do not fit the sentence are not trusted: the text is then looked up in it.
func makeQuote(c claims.Claim, w int) quote {
	s := c.Sentence
	if s == "" {
		return quote{mark: oneLine(c.Text)}
	}
	off := c.Start - c.SentenceStart
	if c.Text == "" || off < 0 || off+len(c.Text) > len(s) || s[off:off+len(c.Text)] != c.Text {
		off = -1
		if c.Text != "" {
			off = strings.Index(s, c.Text)
		}
	}
	var q quote
	if off < 0 {
		q.after = oneLine(s)
	} else {
		q.before, q.mark, q.after = oneLine(s[:off]), oneLine(c.Text), oneLine(s[off+len(c.Text):])
	}
	q.before = strings.TrimLeft(q.before, " ")
	q.after = strings.TrimRight(q.after, " ")
	return q.cut(w)
}

// cut shortens the text around the mark to fit w columns, giving each side what the other
// does not need.
func (q quote) cut(w int) quote {
	bw, mw, aw := width(q.before), width(q.mark), width(q.after)
	if bw+mw+aw <= w {
		return q
	}
	avail := max(w-mw, 0)
	left, right := avail/2, avail-avail/2
	switch {
	case bw <= left:
		left, right = bw, avail-bw
	case aw <= right:
		left, right = avail-aw, aw
	}
	q.before = keepTail(q.before, left)
	q.after = keepHead(q.after, right)
	return q
}

// keepHead returns the start of s that fits in w columns, cut after a whole word and ending in
// "…" when anything was cut.
func keepHead(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 2 {
		return ""
	}
	runes := []rune(s)
	used, end := 0, 0
	for i, r := range runes {
		rw := width(string(r))
		if used+rw > w-1 {
			break
		}
		used += rw
		end = i + 1
	}
	// drop a word cut in two, unless it is all there is (a space right after s's start counts)
	if end < len(runes) && runes[end] != ' ' {
		if sp := lastSpace(runes[:end]); sp >= 0 {
			end = sp
		}
	}
	return strings.TrimRight(string(runes[:end]), " ") + "…"
}

// keepTail returns the end of s that fits in w columns, starting with a whole word and with
// "…" in front when anything was cut.
func keepTail(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 2 {
		return ""
	}
	runes := []rune(s)
	used, start := 0, len(runes)
	for i := len(runes) - 1; i >= 0; i-- {
		rw := width(string(runes[i]))
		if used+rw > w-1 {
			break
		}
		used += rw
		start = i
	}
	if start > 0 && runes[start-1] != ' ' {
		for i := start; i < len(runes); i++ {
			if runes[i] == ' ' {
				start = i + 1
				break
			}
		}
	}
	return "…" + strings.TrimLeft(string(runes[start:]), " ")
}

func lastSpace(rs []rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == ' ' {
			return i
		}
	}
	return -1
}

// oneLine turns every run of white space (new lines, no-break spaces) into one space and drops
// control characters, so that a quote is one line of a table.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return b.String()
}

// width is the display width of s, the same whatever the locale.
func width(s string) int { return twwidth.WidthWithOptions(s, twwidth.Options{}) }
