package check

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/lang"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Limits of the candidate search. The corpus is never scanned: three searches of the index
// choose at most MaxCandidates articles, and only those are loaded and reconciled with the new
// articles, so memory and time grow with the new articles and these limits, not with the corpus.
const (
	// MaxCandidates is how many corpus articles a check compares the new articles with.
	MaxCandidates = 30
	// maxNameHits is how many articles sharing the new articles' names are considered.
	maxNameHits = 100
	// maxNames is how many of the new articles' names are looked up in the index, and
	// searchNames how many of the rarest of them are searched for: a story's rarest names find it,
	// and each more common one adds many articles to score.
	maxNames    = 200
	searchNames = 8
	// rareShare: a name in more than this share of the corpus (and more than minRare articles) is
	// too common to find a story by, as the reconciler's stories count it (reconcile/stories.go).
	rareShare = 0.02
	minRare   = 50
	// fallbackNames is how many of the least common names are searched for when none is rare.
	fallbackNames = 5
	// minFigures is how many of a new article's exact figures an article that shares none of its
	// names must also state to be compared: two figures can join two articles into one story.
	minFigures = 2
)

// CandidateOptions tune Candidates.
type CandidateOptions struct {
	Max  int                          // most articles to return; 0 means MaxCandidates
	Skip func(id, source string) bool // articles to leave out (ignore.articles)
}

// CandidateStats says what the candidate search found, for --verbose and the benchmark.
type CandidateStats struct {
	Corpus      int           // articles in the index (0 when the new articles name nothing)
	Names       int           // names the new articles mention
	RareNames   int           // of those, the ones searched for (the rarest, at most searchNames)
	NameHits    int           // articles sharing names (at most maxNameHits)
	FigureHits  int           // of those, articles with a claim about a measure a new claim states
	SharedHits  int           // articles without shared names that share figures
	Loaded      int           // articles loaded
	Reextracted int           // loaded articles whose claims were extracted again (older extractor)
	Took        time.Duration // time the searches and loading took
}

// Candidates finds the corpus articles the new articles may contradict, without reading the whole
// corpus. In order of preference:
//
//  1. articles that share the new articles' rarest names (up to 8 capitalised words and acronyms
//     found in at most 2% of the corpus, searched in the article bodies in every language, the
//     rarest weighing most) and hold a claim about a measure a new claim states: the same kind and
//     concept (a fine, deaths) or, without a concept, the same counted unit;
//  2. articles that share at least two of the new articles' exact figures or dates, names or not.
//
// Articles whose id is one of the new articles' are left out: the new version replaces them.
func Candidates(ix *index.Index, news []reconcile.Input, opt CandidateOptions) ([]reconcile.Input, CandidateStats, error) {
	start := time.Now()
	var st CandidateStats
	if opt.Max <= 0 {
		opt.Max = MaxCandidates
	}
	self := map[string]bool{}
	for _, x := range news {
		self[x.Article.ID] = true
	}
	bi := ix.Bleve()

	// 1. articles sharing rare names, best first
	names := newNames(news)
	st.Names = len(names)
	var byName []string
	if len(names) > 0 {
		var langs []string
		for _, x := range news {
			langs = append(langs, x.Article.Lang)
		}
		terms, n, total, err := rareTerms(bi, names, langs)
		if err != nil {
			return nil, st, fmt.Errorf("index %s: look up names: %w", ix.Dir(), err)
		}
		st.RareNames, st.Corpus = n, int(total)
		if len(terms) > 0 {
			req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(terms), maxNameHits+len(news), 0, false)
			res, err := bi.Search(req)
			if err != nil {
				return nil, st, fmt.Errorf("index %s: search names: %w", ix.Dir(), err)
			}
			for _, h := range res.Hits {
				if id, ok := strings.CutPrefix(h.ID, "a:"); ok && !self[id] {
					byName = append(byName, id)
				}
			}
			byName = byName[:min(len(byName), maxNameHits)]
		}
	}
	st.NameHits = len(byName)

	// ... that state a claim about the same measure
	var chosen []string
	seen := map[string]bool{}
	if measure := measureQuery(news); len(byName) > 0 && measure != nil {
		arts := make([]query.Query, len(byName))
		for k, id := range byName {
			arts[k] = term("article", id)
		}
		// only claim documents have an article field
		q := query.NewConjunctionQuery([]query.Query{query.NewDisjunctionQuery(arts), measure})
		counts, err := articleFacet(bi, q, len(byName))
		if err != nil {
			return nil, st, fmt.Errorf("index %s: search claims: %w", ix.Dir(), err)
		}
		for _, id := range byName {
			if counts[id] > 0 && len(chosen) < opt.Max {
				chosen = append(chosen, id)
				seen[id] = true
			}
		}
	}
	st.FigureHits = len(chosen)

	// 2. articles sharing exact figures, when there is room for them
	if figures := figuresQuery(news); figures != nil && len(chosen) < opt.Max {
		counts, err := articleFacet(bi, figures, 4*opt.Max)
		if err != nil {
			return nil, st, fmt.Errorf("index %s: search figures: %w", ix.Dir(), err)
		}
		var shared []string
		for id, n := range counts {
			if n >= minFigures && !seen[id] && !self[id] {
				shared = append(shared, id)
			}
		}
		sort.Slice(shared, func(i, j int) bool {
			if counts[shared[i]] != counts[shared[j]] {
				return counts[shared[i]] > counts[shared[j]]
			}
			return shared[i] < shared[j]
		})
		st.SharedHits = len(shared)
		chosen = append(chosen, shared...)
	}
	if len(chosen) > opt.Max {
		chosen = chosen[:opt.Max]
	}

	entries, err := fetch(ix, chosen)
	if err != nil {
		return nil, st, err
	}
	out := make([]reconcile.Input, 0, len(entries))
	for _, e := range entries {
		if opt.Skip != nil && opt.Skip(e.Article.ID, e.Article.Source) {
			continue
		}
		cs := e.Claims
		if e.Extractor != claims.Version {
			st.Reextracted++
			cs, err = claims.Extract(e.Article, claims.Options{})
			if err != nil {
				continue // an article the extractor fails on is left out, as report does
			}
		}
		out = append(out, reconcile.Input{Article: e.Article, Claims: cs})
	}
	st.Loaded = len(out)
	st.Took = time.Since(start)
	return out, st, nil
}

// bodyFields maps each analysed body field to its analyzer's name.
func bodyFields() map[string]string {
	out := map[string]string{index.BodyField(""): index.AnalyzerFor("")}
	for _, l := range lang.Codes() {
		out[index.BodyField(l)] = index.AnalyzerFor(l)
	}
	return out
}

// rareTerms returns term queries, on every body field, for the names that are rare in the corpus
// (or, when none is, the fallbackNames least common), and how many names that is. Each name goes
// through each field's analyzer, as the bodies did.
//
// Rarity is read from the term dictionaries of the new articles' own languages (one field instead
// of nine: names are mostly written alike across languages), against a limit scaled to those
// languages' share of the index; a name those languages never write is looked up in all the others.
func rareTerms(bi bleve.Index, names []string, langs []string) ([]query.Query, int, uint64, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, 0, 0, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, 0, err
	}
	defer r.Close()
	count := func(field string, term []byte) (uint64, error) {
		tfr, err := r.TermFieldReader(context.Background(), term, field, false, false, false)
		if err != nil {
			return 0, err
		}
		defer tfr.Close()
		return tfr.Count(), nil
	}
	articles, err := count("type", []byte(index.TypeArticle))
	if err != nil {
		return nil, 0, 0, err
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, 0, 0, err
	}
	fields := bodyFields()
	m := bi.Mapping()
	analyse := func(field, name string) [][]byte {
		a := m.AnalyzerNamed(fields[field])
		if a == nil {
			return nil
		}
		var out [][]byte
		for _, tok := range a.Analyze([]byte(name)) {
			out = append(out, tok.Term)
		}
		return out
	}
	probe := map[string]bool{}
	var inLangs uint64
	for _, l := range langs {
		if probe[index.BodyField(l)] {
			continue
		}
		probe[index.BodyField(l)] = true
		n, err := count("lang", []byte(l))
		if err != nil {
			return nil, 0, 0, err
		}
		inLangs += n
	}
	share := 1.0
	if docs > 0 {
		share = min(1, float64(inLangs)/float64(docs))
	}
	limitAll := float64(max(minRare, int(rareShare*float64(articles))))
	limitOwn := float64(max(minRare, int(rareShare*float64(articles)*share)))

	// a name's rarity: its share of the limit in the new articles' languages, or, for a name
	// those languages never write, in all the others
	type nameInfo struct {
		name  string
		ratio float64
	}
	var infos []nameInfo
	df := func(n string, own bool) (uint64, error) {
		var total uint64
		for f := range fields {
			if probe[f] != own {
				continue
			}
			for _, t := range analyse(f, n) {
				c, err := count(f, t)
				if err != nil {
					return 0, err
				}
				total += c
			}
		}
		return total, nil
	}
	for _, n := range names {
		c, err := df(n, true)
		if err != nil {
			return nil, 0, 0, err
		}
		ratio := float64(c) / limitOwn
		if c == 0 {
			if c, err = df(n, false); err != nil {
				return nil, 0, 0, err
			}
			ratio = float64(c) / limitAll
		}
		if c > 0 {
			infos = append(infos, nameInfo{n, ratio})
		}
	}
	sort.SliceStable(infos, func(i, j int) bool {
		if infos[i].ratio != infos[j].ratio {
			return infos[i].ratio < infos[j].ratio
		}
		return infos[i].name < infos[j].name
	})
	keep := 0
	for keep < len(infos) && keep < searchNames && infos[keep].ratio <= 1 {
		keep++
	}
	if keep == 0 {
		keep = min(fallbackNames, len(infos))
	}
	fieldList := make([]string, 0, len(fields))
	for f := range fields {
		fieldList = append(fieldList, f)
	}
	sort.Strings(fieldList)
	var qs []query.Query
	seen := map[string]bool{}
	for _, info := range infos[:keep] {
		for _, f := range fieldList {
			for _, t := range analyse(f, info.name) {
				if k := f + "\x00" + string(t); !seen[k] {
					seen[k] = true
					qs = append(qs, term(f, string(t)))
				}
			}
		}
	}
	return qs, keep, articles, nil
}

func term(field, value string) *query.TermQuery {
	q := query.NewTermQuery(value)
	q.SetField(field)
	return q
}

// newNames returns the names the new articles mention (lower case, as the extractor finds them),
// sorted, at most maxNames.
func newNames(news []reconcile.Input) []string {
	set := map[string]bool{}
	for _, x := range news {
		for _, s := range claims.Sentences(x.Article) {
			for _, e := range s.Entities {
				if n, ok := strings.CutPrefix(e, "org:"); ok && len([]rune(n)) >= 3 {
					set[n] = true
				}
			}
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out[:min(len(out), maxNames)]
}

// anchoredClaim: a claim the reconciler can raise a contradiction on (it says what it measures).
func anchoredClaim(c *claims.Claim) bool {
	if c.DerivedFrom != "" || c.RepeatOf != "" {
		return false
	}
	switch c.Kind {
	case claims.KindNumber:
		return false
	case claims.KindDate:
		return c.Concept != ""
	case claims.KindCount:
		return c.Concept != "" || claims.KnownUnit(c.Unit)
	}
	return true
}

// measureQuery matches claims about a measure one of the new claims states; nil when none does:
// the same kind and concept (a fine, deaths), or without a concept the same unit (for money, any
// currency: the same figure in the wrong currency is a contradiction too). Figures are not
// compared here: within the articles that share names, the reconciler decides which are related.
func measureQuery(news []reconcile.Input) query.Query {
	var qs []query.Query
	seen := map[string]bool{}
	for _, x := range news {
		for k := range x.Claims {
			c := &x.Claims[k]
			if !anchoredClaim(c) {
				continue
			}
			parts := []query.Query{term("kind", c.Kind)}
			key := c.Kind + "|" + c.Concept
			switch {
			case c.Concept != "":
				parts = append(parts, term("concept", c.Concept))
			case c.Kind == claims.KindMoney:
			default:
				parts = append(parts, term("unit", c.Unit))
				key += "|" + c.Unit
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			qs = append(qs, query.NewConjunctionQuery(parts))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(qs)
}

// figuresQuery matches claims stating exactly one of the new articles' figures (10 or more) or
// dates: the figures the reconciler's stories are made of.
func figuresQuery(news []reconcile.Input) query.Query {
	var qs []query.Query
	seen := map[string]bool{}
	for _, x := range news {
		for k := range x.Claims {
			c := &x.Claims[k]
			if c.DerivedFrom != "" || c.RepeatOf != "" {
				continue
			}
			switch {
			case c.Kind == claims.KindDate && c.Date != "":
				if !seen["d"+c.Date] {
					seen["d"+c.Date] = true
					qs = append(qs, term("date", c.Date))
				}
			case c.Kind != claims.KindDate && c.Value >= 10 && !math.IsInf(c.Value, 0):
				key := strconv.FormatFloat(c.Value, 'g', -1, 64)
				if !seen[key] {
					seen[key] = true
					qs = append(qs, numRange("value", c.Value, c.Value))
				}
			}
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(qs)
}

func numRange(field string, lo, hi float64) query.Query {
	t := true
	q := query.NewNumericRangeInclusiveQuery(&lo, &hi, &t, &t)
	q.SetField(field)
	return q
}

// articleFacet counts the claims q matches per article, for the n articles with most.
func articleFacet(bi bleve.Index, q query.Query, n int) (map[string]int, error) {
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	req.Score = "none"
	req.AddFacet("article", bleve.NewFacetRequest("article", n))
	res, err := bi.Search(req)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	if f := res.Facets["article"]; f != nil {
		for _, t := range f.Terms.Terms() {
			out[t.Term] = t.Count
		}
	}
	return out, nil
}

// storedFields are the article document's stored fields an index.Entry is made of (see index/doc.go).
var storedFields = []string{"id", "lang", "title", "source", "hash", "text", "claims_json", "extractor"}

// fetch loads the articles with the given ids in one search, in the order given.
// (index.Get would take one search per article.)
func fetch(ix *index.Index, ids []string) ([]index.Entry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	docIDs := make([]string, len(ids))
	for k, id := range ids {
		docIDs[k] = "a:" + id
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(docIDs), len(docIDs), 0, false)
	req.Fields = storedFields
	req.Score = "none"
	res, err := ix.Bleve().Search(req)
	if err != nil {
		return nil, fmt.Errorf("index %s: load candidates: %w", ix.Dir(), err)
	}
	byID := map[string]index.Entry{}
	for _, h := range res.Hits {
		f := h.Fields
		s := func(name string) string { v, _ := f[name].(string); return v }
		e := index.Entry{
			Article:   claims.Article{ID: s("id"), Lang: s("lang"), Title: s("title"), Source: s("source"), Text: s("text"), Hash: s("hash")},
			Extractor: s("extractor"),
		}
		if cj := s("claims_json"); cj != "" {
			if err := json.Unmarshal([]byte(cj), &e.Claims); err != nil {
				return nil, fmt.Errorf("index %s: article %s: decode claims: %w", ix.Dir(), e.Article.ID, err)
			}
		}
		byID[e.Article.ID] = e
	}
	out := make([]index.Entry, 0, len(byID))
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}
