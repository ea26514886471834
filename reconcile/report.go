package reconcile

import "github.com/crosscheck/crosscheck/claims"

// Fact statuses.
const (
	StatusContradiction = "contradiction"
	StatusConsistent    = "consistent"
	StatusSingle        = "single" // stated by one article only
)

// Severities of a contradiction.
const (
	SeverityHigh   = "high"
	SeverityMedium = "medium"
	SeverityLow    = "low"
)

// Report is the result of reconciling a corpus: every fact, with its claims and contradictions.
type Report struct {
	Version  int          `json:"version"`
	Corpus   string       `json:"corpus,omitempty"` // where the articles came from ("built-in seed corpus", an index path)
	Articles []ArticleRef `json:"articles"`
	Facts    []Fact       `json:"facts"`
}

// ArticleRef describes one article of the corpus.
type ArticleRef struct {
	ID     string `json:"id"`
	Lang   string `json:"lang"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Story  string `json:"story,omitempty"`
}

// Fact groups every claim that states the same thing.
type Fact struct {
	ID             string          `json:"id"`
	Label          string          `json:"label"`
	Kind           string          `json:"kind"`
	Status         string          `json:"status"`
	Story          string          `json:"story,omitempty"`
	Claims         []claims.Claim  `json:"claims"`
	Contradictions []Contradiction `json:"contradictions"`
}

// Contradiction is one disagreement inside a fact, between two sides of claims.
type Contradiction struct {
	Type        string   `json:"type"` // value, scale, currency, modality, date, conversion
	Severity    string   `json:"severity"`
	Claims      []string `json:"claims"` // every claim id of both sides
	Sides       [2]Side  `json:"sides"`  // Sides[0] is the outlier
	Explanation string   `json:"explanation"`
}

// Side is one reading of a fact and the claims and articles that state it.
type Side struct {
	Reading  string   `json:"reading"` // "10 billion image", "EUR 20 million (conditional, up to)"
	Claims   []string `json:"claims"`
	Articles []string `json:"articles"`
}
