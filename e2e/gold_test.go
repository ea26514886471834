package e2e

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
	"github.com/crosscheck/crosscheck/seeds"
)

// gold is the part of a factcheck-gold/1 answer key the score needs (testdata/gold/README.md).
type gold struct {
	Claims []struct {
		ID, Article, Fact string
		Start, End        int
	} `json:"claims"`
	Facts []struct {
		ID        string `json:"id"`
		Conflicts []struct {
			Type  string     `json:"type"`
			Sides [][]string `json:"sides"`
		} `json:"conflicts"`
		NotConflicts []struct {
			Claims []string `json:"claims"`
		} `json:"not_conflicts"`
	} `json:"facts"`
	MustNotGroup []struct{ A, B string } `json:"must_not_group"`
}

// score mirrors ../shared/tools/score.py: a reported claim matches the gold claim of its article
// that its span overlaps most.
type score struct {
	expected, found, typed, falseAlarms, mustNotGroup int
	recall, f1                                        float64
	missed, falses                                    []string
}

func scoreReport(t *testing.T, g gold, rep reconcile.Report) score {
	t.Helper()
	type ref struct{ fact int }
	gm := map[string]map[int]bool{} // gold id -> reported facts
	rm := map[[2]string]string{}    // (fact, claim id) -> gold id
	for fi, f := range rep.Facts {
		for _, c := range f.Claims {
			best, bo := "", 0
			for _, gc := range g.Claims {
				if gc.Article != c.Article {
					continue
				}
				if o := min(c.End, gc.End) - max(c.Start, gc.Start); o > bo {
					best, bo = gc.ID, o
				}
			}
			if best == "" {
				continue
			}
			rm[[2]string{f.ID, c.ID}] = best
			if gm[best] == nil {
				gm[best] = map[int]bool{}
			}
			gm[best][fi] = true
		}
	}
	var s score
	s.recall = float64(len(gm)) / float64(len(g.Claims))
	factOf := map[string]string{}
	for _, c := range g.Claims {
		factOf[c.ID] = c.Fact
	}
	ids := make([]string, 0, len(gm))
	for id := range gm {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	tp, fp, fn := 0, 0, 0
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			sameG := factOf[ids[i]] == factOf[ids[j]]
			sameR := false
			for f := range gm[ids[i]] {
				if gm[ids[j]][f] {
					sameR = true
				}
			}
			switch {
			case sameG && sameR:
				tp++
			case sameR:
				fp++
			case sameG:
				fn++
			}
		}
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	if p+r > 0 {
		s.f1 = 2 * p * r / (p + r)
	}
	for _, m := range g.MustNotGroup {
		for f := range gm[m.A] {
			if gm[m.B][f] {
				s.mustNotGroup++
			}
		}
	}
	type conflict struct {
		typ   string
		sides []map[string]bool
	}
	var conflicts []conflict
	var tolerated []map[string]bool
	for _, f := range g.Facts {
		for _, c := range f.Conflicts {
			cf := conflict{typ: c.Type}
			for _, side := range c.Sides {
				m := map[string]bool{}
				for _, id := range side {
					m[id] = true
				}
				cf.sides = append(cf.sides, m)
			}
			conflicts = append(conflicts, cf)
		}
		for _, n := range f.NotConflicts {
			m := map[string]bool{}
			for _, id := range n.Claims {
				m[id] = true
			}
			tolerated = append(tolerated, m)
		}
	}
	s.expected = len(conflicts)
	found := map[int]bool{}
	typed := map[int]bool{}
	for _, f := range rep.Facts {
		for _, x := range f.Contradictions {
			gs := map[string]bool{}
			for _, id := range x.Claims {
				if gid, ok := rm[[2]string{f.ID, id}]; ok {
					gs[gid] = true
				}
			}
			hit := false
			for k, cf := range conflicts {
				all := true
				for _, side := range cf.sides {
					any := false
					for id := range gs {
						any = any || side[id]
					}
					all = all && any
				}
				if all {
					found[k], hit = true, true
					if x.Type == cf.typ {
						typed[k] = true
					}
				}
			}
			if hit {
				continue
			}
			if x.Severity == reconcile.SeverityLow && subsetOfAny(gs, tolerated) {
				continue
			}
			s.falseAlarms++
			s.falses = append(s.falses, f.Label+": "+x.Explanation)
		}
	}
	s.found, s.typed = len(found), len(typed)
	return s
}

func subsetOfAny(s map[string]bool, of []map[string]bool) bool {
	for _, t := range of {
		ok := len(s) > 0
		for id := range s {
			ok = ok && t[id]
		}
		if ok {
			return true
		}
	}
	return false
}

func seedInputs(t testing.TB) []reconcile.Input {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var in []reconcile.Input
	for _, n := range names {
		b, _ := seeds.FS.ReadFile(n)
		a, err := ingest.Text(n, "seeds/"+n, b, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, reconcile.Input{Article: a, Claims: cs})
	}
	return in
}

// TestSeedsAgainstGold scores the report on the seed corpus against its hand-checked answer key.
func TestSeedsAgainstGold(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	rep := reconcile.Reconcile(seedInputs(t), reconcile.Options{})
	s := scoreReport(t, g, rep)
	t.Logf("found %d/%d contradictions (%d with the right type), %d false, grouping F1 %.3f, %d must-not-group violations, claim recall %.3f",
		s.found, s.expected, s.typed, s.falseAlarms, s.f1, s.mustNotGroup, s.recall)
	if s.found != s.expected {
		t.Errorf("found %d of %d expected contradictions", s.found, s.expected)
	}
	if s.typed != s.expected {
		t.Errorf("%d of %d contradictions have the expected type", s.typed, s.expected)
	}
	if s.falseAlarms != 0 {
		t.Errorf("%d false contradictions: %q", s.falseAlarms, s.falses)
	}
	if s.mustNotGroup != 0 {
		t.Errorf("%d must-not-group pairs grouped", s.mustNotGroup)
	}
	if s.recall < 0.9 {
		t.Errorf("claim recall %.3f < 0.9", s.recall)
	}
	if s.f1 < 0.95 {
		t.Errorf("grouping F1 %.3f < 0.95", s.f1)
	}
}
