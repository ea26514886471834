package index

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/claims"
)

// pageSize is how many documents one search request fetches; tests lower it.
var pageSize = 1000

// PutStatus says what Put did with one entry.
type PutStatus int

// What Put did with an entry.
const (
	Added     PutStatus = iota // the article was not in the index
	Unchanged                  // same hash and extractor: left as it was
	Replaced                   // old article and all its claims deleted, new ones stored
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return fmt.Sprintf("PutStatus(%d)", int(s))
}

// Entry is one article with the claims extracted from it.
type Entry struct {
	Article   claims.Article
	Claims    []claims.Claim // nil when the article has none
	Extractor string         // extractor version that made Claims
}

// articleFields are the stored fields an Entry is rebuilt from.
var articleFields = []string{"id", "lang", "title", "source", "hash", "text", "claims_json", "extractor"}

func articleDocID(id string) string { return "a:" + id }

// version is what decides whether a stored article is up to date.
type version struct{ hash, extractor string }

// Put stores entries in one batch. An article whose ID is present with the same Hash and
// Extractor is left Unchanged; with a different hash (or extractor) its old article doc and ALL
// its old claim docs are deleted and the new ones stored (Replaced); otherwise Added.
// Returns one status per entry, in order. An ID given twice is handled in order: the
// second sees the first.
func (ix *Index) Put(entries []Entry) ([]PutStatus, error) {
	if ix.readOnly {
		return nil, fmt.Errorf("index %s: opened read-only, cannot store articles", ix.dir)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()

	ids := make([]string, 0, len(entries))
	for i, e := range entries {
		if e.Article.ID == "" {
			return nil, fmt.Errorf("index %s: entry %d has an empty article ID", ix.dir, i)
		}
		ids = append(ids, e.Article.ID)
	}
	stored, err := ix.versions(ids)
	if err != nil {
		return nil, err
	}

	// First pass: which stored articles get replaced (their old claims must go).
	cur := maps.Clone(stored)
	replacedStored := map[string]bool{}
	for _, e := range entries {
		id, v := e.Article.ID, version{e.Article.Hash, e.Extractor}
		if old, ok := cur[id]; ok && old == v {
			continue
		}
		if _, ok := stored[id]; ok {
			replacedStored[id] = true
		}
		cur[id] = v
	}
	oldClaims, err := ix.claimDocIDs(keys(replacedStored))
	if err != nil {
		return nil, err
	}

	// Second pass: statuses and the documents to write (nil: delete).
	ops := map[string]map[string]any{}
	pending := map[string][]string{} // article ID -> claim doc IDs written by this batch
	cur = maps.Clone(stored)
	statuses := make([]PutStatus, len(entries))
	for i, e := range entries {
		id, v := e.Article.ID, version{e.Article.Hash, e.Extractor}
		old, ok := cur[id]
		switch {
		case ok && old == v:
			statuses[i] = Unchanged
			continue
		case ok:
			statuses[i] = Replaced
		default:
			statuses[i] = Added
		}
		for _, d := range oldClaims[id] {
			ops[d] = nil
		}
		delete(oldClaims, id)
		for _, d := range pending[id] {
			ops[d] = nil
		}
		art, cls, err := docs(e)
		if err != nil {
			return nil, fmt.Errorf("index %s: article %s: %w", ix.dir, id, err)
		}
		ops[articleDocID(id)] = art
		pending[id] = pending[id][:0]
		for _, c := range cls {
			ops[c.id] = c.doc
			pending[id] = append(pending[id], c.id)
		}
		cur[id] = v
	}
	if len(ops) == 0 {
		return statuses, nil
	}
	if err := ix.apply(ops); err != nil {
		return nil, err
	}
	return statuses, nil
}

// Delete removes an article and its claims. Deleting an absent article is not an error.
func (ix *Index) Delete(articleID string) error {
	if ix.readOnly {
		return fmt.Errorf("index %s: opened read-only, cannot delete articles", ix.dir)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old, err := ix.claimDocIDs([]string{articleID})
	if err != nil {
		return err
	}
	ops := map[string]map[string]any{articleDocID(articleID): nil}
	for _, d := range old[articleID] {
		ops[d] = nil
	}
	return ix.apply(ops)
}

// apply writes ops (nil: delete) in one batch.
func (ix *Index) apply(ops map[string]map[string]any) error {
	b := ix.bi.NewBatch()
	for id, doc := range ops {
		if doc == nil {
			b.Delete(id)
			continue
		}
		if err := b.Index(id, doc); err != nil {
			return fmt.Errorf("index %s: document %s: %w", ix.dir, id, err)
		}
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("index %s: write batch: %w", ix.dir, err)
	}
	return nil
}

// Entries returns every stored article with its claims and extractor version, sorted by article ID.
func (ix *Index) Entries() ([]Entry, error) {
	var out []Entry
	err := ix.pages(typeQuery(TypeArticle), articleFields, func(h *search.DocumentMatch) error {
		e, err := entryFromFields(h.Fields)
		if err != nil {
			return fmt.Errorf("index %s: %s: %w", ix.dir, h.ID, err)
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// bleve sorts doc IDs bytewise, as Go compares strings; sort anyway so the
	// order does not hang on that.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Article.ID < out[j].Article.ID })
	return out, nil
}

// Get returns one stored entry; ok=false when absent.
func (ix *Index) Get(articleID string) (Entry, bool, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{articleDocID(articleID)}), 1, 0, false)
	req.Fields = articleFields
	res, err := ix.bi.Search(req)
	if err != nil {
		return Entry{}, false, fmt.Errorf("index %s: get %s: %w", ix.dir, articleID, err)
	}
	if len(res.Hits) == 0 {
		return Entry{}, false, nil
	}
	e, err := entryFromFields(res.Hits[0].Fields)
	if err != nil {
		return Entry{}, false, fmt.Errorf("index %s: article %s: %w", ix.dir, articleID, err)
	}
	return e, true, nil
}

// Len returns the number of articles.
func (ix *Index) Len() (int, error) {
	req := bleve.NewSearchRequestOptions(typeQuery(TypeArticle), 0, 0, false)
	req.Score = "none"
	res, err := ix.bi.Search(req)
	if err != nil {
		return 0, fmt.Errorf("index %s: count articles: %w", ix.dir, err)
	}
	return int(res.Total), nil
}

// versions returns the stored hash and extractor of those of ids that are present.
func (ix *Index) versions(ids []string) (map[string]version, error) {
	out := map[string]version{}
	for start := 0; start < len(ids); start += pageSize {
		end := min(start+pageSize, len(ids))
		docIDs := make([]string, 0, end-start)
		for _, id := range ids[start:end] {
			docIDs = append(docIDs, articleDocID(id))
		}
		req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(docIDs), len(docIDs), 0, false)
		req.Fields = []string{"id", "hash", "extractor"}
		req.Score = "none"
		res, err := ix.bi.Search(req)
		if err != nil {
			return nil, fmt.Errorf("index %s: look up articles: %w", ix.dir, err)
		}
		for _, h := range res.Hits {
			out[str(h.Fields, "id")] = version{str(h.Fields, "hash"), str(h.Fields, "extractor")}
		}
	}
	return out, nil
}

// claimDocIDs returns the doc IDs of every claim document of the given articles.
func (ix *Index) claimDocIDs(articleIDs []string) (map[string][]string, error) {
	out := map[string][]string{}
	const chunk = 256 // terms per disjunction
	for start := 0; start < len(articleIDs); start += chunk {
		end := min(start+chunk, len(articleIDs))
		terms := make([]query.Query, 0, end-start)
		for _, id := range articleIDs[start:end] {
			terms = append(terms, termQuery("article", id))
		}
		q := query.NewConjunctionQuery([]query.Query{typeQuery(TypeClaim), query.NewDisjunctionQuery(terms)})
		err := ix.pages(q, []string{"article"}, func(h *search.DocumentMatch) error {
			a := str(h.Fields, "article")
			out[a] = append(out[a], h.ID)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pages runs q sorted by doc ID, pageSize hits at a time, calling fn for each hit.
func (ix *Index) pages(q query.Query, fields []string, fn func(*search.DocumentMatch) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.SortBy([]string{"_id"})
		req.Fields = fields
		req.Score = "none"
		if after != nil {
			req.SearchAfter = after
		}
		res, err := ix.bi.Search(req)
		if err != nil {
			return fmt.Errorf("index %s: search: %w", ix.dir, err)
		}
		for _, h := range res.Hits {
			if err := fn(h); err != nil {
				return err
			}
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}

func termQuery(field, term string) *query.TermQuery {
	q := query.NewTermQuery(term)
	q.SetField(field)
	return q
}

func typeQuery(typ string) *query.TermQuery { return termQuery("type", typ) }

// claimDoc is one claim document to index.
type claimDoc struct {
	id  string
	doc map[string]any
}

// docs builds the article document and the claim documents of e.
func docs(e Entry) (map[string]any, []claimDoc, error) {
	a := e.Article
	cs := e.Claims
	if cs == nil {
		cs = []claims.Claim{}
	}
	cj, err := json.Marshal(cs)
	if err != nil {
		return nil, nil, fmt.Errorf("encode claims: %w", err)
	}
	art := map[string]any{
		"type":            TypeArticle,
		"id":              a.ID,
		"lang":            a.Lang,
		"title":           a.Title,
		"source":          a.Source,
		"hash":            a.Hash,
		"text":            a.Text,
		BodyField(a.Lang): a.Text,
		"claims_json":     string(cj),
		"extractor":       e.Extractor,
	}
	out := make([]claimDoc, 0, len(cs))
	seen := map[string]bool{}
	for i, c := range cs {
		j, err := json.Marshal(c)
		if err != nil {
			return nil, nil, fmt.Errorf("encode claim %s: %w", c.ID, err)
		}
		lang := c.Lang
		if lang == "" {
			lang = a.Lang
		}
		d := map[string]any{
			"type":              TypeClaim,
			"article":           a.ID,
			"lang":              lang,
			"kind":              c.Kind,
			"unit":              c.Unit,
			"concept":           c.Concept,
			"bound":             c.Bound,
			"modality":          c.Modality,
			"date":              c.Date,
			"text":              c.Text,
			SentenceField(lang): c.Sentence,
			"json":              string(j),
			"entities":          c.Entities,
			TitleField(lang):    a.Title,
		}
		if c.RepeatOf != "" {
			d["repeat"] = true
		}
		if c.Kind != claims.KindDate {
			for name, v := range map[string]float64{"value": c.Value, "low": c.Low, "high": c.High} {
				if !math.IsInf(v, 0) && !math.IsNaN(v) {
					d[name] = v
				}
			}
		}
		// keep a doc per claim even when IDs are missing or repeated
		suffix := c.ID
		if suffix == "" || seen[suffix] {
			suffix = fmt.Sprintf("#%d", i)
		}
		seen[suffix] = true
		out = append(out, claimDoc{id: "c:" + a.ID + ":" + suffix, doc: d})
	}
	return art, out, nil
}

// entryFromFields rebuilds an Entry from an article's stored fields.
func entryFromFields(f map[string]interface{}) (Entry, error) {
	e := Entry{
		Article: claims.Article{
			ID:     str(f, "id"),
			Lang:   str(f, "lang"),
			Title:  str(f, "title"),
			Source: str(f, "source"),
			Text:   str(f, "text"),
			Hash:   str(f, "hash"),
		},
		Extractor: str(f, "extractor"),
	}
	if cj := str(f, "claims_json"); cj != "" {
		if err := json.Unmarshal([]byte(cj), &e.Claims); err != nil {
			return Entry{}, fmt.Errorf("decode claims: %w", err)
		}
	}
	if len(e.Claims) == 0 {
		e.Claims = nil
	}
	return e, nil
}

// str reads a stored string field; absent (an empty string is not stored) reads as "".
func str(f map[string]interface{}, name string) string {
	s, _ := f[name].(string)
	return s
}

func keys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}
