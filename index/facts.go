package index

import (
	"encoding/json"
	"fmt"
	"sort"
)

// FactRef is what the reconciler last said about one claim: the fact it states and that fact's status.
type FactRef struct {
	Fact   string `json:"fact"`
	Label  string `json:"label"`
	Status string `json:"status"`
}

// ClaimDocID is the document id of a claim in the index.
func ClaimDocID(article, claim string) string { return "c:" + article + ":" + claim }

// The fact assignment is kept as internal key-value entries, not as fields of the claim
// documents: rewriting every claim document after each add would cost more than the add.
const (
	factsMeta      = "facts/meta"    // {"facts": N, "statuses": [...]}
	factsByArticle = "facts/a/"      // + article id -> {claim id: FactRef}
	factsByFact    = "facts/f/"      // + fact id -> {"ref": FactRef, "claims": [doc ids]}
	factsByStatus  = "facts/status/" // + status -> [doc ids]
)

type factsMetaValue struct {
	Facts    []string `json:"facts"`
	Statuses []string `json:"statuses"`
	Articles []string `json:"articles"`
}

type factEntry struct {
	Ref    FactRef  `json:"ref"`
	Claims []string `json:"claims"`
}

// SetFacts replaces the stored fact assignment with assign: article id -> claim id -> FactRef.
func (ix *Index) SetFacts(assign map[string]map[string]FactRef) error {
	if ix.readOnly {
		return fmt.Errorf("index %s: opened read-only, cannot store facts", ix.dir)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var old factsMetaValue
	if b, err := ix.bi.GetInternal([]byte(factsMeta)); err == nil && len(b) > 0 {
		_ = json.Unmarshal(b, &old)
	}
	batch := ix.bi.NewBatch()
	for _, f := range old.Facts {
		batch.DeleteInternal([]byte(factsByFact + f))
	}
	for _, s := range old.Statuses {
		batch.DeleteInternal([]byte(factsByStatus + s))
	}
	for _, a := range old.Articles {
		batch.DeleteInternal([]byte(factsByArticle + a))
	}
	facts := map[string]*factEntry{}
	statuses := map[string][]string{}
	var meta factsMetaValue
	articles := make([]string, 0, len(assign))
	for a := range assign {
		articles = append(articles, a)
	}
	sort.Strings(articles)
	for _, a := range articles {
		refs := assign[a]
		b, err := json.Marshal(refs)
		if err != nil {
			return err
		}
		batch.SetInternal([]byte(factsByArticle+a), b)
		meta.Articles = append(meta.Articles, a)
		ids := make([]string, 0, len(refs))
		for c := range refs {
			ids = append(ids, c)
		}
		sort.Strings(ids)
		for _, c := range ids {
			r := refs[c]
			fe := facts[r.Fact]
			if fe == nil {
				fe = &factEntry{Ref: r}
				facts[r.Fact] = fe
			}
			doc := ClaimDocID(a, c)
			fe.Claims = append(fe.Claims, doc)
			statuses[r.Status] = append(statuses[r.Status], doc)
		}
	}
	for id, fe := range facts {
		b, err := json.Marshal(fe)
		if err != nil {
			return err
		}
		batch.SetInternal([]byte(factsByFact+id), b)
		meta.Facts = append(meta.Facts, id)
	}
	for s, docs := range statuses {
		b, err := json.Marshal(docs)
		if err != nil {
			return err
		}
		batch.SetInternal([]byte(factsByStatus+s), b)
		meta.Statuses = append(meta.Statuses, s)
	}
	sort.Strings(meta.Facts)
	sort.Strings(meta.Statuses)
	b, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	batch.SetInternal([]byte(factsMeta), b)
	if err := ix.bi.Batch(batch); err != nil {
		return fmt.Errorf("index %s: write facts: %w", ix.dir, err)
	}
	return nil
}

// FactsOf returns the stored facts of an article's claims (claim id -> FactRef); empty when none.
func (ix *Index) FactsOf(article string) (map[string]FactRef, error) {
	out := map[string]FactRef{}
	b, err := ix.bi.GetInternal([]byte(factsByArticle + article))
	if err != nil {
		return nil, fmt.Errorf("index %s: read facts of %s: %w", ix.dir, article, err)
	}
	if len(b) == 0 {
		return out, nil
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("index %s: facts of %s: %w", ix.dir, article, err)
	}
	return out, nil
}

// ClaimsOfFact returns the claim document ids of a fact, and the fact's FactRef; ok=false when unknown.
func (ix *Index) ClaimsOfFact(fact string) ([]string, FactRef, bool, error) {
	b, err := ix.bi.GetInternal([]byte(factsByFact + fact))
	if err != nil {
		return nil, FactRef{}, false, fmt.Errorf("index %s: read fact %s: %w", ix.dir, fact, err)
	}
	if len(b) == 0 {
		return nil, FactRef{}, false, nil
	}
	var fe factEntry
	if err := json.Unmarshal(b, &fe); err != nil {
		return nil, FactRef{}, false, err
	}
	return fe.Claims, fe.Ref, true, nil
}

// ClaimsWithStatus returns the claim document ids whose fact has the status (contradiction, consistent, single).
func (ix *Index) ClaimsWithStatus(status string) ([]string, error) {
	b, err := ix.bi.GetInternal([]byte(factsByStatus + status))
	if err != nil {
		return nil, fmt.Errorf("index %s: read status %s: %w", ix.dir, status, err)
	}
	var out []string
	if len(b) > 0 {
		if err := json.Unmarshal(b, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}
