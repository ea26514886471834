package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
)

// heldoutCorpus reads one folder of testdata/heldout: its articles and its answer key.
func heldoutCorpus(t *testing.T, dir string) ([]reconcile.Input, gold) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(files)
	var in []reconcile.Input
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Text(filepath.Base(f), f, raw, ingest.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		in = append(in, reconcile.Input{Article: a, Claims: cs})
	}
	return in, g
}

// TestHeldoutCorpora scores the report on each corpus of testdata/heldout and
// testdata/heldout-blind (stories written for the project by different outlets in different
// languages, with planted reporting errors and traps; see testdata/heldout/README.md) against its
// answer key. Unlike NTREX, these articles are not translations of one another: what groups their
// claims is what each sentence says, not where it stands.
func TestHeldoutCorpora(t *testing.T) {
	for _, set := range []struct {
		dir   string
		guard heldoutGuard
	}{{"heldout", heldoutGuards}, {"heldout-blind", blindGuards}} {
		t.Run(set.dir, func(t *testing.T) { scoreHeldout(t, filepath.Join("..", "testdata", set.dir), set.guard) })
	}
}

// heldoutGuard holds regression guards at the levels reached, not the goal (every contradiction,
// none false, none of the must-not-group pairs grouped).
type heldoutGuard struct {
	minFound, maxFalse, maxMustNotGroup int
	minF1                               float64
	totalsOnly                          bool // blind corpora: their totals, never what was missed where
}

func scoreHeldout(t *testing.T, root string, g heldoutGuard) {
	dirs, _ := filepath.Glob(filepath.Join(root, "*"))
	var total score
	n := 0
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		in, key := heldoutCorpus(t, dir)
		s := scoreReport(t, key, reconcile.Reconcile(in, reconcile.Options{}))
		if !g.totalsOnly {
			t.Logf("%-20s found %d/%d (%d typed), %d false, F1 %.3f, %d must-not-group, claim recall %.3f",
				filepath.Base(dir), s.found, s.expected, s.typed, s.falseAlarms, s.f1, s.mustNotGroup, s.recall)
		}
		if os.Getenv("HELDOUT_VERBOSE") != "" && !g.totalsOnly {
			for _, f := range s.falses {
				t.Logf("\tfalse: %s", f)
			}
		}
		total.expected += s.expected
		total.found += s.found
		total.typed += s.typed
		total.falseAlarms += s.falseAlarms
		total.mustNotGroup += s.mustNotGroup
		total.f1 += s.f1
		total.recall += s.recall
		n++
	}
	if n == 0 {
		t.Fatalf("no corpus in %s", root)
	}
	f1, recall := total.f1/float64(n), total.recall/float64(n)
	t.Logf("all %d corpora: found %d/%d (%d typed), %d false, mean F1 %.3f, %d must-not-group, mean claim recall %.3f",
		n, total.found, total.expected, total.typed, total.falseAlarms, f1, total.mustNotGroup, recall)
	if total.found < g.minFound {
		t.Errorf("found %d contradictions, fewer than %d", total.found, g.minFound)
	}
	if total.falseAlarms > g.maxFalse {
		t.Errorf("%d false contradictions, more than %d", total.falseAlarms, g.maxFalse)
	}
	if total.mustNotGroup > g.maxMustNotGroup {
		t.Errorf("%d must-not-group pairs grouped, more than %d", total.mustNotGroup, g.maxMustNotGroup)
	}
	if f1 < g.minF1 {
		t.Errorf("mean grouping F1 %.3f below %.2f", f1, g.minF1)
	}
}

var (
	// the corpora read while the grouping rules were written
	heldoutGuards = heldoutGuard{minFound: 24, maxFalse: 3, maxMustNotGroup: 2, minF1: 0.81}
	// the corpora only ever scored: the honest measure, guarded too so that it does not slip
	blindGuards = heldoutGuard{minFound: 9, maxFalse: 11, maxMustNotGroup: 3, minF1: 0.78, totalsOnly: true}
)
