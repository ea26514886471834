package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/crosscheck/crosscheck/reconcile"
)

// FactRef is what the reconciler last said about one claim: the fact it states and that fact's status.
type FactRef = reconcile.FactRef

// ClaimDocID is the document id of a claim in the index.
func ClaimDocID(article, claim string) string { return "c:" + article + ":" + claim }

// The fact assignment is kept in its own bbolt file beside the bleve index (facts.db), not as
// bleve internal key-values: bleve loads all of those at every open and rewrites them at every
// save, which at 100,000 articles cost most of a search's time. Here a reader opens the file and
// reads only the keys it needs.
const factsFile = "facts.db"

var (
	bucketArticle = []byte("article") // article id -> {claim id: FactRef}
	bucketFact    = []byte("fact")    // fact id -> {"ref": FactRef, "claims": [doc ids]}
	bucketStatus  = []byte("status")  // status -> [doc ids]
)

type factEntry struct {
	Ref    FactRef  `json:"ref"`
	Claims []string `json:"claims"`
}

func (ix *Index) factsPath() string { return filepath.Join(ix.dir, factsFile) }

// factsDB opens the facts file (once per Index); nil, nil when there is none yet and the index is read-only.
func (ix *Index) factsDB() (*bolt.DB, error) {
	ix.factsOnce.Do(func() {
		if ix.readOnly {
			if _, err := os.Stat(ix.factsPath()); err != nil {
				return
			}
		}
		db, err := bolt.Open(ix.factsPath(), 0o644, &bolt.Options{Timeout: ix.timeout, ReadOnly: ix.readOnly})
		if err != nil {
			if errors.Is(err, bolterrors.ErrTimeout) {
				err = &LockedError{Dir: ix.dir}
			}
			ix.factsErr = fmt.Errorf("index %s: facts: %w", ix.dir, err)
			return
		}
		ix.facts = db
	})
	return ix.facts, ix.factsErr
}

// SetFacts replaces the stored fact assignment with assign: article id -> claim id -> FactRef.
func (ix *Index) SetFacts(assign map[string]map[string]FactRef) error {
	if ix.readOnly {
		return fmt.Errorf("index %s: opened read-only, cannot store facts", ix.dir)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	db, err := ix.factsDB()
	if err != nil {
		return err
	}
	facts := map[string]*factEntry{}
	statuses := map[string][]string{}
	articles := make([]string, 0, len(assign))
	for a := range assign {
		articles = append(articles, a)
	}
	sort.Strings(articles)
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketArticle, bucketFact, bucketStatus} {
			if tx.Bucket(b) != nil {
				if err := tx.DeleteBucket(b); err != nil {
					return err
				}
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		ab := tx.Bucket(bucketArticle)
		for _, a := range articles {
			refs := assign[a]
			b, err := json.Marshal(refs)
			if err != nil {
				return err
			}
			if err := ab.Put([]byte(a), b); err != nil {
				return err
			}
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
		fb := tx.Bucket(bucketFact)
		for id, fe := range facts {
			b, err := json.Marshal(fe)
			if err != nil {
				return err
			}
			if err := fb.Put([]byte(id), b); err != nil {
				return err
			}
		}
		sb := tx.Bucket(bucketStatus)
		for st, docs := range statuses {
			b, err := json.Marshal(docs)
			if err != nil {
				return err
			}
			if err := sb.Put([]byte(st), b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("index %s: write facts: %w", ix.dir, err)
	}
	return nil
}

// get reads one key of a facts bucket; nil when the key or the file is absent.
func (ix *Index) get(bucket []byte, key string) ([]byte, error) {
	db, err := ix.factsDB()
	if err != nil || db == nil {
		return nil, err
	}
	var out []byte
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		if v := b.Get([]byte(key)); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	return out, err
}

// FactsOf returns the stored facts of an article's claims (claim id -> FactRef); empty when none.
func (ix *Index) FactsOf(article string) (map[string]FactRef, error) {
	out := map[string]FactRef{}
	b, err := ix.get(bucketArticle, article)
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
	b, err := ix.get(bucketFact, fact)
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
	b, err := ix.get(bucketStatus, status)
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
