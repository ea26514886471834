package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Severity levels, lowest first.
var levels = map[string]int{reconcile.SeverityLow: 1, reconcile.SeverityMedium: 2, reconcile.SeverityHigh: 3}

// Levels lists the fail levels, highest first.
var Levels = []string{reconcile.SeverityHigh, reconcile.SeverityMedium, reconcile.SeverityLow}

// DefaultFailLevel is the fail level when neither the flag nor the config sets one.
const DefaultFailLevel = reconcile.SeverityHigh

// StdinPath is the path a finding in an article read from standard input carries.
const StdinPath = "<stdin>"

// Article is a new article to check: the path it was read from (StdinPath for standard input),
// and the article with its claims.
type Article struct {
	Path  string
	Input reconcile.Input
}

// Options tune Check.
type Options struct {
	FailLevel   string            // high (default), medium or low: findings at or above it fail
	Severities  map[string]string // contradiction type -> severity that replaces the reconciler's, or "off"
	IgnoreFacts []string          // fact labels or globs (path.Match, case-insensitive) to leave out
	Baseline    *Baseline         // contradictions already known: reported as baselined, never failing
	Corpus      string            // described in the result
	Population  int               // articles in the whole corpus, for the reconciler's sense of rare names
}

// Result is the outcome of a check: the new articles and the findings in them, sorted.
type Result struct {
	FailLevel  string       `json:"fail_level"`
	Corpus     string       `json:"corpus,omitempty"`
	Candidates int          `json:"candidates"` // corpus articles compared with the new ones
	Articles   []Checked    `json:"articles"`
	Findings   []Finding    `json:"findings"`
	Baselined  int          `json:"baselined"` // findings the baseline suppresses (not in Findings)
	Ignored    int          `json:"ignored"`   // findings left out by ignore.facts or a severity "off"
	Errors     []InputError `json:"errors"`    // inputs that could not be checked (set by the caller)
}

// InputError is an input that could not be read or checked.
type InputError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Checked is one new article and what was found in it.
type Checked struct {
	Path     string `json:"path"`
	ID       string `json:"id"`
	Lang     string `json:"lang"`
	Title    string `json:"title"`
	Claims   int    `json:"claims"`
	Findings int    `json:"findings"`
	Failures int    `json:"failures"` // findings at or above the fail level
}

// Finding is one contradiction as it concerns one new article: where the article states its side,
// and what the other side states and where.
type Finding struct {
	Path        string  `json:"path"`
	Article     string  `json:"article"`
	Lang        string  `json:"lang"`
	Span        Span    `json:"span"`
	Text        string  `json:"text"`     // the claim as written
	Sentence    string  `json:"sentence"` // its sentence
	Quote       string  `json:"quote"`    // the claim with some of its sentence around it
	Type        string  `json:"type"`
	Severity    string  `json:"severity"`
	Fails       bool    `json:"fails"` // at or above the fail level
	Fact        string  `json:"fact"`  // the fact's label
	Reading     string  `json:"reading"`
	Outlier     bool    `json:"outlier"` // this side is the outlier (the other the majority)
	Against     Against `json:"against"`
	Explanation string  `json:"explanation"`
	Fingerprint string  `json:"fingerprint"` // of the contradiction, for baselines
}

// Against is the other side of a finding's contradiction.
type Against struct {
	Reading  string    `json:"reading"`
	Articles []string  `json:"articles"`
	Passages []Passage `json:"passages"` // one per article: its first claim on that side
}

// Passage is a claim of the other side, with where it stands.
type Passage struct {
	Article  string `json:"article"`
	Path     string `json:"path"` // the new article's path, or the corpus article's source
	New      bool   `json:"new"`  // a new article, not one of the corpus
	Span     Span   `json:"span"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	Quote    string `json:"quote"`
}

// Failed reports whether any finding is at or above the fail level.
func (r Result) Failed() bool {
	for _, f := range r.Findings {
		if f.Fails {
			return true
		}
	}
	return false
}

// Counts returns how many findings there are of each severity.
func (r Result) Counts() map[string]int {
	out := map[string]int{}
	for _, f := range r.Findings {
		out[f.Severity]++
	}
	return out
}

// AtLeast reports whether severity is at or above level.
func AtLeast(severity, level string) bool { return levels[severity] >= levels[level] }

// ValidLevel reports whether s is a severity level.
func ValidLevel(s string) bool { _, ok := levels[s]; return ok }

// Check reconciles the new articles with the corpus articles and returns the contradictions that
// involve a new article, one finding per new article at fault:
//
//   - a new article that states the outlier's reading is at fault;
//   - new articles that state the majority's reading are at fault when no corpus article states
//     it too, and the outlier side is the corpus's or the sides are even (the new articles
//     disagree with the corpus, or two new articles disagree one to one);
//   - a new article that states the reading the corpus majority states is not at fault: the
//     corpus's own outlier is crosscheck report's business (and the baseline's), not this check's.
//
// Corpus articles with a new article's id are replaced by it. Two new articles with one id (two
// files named alike in different folders) are told apart by their paths.
func Check(news []Article, corpus []reconcile.Input, opt Options) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("reconciling the articles failed: %v", p)
		}
	}()
	if opt.FailLevel == "" {
		opt.FailLevel = DefaultFailLevel
	}
	if !ValidLevel(opt.FailLevel) {
		return Result{}, fmt.Errorf("unknown fail level %q (valid: %s)", opt.FailLevel, strings.Join(Levels, ", "))
	}
	news = uniqueIDs(news)
	byID := map[string]*Article{}
	in := make([]reconcile.Input, 0, len(news)+len(corpus))
	for k := range news {
		byID[news[k].Input.Article.ID] = &news[k]
		in = append(in, news[k].Input)
	}
	candidates := 0
	for _, x := range corpus {
		if byID[x.Article.ID] == nil {
			in = append(in, x)
			candidates++
		}
	}
	texts := map[string]claims.Article{}
	for _, x := range in {
		texts[x.Article.ID] = x.Article
	}
	rep := reconcile.Reconcile(in, reconcile.Options{Corpus: opt.Corpus, Population: opt.Population})

	res = Result{FailLevel: opt.FailLevel, Corpus: opt.Corpus, Candidates: candidates, Findings: []Finding{}}
	perArticle := map[string]*Checked{}
	for _, a := range news {
		c := &Checked{Path: a.Path, ID: a.Input.Article.ID, Lang: a.Input.Article.Lang, Title: a.Input.Article.Title, Claims: len(a.Input.Claims)}
		res.Articles = append(res.Articles, *c)
	}
	for k := range res.Articles {
		perArticle[res.Articles[k].ID] = &res.Articles[k]
	}

	for _, f := range rep.Facts {
		cl := map[string]*claims.Claim{}
		for k := range f.Claims {
			cl[f.Claims[k].ID] = &f.Claims[k]
		}
		for _, c := range f.Contradictions {
			var sides [2][]*claims.Claim
			for s := range 2 {
				for _, id := range c.Sides[s].Claims {
					if x := cl[id]; x != nil {
						sides[s] = append(sides[s], x)
					}
				}
			}
			var hasNew, hasOld [2]bool
			for s := range 2 {
				for _, x := range sides[s] {
					if byID[x.Article] != nil {
						hasNew[s] = true
					} else {
						hasOld[s] = true
					}
				}
			}
			// the outlier side when a new article states it; the majority side when only new
			// articles state it, against the corpus or in a tie
			tie := len(c.Sides[0].Articles) == len(c.Sides[1].Articles)
			report := [2]bool{hasNew[0], hasNew[1] && !hasOld[1] && (hasOld[0] || tie)}
			if !report[0] && !report[1] {
				continue
			}
			typ, severity := c.Type, c.Severity
			if s, ok := opt.Severities[typ]; ok {
				severity = s
			}
			nNew := 0
			for s := range 2 {
				if report[s] {
					nNew += len(newArticles(sides[s], byID))
				}
			}
			if severity == "off" || ignored(f.Label, opt.IgnoreFacts) {
				res.Ignored += nNew
				continue
			}
			fp := Fingerprint(typ, append(append([]*claims.Claim{}, sides[0]...), sides[1]...))
			if opt.Baseline.Has(fp) {
				res.Baselined += nNew
				continue
			}
			for s := range 2 {
				if !report[s] {
					continue
				}
				other := against(c.Sides[1-s].Reading, sides[1-s], byID, texts)
				for _, id := range newArticles(sides[s], byID) {
					a := byID[id]
					x := firstOf(sides[s], id)
					fd := Finding{
						Path: a.Path, Article: id, Lang: a.Input.Article.Lang,
						Span: SpanOf(a.Input.Article.Text, x.Start, x.End),
						Text: x.Text, Sentence: x.Sentence, Quote: reconcile.Excerpt(x),
						Type: typ, Severity: severity, Fails: AtLeast(severity, opt.FailLevel),
						Fact: f.Label, Reading: c.Sides[s].Reading, Outlier: s == 0,
						Against: other, Explanation: c.Explanation, Fingerprint: fp,
					}
					res.Findings = append(res.Findings, fd)
					perArticle[id].Findings++
					if fd.Fails {
						perArticle[id].Failures++
					}
				}
			}
		}
	}
	sortFindings(res.Findings)
	sort.SliceStable(res.Articles, func(i, j int) bool {
		if res.Articles[i].Path != res.Articles[j].Path {
			return res.Articles[i].Path < res.Articles[j].Path
		}
		return res.Articles[i].ID < res.Articles[j].ID
	})
	return res, nil
}

// uniqueIDs gives new articles that share an id their path as id.
func uniqueIDs(news []Article) []Article {
	n := map[string]int{}
	for _, a := range news {
		n[a.Input.Article.ID]++
	}
	out := append([]Article(nil), news...)
	for k := range out {
		if n[out[k].Input.Article.ID] > 1 {
			id := out[k].Path
			out[k].Input.Article.ID = id
			cs := append([]claims.Claim(nil), out[k].Input.Claims...)
			for j := range cs {
				cs[j].Article = id
			}
			out[k].Input.Claims = cs
		}
	}
	return out
}

// newArticles lists, sorted, the new articles that state a side.
func newArticles(side []*claims.Claim, byID map[string]*Article) []string {
	set := map[string]bool{}
	for _, x := range side {
		if byID[x.Article] != nil {
			set[x.Article] = true
		}
	}
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// firstOf returns the article's claim on the side that comes first in its text.
func firstOf(side []*claims.Claim, article string) *claims.Claim {
	var best *claims.Claim
	for _, x := range side {
		if x.Article == article && (best == nil || x.Start < best.Start) {
			best = x
		}
	}
	return best
}

func against(reading string, side []*claims.Claim, byID map[string]*Article, texts map[string]claims.Article) Against {
	out := Against{Reading: reading, Articles: []string{}, Passages: []Passage{}}
	seen := map[string]bool{}
	for _, x := range side {
		if !seen[x.Article] {
			seen[x.Article] = true
			out.Articles = append(out.Articles, x.Article)
		}
	}
	sort.Strings(out.Articles)
	for _, id := range out.Articles {
		x := firstOf(side, id)
		p := Passage{Article: id, Text: x.Text, Sentence: x.Sentence, Quote: reconcile.Excerpt(x)}
		if a := byID[id]; a != nil {
			p.Path, p.New = a.Path, true
			p.Span = SpanOf(a.Input.Article.Text, x.Start, x.End)
		} else {
			a := texts[id]
			p.Path = a.Source
			if p.Path == "" {
				p.Path = id
			}
			p.Span = SpanOf(a.Text, x.Start, x.End)
		}
		out.Passages = append(out.Passages, p)
	}
	return out
}

// ignored reports whether a fact label matches one of the patterns (case-insensitive).
func ignored(label string, patterns []string) bool {
	l := strings.ToLower(label)
	for _, p := range patterns {
		p = strings.ToLower(p)
		if p == l {
			return true
		}
		if ok, _ := path.Match(p, l); ok {
			return true
		}
	}
	return false
}

// IgnoredArticle reports whether an article (by id or by the path it was read from) matches one
// of the patterns: ids and paths, or globs of them (path.Match: * does not cross a /).
func IgnoredArticle(id, source string, patterns []string) bool {
	for _, p := range patterns {
		for _, s := range []string{id, source, path.Clean(strings.ReplaceAll(source, "\\", "/"))} {
			if s == "" {
				continue
			}
			if p == s {
				return true
			}
			if ok, _ := path.Match(p, s); ok {
				return true
			}
		}
	}
	return false
}

// Fingerprint identifies a contradiction across runs: its type and, sorted, the article, text,
// value and unit of every claim on both sides. It does not depend on claim or fact ids, which
// change whenever the corpus does.
func Fingerprint(typ string, cs []*claims.Claim) string {
	lines := make([]string, 0, len(cs))
	for _, c := range cs {
		v := c.Date
		if c.Kind != claims.KindDate {
			v = strconv.FormatFloat(c.Value, 'g', -1, 64)
		}
		lines = append(lines, strings.Join([]string{c.Article, c.Text, v, c.Unit}, "\t"))
	}
	sort.Strings(lines)
	h := sha256.New()
	h.Write([]byte("crosscheck/1\n" + typ + "\n"))
	for _, l := range lines {
		h.Write([]byte(l + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// sortFindings orders findings by path, position, type, then the rest, so output is deterministic.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Span.Start != b.Span.Start:
			return a.Span.Start < b.Span.Start
		case a.Span.End != b.Span.End:
			return a.Span.End < b.Span.End
		case a.Type != b.Type:
			return a.Type < b.Type
		case a.Fingerprint != b.Fingerprint:
			return a.Fingerprint < b.Fingerprint
		}
		return a.Against.Reading < b.Against.Reading
	})
}
