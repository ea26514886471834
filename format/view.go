package format

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// view is what the human-readable formats (table, markdown, html) show of a report, worked out
// once so that they agree. Every string in it is clean: one line, no control characters.
type view struct {
	Summary        string // "5 articles (langs: en 1, fr 2, id 1, nl 1) · 5 facts · 2 contradictions"
	Corpus         string
	Contradictions []contradictionView
	Agreeing       []factView // consistent facts, stated by several articles
	Singles        []factView // facts stated by one article only
	Articles       []articleView
}

type contradictionView struct {
	N           int    // 1-based, across the report
	Fact        string // the fact's label
	Type        string
	Severity    string
	Outlier     string // "10 billion image · 001 nl"
	Majority    string // "20 billion image · 4 articles"
	Explanation string
	Quotes      [2]quoteView // the first claim of Sides[0] and of Sides[1]
}

// quoteView is a claim in (part of) its sentence: Before + Mark + After, where Mark is the claim.
type quoteView struct {
	Side   string // "outlier" or "majority"
	Source string // "001 nl"
	Lang   string // of the article, for HTML's lang attribute
	Before string
	Mark   string
	After  string
	OK     bool // false when the side's claim is not in the fact
}

type factView struct {
	Label    string
	Reading  string // the most common reading among its articles
	Articles string // "3 articles · en, fr"
	Sources  string // "000 id, 003 fr"
}

type articleView struct {
	Short, ID, Lang, Title, Source string
}

// sideNames label the two sides of a contradiction, as reconcile orders them; a note (low
// severity: conversions at different rates) has no outlier, only two readings.
var (
	sideNames = [2]string{"outlier", "majority"}
	noteSides = [2]string{"one", "other"}
)

// Longest quotes, in display columns, per format.
const (
	quoteWidthTable    = 100
	quoteWidthMarkdown = 160
	quoteWidthHTML     = 400
)

// newView works out what to show of r. Quotes are whole sentences: each format cuts them to
// its own width.
func newView(r reconcile.Report) view {
	v := view{Corpus: clean(r.Corpus)}
	langOf := make(map[string]string, len(r.Articles))
	langCount := map[string]int{}
	for _, a := range r.Articles {
		langOf[a.ID] = a.Lang
		langCount[langName(a.Lang)]++
		v.Articles = append(v.Articles, articleView{
			Short: shortID(a.ID), ID: clean(a.ID), Lang: clean(langName(a.Lang)),
			Title: clean(a.Title), Source: clean(a.Source),
		})
	}
	// low-severity findings (conversions at different rates) are notes, not contradictions
	ncon, nnotes := 0, 0
	for _, f := range r.Facts {
		for _, c := range f.Contradictions {
			if c.Severity == reconcile.SeverityLow {
				nnotes++
			} else {
				ncon++
			}
		}
	}
	v.Summary = fmt.Sprintf("%s%s · %s · %s",
		plural(len(r.Articles), "article"), langSummary(langCount),
		plural(len(r.Facts), "fact"), plural(ncon, "contradiction"))
	if nnotes > 0 {
		v.Summary += " · " + plural(nnotes, "note")
	}

	for _, f := range r.Facts {
		byID := make(map[string]int, len(f.Claims))
		for i, c := range f.Claims {
			if _, dup := byID[c.ID]; !dup {
				byID[c.ID] = i
			}
		}
		// articleLabel names an article by short id and language: "001 nl".
		articleLabel := func(id string) string {
			lang, ok := langOf[id]
			if !ok {
				for _, c := range f.Claims {
					if c.Article == id {
						lang = c.Lang
						break
					}
				}
			}
			return clean(shortID(id) + " " + langName(lang))
		}
		switch {
		case len(f.Contradictions) > 0:
			for _, c := range f.Contradictions {
				cv := contradictionView{
					N: len(v.Contradictions) + 1, Fact: clean(f.Label),
					Type: clean(c.Type), Severity: clean(c.Severity),
					Explanation: clean(c.Explanation),
				}
				out, maj := c.Sides[0], c.Sides[1]
				outArts := sideArticles(out, f.Claims, byID)
				labels := make([]string, len(outArts))
				for i, a := range outArts {
					labels[i] = articleLabel(a)
				}
				cv.Outlier = joinNonEmpty(" · ", clean(out.Reading), strings.Join(labels, ", "))
				cv.Majority = joinNonEmpty(" · ", clean(maj.Reading),
					plural(len(sideArticles(maj, f.Claims, byID)), "article"))
				names := sideNames
				if c.Severity == reconcile.SeverityLow {
					names = noteSides
				}
				for k, side := range c.Sides {
					q := quoteView{Side: names[k]}
					if len(side.Claims) > 0 {
						if i, ok := byID[side.Claims[0]]; ok {
							cl := f.Claims[i]
							q = makeQuote(cl)
							q.Side = names[k]
							q.Source = articleLabel(cl.Article)
							q.Lang = clean(cl.Lang)
						}
					}
					cv.Quotes[k] = q
				}
				v.Contradictions = append(v.Contradictions, cv)
			}
		case f.Status == reconcile.StatusSingle:
			v.Singles = append(v.Singles, newFactView(f, articleLabel))
		default:
			v.Agreeing = append(v.Agreeing, newFactView(f, articleLabel))
		}
	}
	// notes after the contradictions, numbered in that order
	sort.SliceStable(v.Contradictions, func(i, j int) bool {
		return v.Contradictions[i].Severity != reconcile.SeverityLow && v.Contradictions[j].Severity == reconcile.SeverityLow
	})
	for k := range v.Contradictions {
		v.Contradictions[k].N = k + 1
	}
	return v
}

// sideArticles returns the articles of one side of a contradiction: its own list, or, if the
// reconciler left that empty, the articles of its claims.
func sideArticles(s reconcile.Side, cs []claims.Claim, byID map[string]int) []string {
	if len(s.Articles) > 0 {
		return s.Articles
	}
	var arts []string
	seen := map[string]bool{}
	for _, id := range s.Claims {
		if i, ok := byID[id]; ok && !seen[cs[i].Article] {
			seen[cs[i].Article] = true
			arts = append(arts, cs[i].Article)
		}
	}
	return arts
}

// newFactView summarises a fact that has no contradiction: its most common reading (counted
// once per article, conversions only if nothing else), its articles and their languages.
func newFactView(f reconcile.Fact, articleLabel func(string) string) factView {
	var (
		articles []string // in order of first claim
		seenArt  = map[string]bool{}
		langs    []string
		seenLang = map[string]bool{}
		readings []string // in order of first appearance
		count    = map[string]int{}
		seenPair = map[[2]string]bool{}
	)
	hasOriginal := false
	for _, c := range f.Claims {
		if c.DerivedFrom == "" {
			hasOriginal = true
		}
	}
	for _, c := range f.Claims {
		if !seenArt[c.Article] {
			seenArt[c.Article] = true
			articles = append(articles, c.Article)
		}
		if l := langName(c.Lang); !seenLang[l] {
			seenLang[l] = true
			langs = append(langs, l)
		}
		if hasOriginal && c.DerivedFrom != "" {
			continue
		}
		rd := Reading(c)
		if _, ok := count[rd]; !ok {
			readings = append(readings, rd)
		}
		if p := [2]string{c.Article, rd}; !seenPair[p] {
			seenPair[p] = true
			count[rd]++
		}
	}
	best := ""
	for _, rd := range readings {
		if best == "" || count[rd] > count[best] {
			best = rd
		}
	}
	sort.Strings(langs)
	labels := make([]string, len(articles))
	for i, a := range articles {
		labels[i] = articleLabel(a)
	}
	return factView{
		Label:    clean(f.Label),
		Reading:  clean(best),
		Articles: clean(plural(len(articles), "article") + " · " + strings.Join(langs, ", ")),
		Sources:  strings.Join(labels, ", "),
	}
}

// langSummary writes " (langs: en 1, fr 2)" with languages sorted by code, or "" if none.
func langSummary(count map[string]int) string {
	if len(count) == 0 {
		return ""
	}
	langs := make([]string, 0, len(count))
	for l := range count {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = fmt.Sprintf("%s %d", clean(l), count[l])
	}
	return " (langs: " + strings.Join(parts, ", ") + ")"
}

// langName is the language code to show; "?" when unknown.
func langName(lang string) string {
	if lang == "" {
		return "?"
	}
	return lang
}

// plural writes "1 article", "4 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// shortID names an article briefly: the part of its id before the first "_" if there is one
// ("001_1d2ce94459935e22.txt" → "001"), else the id without extension, at most 12 characters.
func shortID(id string) string {
	s := id
	if i := strings.IndexByte(s, '_'); i > 0 {
		s = s[:i]
	} else if ext := path.Ext(s); ext != s {
		s = strings.TrimSuffix(s, ext)
	}
	s = clean(s)
	if utf8.RuneCountInString(s) > 12 {
		s = string([]rune(s)[:12])
	}
	if s == "" {
		return "?"
	}
	return s
}

// clean makes text safe to show on one line: runs of white space (newlines included) become
// one space, and other control characters (a terminal escape in an article) are dropped.
func clean(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune(r)
			space = false
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
			r == 0x85 || r == 0x2028 || r == 0x2029:
			if !space {
				b.WriteByte(' ')
			}
			space = true
		case unicode.IsControl(r) || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) ||
			(r >= 0x2066 && r <= 0x2069):
			// control characters and bidi overrides: drop
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return b.String()
}

func needsCleaning(s string) bool {
	prevSpace := false
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return true
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0x2028 || r == 0x2029 || r == 0x200E ||
			r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			return true
		}
	}
	return false
}

// width is the display width of s in a terminal (East Asian ambiguous characters narrow, so
// that the output does not depend on the locale).
func width(s string) int {
	return twwidth.WidthWithOptions(s, twwidth.Options{})
}

// makeQuote splits the claim's sentence around the claim. Offsets that do not fit the
// sentence are not trusted: the claim text is then looked up in it.
func makeQuote(c claims.Claim) quoteView {
	q := quoteView{OK: true}
	s := c.Sentence
	if s == "" {
		q.Mark = clean(c.Text)
		return q
	}
	off := c.Start - c.SentenceStart
	if c.Text == "" || off < 0 || off+len(c.Text) > len(s) || s[off:off+len(c.Text)] != c.Text {
		off = -1
		if c.Text != "" {
			off = strings.Index(s, c.Text)
		}
	}
	if off < 0 {
		q.After = clean(s)
	} else {
		q.Before, q.Mark, q.After = clean(s[:off]), clean(c.Text), clean(s[off+len(c.Text):])
	}
	q.Before = strings.TrimLeft(q.Before, " ")
	q.After = strings.TrimRight(q.After, " ")
	return q
}

// cut shortens the quote to at most max display columns around the claim, at word
// boundaries, with "…" where text was cut.
func (q quoteView) cut(max int) quoteView {
	bw, mw, aw := width(q.Before), width(q.Mark), width(q.After)
	if bw+mw+aw <= max {
		return q
	}
	avail := max - mw
	if avail < 2 {
		// The claim alone fills the quote.
		q.Mark = keepHead(q.Mark, max)
		if q.Before != "" {
			q.Before = "…"
		}
		q.After = ""
		return q
	}
	left, right := avail/2, avail-avail/2
	switch {
	case bw <= left:
		left, right = bw, avail-bw
	case aw <= right:
		left, right = avail-aw, aw
	}
	q.Before = keepTail(q.Before, left)
	q.After = keepHead(q.After, right)
	return q
}

// keepHead returns the start of s that fits in w columns, cut at a word boundary and ending
// in "…" if anything was cut.
func keepHead(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	used, end := 0, 0
	for i, r := range s {
		rw := width(string(r))
		if used+rw > w-1 {
			break
		}
		used += rw
		end = i + utf8.RuneLen(r)
	}
	head := s[:end]
	if end < len(s) && s[end] != ' ' {
		// Cut inside a word: drop its start, unless the whole head is that one word.
		if i := strings.LastIndexByte(head, ' '); i >= 0 {
			head = head[:i]
		}
	}
	return strings.TrimRight(head, " ") + "…"
}

// keepTail returns the end of s that fits in w columns, cut at a word boundary and starting
// with "…" if anything was cut.
func keepTail(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	used, start := 0, len(s)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		rw := width(string(r))
		if used+rw > w-1 {
			break
		}
		used += rw
		start -= size
	}
	tail := s[start:]
	if start > 0 && s[start-1] != ' ' {
		// Cut inside a word: drop its end, unless the whole tail is that one word.
		if i := strings.IndexByte(tail, ' '); i >= 0 {
			tail = tail[i+1:]
		}
	}
	return "…" + strings.TrimLeft(tail, " ")
}

// Quote is a claim's sentence split around the claim's own words, for highlighting.
type Quote struct{ Before, Mark, After string }

func (q Quote) String() string { return q.Before + q.Mark + q.After }

// QuoteOf splits the claim's sentence around the claim and cuts it to at most w display columns,
// at word boundaries, with "…" where text was cut; the claim's own words are kept.
func QuoteOf(c claims.Claim, w int) Quote {
	q := makeQuote(c).cut(w)
	return Quote{Before: q.Before, Mark: q.Mark, After: q.After}
}

// ShortID is how tables cite an article: "001" for "001_1d2ce94459935e22.txt".
func ShortID(id string) string { return shortID(id) }

// OneLine makes text safe for one line of a terminal: control characters and line breaks become spaces.
func OneLine(s string) string { return clean(s) }

// Width is the display width of s in a terminal.
func Width(s string) int { return width(s) }
