package check

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is the set of contradictions a corpus already had when it was written: crosscheck check
// reports them as baselined and does not fail on them, so that CI fails only on new ones.
type Baseline struct {
	Version        int             `json:"version"`
	Tool           string          `json:"tool"`
	Contradictions []BaselineEntry `json:"contradictions"`

	set map[string]bool
}

// BaselineEntry is one known contradiction. Only the fingerprint is matched; the rest is there for
// the people who read the file.
type BaselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	Type        string   `json:"type"`
	Fact        string   `json:"fact"`
	Articles    []string `json:"articles"`
	Explanation string   `json:"explanation"`
}

// Has reports whether the baseline holds the fingerprint; a nil baseline holds nothing.
func (b *Baseline) Has(fp string) bool {
	if b == nil {
		return false
	}
	if b.set == nil {
		b.set = map[string]bool{}
		for _, e := range b.Contradictions {
			b.set[e.Fingerprint] = true
		}
	}
	return b.set[fp]
}

// Len is the number of contradictions in the baseline.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.Contradictions)
}

// ReadBaseline reads a baseline file; errors name the file.
func ReadBaseline(p string) (*Baseline, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("baseline %s: %w (write one with crosscheck check --write-baseline %s)", p, err, p)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a crosscheck baseline: %v", p, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, this crosscheck reads version %d: write it again with --write-baseline", p, b.Version, BaselineVersion)
	}
	return &b, nil
}

// Write writes the baseline to p (through a temporary file, so a failed write leaves the old one).
func (b *Baseline) Write(p string) error {
	b.Version, b.Tool = BaselineVersion, "crosscheck"
	if b.Contradictions == nil {
		b.Contradictions = []BaselineEntry{}
	}
	sort.Slice(b.Contradictions, func(i, j int) bool {
		x, y := b.Contradictions[i], b.Contradictions[j]
		if x.Fact != y.Fact {
			return x.Fact < y.Fact
		}
		return x.Fingerprint < y.Fingerprint
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	dir := filepath.Dir(p)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(p)+".tmp-")
	if err != nil {
		return fmt.Errorf("baseline %s: %w", p, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("baseline %s: %w", p, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("baseline %s: %w", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("baseline %s: %w", p, err)
	}
	return nil
}

// add records a contradiction once.
func (b *Baseline) add(e BaselineEntry) {
	if b.Has(e.Fingerprint) {
		return
	}
	b.Contradictions = append(b.Contradictions, e)
	b.set[e.Fingerprint] = true
}

// BaselineOfReport records every contradiction of a reconciled corpus.
func BaselineOfReport(rep reconcile.Report) *Baseline {
	b := &Baseline{set: map[string]bool{}}
	for _, f := range rep.Facts {
		cl := map[string]*claims.Claim{}
		for k := range f.Claims {
			cl[f.Claims[k].ID] = &f.Claims[k]
		}
		for _, c := range f.Contradictions {
			var cs []*claims.Claim
			for _, id := range c.Claims {
				if x := cl[id]; x != nil {
					cs = append(cs, x)
				}
			}
			arts := append(append([]string{}, c.Sides[0].Articles...), c.Sides[1].Articles...)
			sort.Strings(arts)
			b.add(BaselineEntry{Fingerprint: Fingerprint(c.Type, cs), Type: c.Type, Fact: f.Label, Articles: arts, Explanation: c.Explanation})
		}
	}
	return b
}

// BaselineOfResult records the contradictions of a check's findings.
func BaselineOfResult(res Result) *Baseline {
	b := &Baseline{set: map[string]bool{}}
	for _, f := range res.Findings {
		arts := append([]string{f.Article}, f.Against.Articles...)
		sort.Strings(arts)
		b.add(BaselineEntry{Fingerprint: f.Fingerprint, Type: f.Type, Fact: f.Fact, Articles: arts, Explanation: f.Explanation})
	}
	return b
}
