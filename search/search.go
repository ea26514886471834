package search

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/reconcile"
)

// DefaultLimit is how many hits a search returns when Request.Limit is not set.
const DefaultLimit = 20

// Request is one search: a query string (may be empty), filters, and how many hits to return.
type Request struct {
	Query   string
	Filters Filters
	Limit   int // hits to return; 0 means DefaultLimit, a negative number means all
}

// Result is what a search found: the number of matching claims and the best of them, sorted by
// score (best first), then article id, then the claim's place in its article.
type Result struct {
	Query string
	Total int // claims that match, of which Hits are the first
	Hits  []Hit
}

// Hit is one claim that matches, with its article and what the reconciler said about its fact.
type Hit struct {
	Article string        // article id
	Lang    string        // the claim's language
	Title   string        // the article's title
	Claim   claims.Claim  // the claim as extracted
	Fact    index.FactRef // the fact the claim states; zero when it has none (yet)
	Score   float64       // relevance; 0 when the search has only filters
}

// Contradicted reports whether the claim's fact is contradicted somewhere in the corpus.
func (h Hit) Contradicted() bool { return h.Fact.Status == reconcile.StatusContradiction }

// Searcher is what Search reads: the index's bleve handle and its stored facts.
type Searcher interface {
	FactIndex
	Bleve() bleve.Index
	FactsOf(article string) (map[string]index.FactRef, error)
}

// Search runs r on the claims of ix.
func Search(ix Searcher, r Request) (*Result, error) {
	q, err := Build(r.Query, r.Filters, ix)
	if err != nil {
		return nil, err
	}
	return run(ix, q, r)
}

// storedFields are the stored fields a hit is rebuilt from: the claim, and its article's title
// (in whichever language field it was indexed).
var storedFields = func() []string {
	fs := []string{"json"}
	for _, l := range langs {
		fs = append(fs, index.TitleField(l))
	}
	return fs
}()

func run(ix Searcher, q query.Query, r Request) (*Result, error) {
	limit := r.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	scored := !queryIsEmpty(r.Query) // filters only: every score would be 0 (and bleve's norm of no weight NaN)
	picked, total, err := pick(ix.Bleve(), q, limit, scored)
	if err != nil {
		return nil, err
	}
	out := &Result{Query: r.Query, Total: total, Hits: make([]Hit, 0, len(picked))}
	if len(picked) == 0 {
		return out, nil
	}
	// the stored claims of the hits picked, in one request
	ids := make([]string, len(picked))
	score := make(map[string]float64, len(picked))
	for i, p := range picked {
		ids[i] = p.id
		score[p.id] = p.score
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = storedFields
	req.Score = "none"
	res, err := ix.Bleve().Search(req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	facts := map[string]map[string]index.FactRef{}
	for _, h := range res.Hits {
		js, _ := h.Fields["json"].(string)
		var c claims.Claim
		if err := json.Unmarshal([]byte(js), &c); err != nil {
			return nil, fmt.Errorf("search: claim %s: %w", h.ID, err)
		}
		hit := Hit{Article: c.Article, Lang: c.Lang, Claim: c, Score: score[h.ID]}
		for _, f := range storedFields[1:] {
			if t, ok := h.Fields[f].(string); ok {
				hit.Title = t
				break
			}
		}
		fs, ok := facts[c.Article]
		if !ok {
			if fs, err = ix.FactsOf(c.Article); err != nil {
				return nil, err
			}
			facts[c.Article] = fs
		}
		hit.Fact = fs[c.ID]
		out.Hits = append(out.Hits, hit)
	}
	sort.SliceStable(out.Hits, func(i, j int) bool { return less(out.Hits[i], out.Hits[j]) })
	return out, nil
}

// picked is a hit as the first request returns it: its document id and score.
type picked struct {
	id      string
	score   float64
	article string
	claim   int // the claim's number (c12: 12), which follows its place in the article
}

// pick returns the ids of the best limit claims (all when limit < 0) in order, and how many
// match. Sorting by a field or by document id in bleve makes it read that field, or the id, of
// every matching claim, which costs more than the search: "fine" on 100,000 articles takes
// 9 ms by score and 80 by score and article; in a fresh process 6 by score and 60 by score and
// id. So bleve sorts by score alone (with filters alone, by article: its doc values read
// faster than ids), and claims that tie at the limit are settled here, by article and place:
// while the claim after the last one kept ties with it, more are fetched. A few more than the
// limit are fetched at first, which settles the usual ties (claims of one sentence); many
// copies of one article need a second search.
func pick(bi bleve.Index, q query.Query, limit int, scored bool) ([]picked, int, error) {
	key := func(p picked) any { return p.score }
	if !scored {
		key = func(p picked) any { return p.article }
	}
	size := limit + max(8, limit/2)
	if limit < 0 {
		req := bleve.NewSearchRequestOptions(q, 0, 0, false)
		req.Score = "none"
		res, err := bi.Search(req)
		if err != nil {
			return nil, 0, fmt.Errorf("search: %w", err)
		}
		size, limit = int(res.Total), int(res.Total)
	}
	for {
		req := bleve.NewSearchRequestOptions(q, size, 0, false)
		if !scored {
			req.Score = "none"
			req.SortBy([]string{"article"})
		}
		res, err := bi.Search(req)
		if err != nil {
			return nil, 0, fmt.Errorf("search: %w", err)
		}
		hits := make([]picked, len(res.Hits))
		for i, h := range res.Hits {
			hits[i] = picked{id: h.ID, score: h.Score}
			if !scored || math.IsNaN(h.Score) {
				hits[i].score = 0
			}
			hits[i].article, hits[i].claim = splitDocID(h.ID)
		}
		total := int(res.Total)
		// done when everything is here, or the first hit left out does not tie with the last kept
		if len(hits) <= limit || len(hits) < size || key(hits[len(hits)-1]) != key(hits[limit-1]) {
			sort.SliceStable(hits, func(i, j int) bool { return pickedLess(hits[i], hits[j]) })
			return hits[:min(limit, len(hits))], total, nil
		}
		size *= 8
	}
}

func pickedLess(a, b picked) bool {
	switch {
	case a.score != b.score:
		return a.score > b.score
	case a.article != b.article:
		return a.article < b.article
	case a.claim != b.claim:
		return a.claim < b.claim
	}
	return a.id < b.id
}

// splitDocID reads the article id and the claim's number from a claim document id,
// "c:<article>:c<N>" (index.ClaimDocID); the number is 0 when the claim id is not c<N>.
func splitDocID(id string) (string, int) {
	rest := strings.TrimPrefix(id, "c:")
	k := strings.LastIndexByte(rest, ':')
	if k < 0 {
		return rest, 0
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(rest[k+1:], "c"))
	return rest[:k], n
}

// less orders hits: higher score, then article id, then the claim's offset, then its id.
func less(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.Claim.Start != b.Claim.Start {
		return a.Claim.Start < b.Claim.Start
	}
	return a.Claim.ID < b.Claim.ID
}

func queryIsEmpty(q string) bool {
	for _, r := range q {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return true
}
