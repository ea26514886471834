package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/reconcile"
)

func TestBaselineRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "baseline.json")
	b := BaselineOfResult(fixture())
	if b.Len() != 3 {
		t.Fatalf("baseline of the fixture: %d entries, want 3", b.Len())
	}
	if err := b.Write(p); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBaseline(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != 3 || !got.Has("aaaa") || !got.Has("cccc") || got.Has("dddd") || got.Version != 1 {
		t.Errorf("read back: %+v", got)
	}
	// written twice, the same bytes
	first, _ := os.ReadFile(p)
	BaselineOfResult(fixture()).Write(p)
	second, _ := os.ReadFile(p)
	if string(first) != string(second) {
		t.Error("baseline file is not deterministic")
	}
	var nilB *Baseline
	if nilB.Has("aaaa") || nilB.Len() != 0 {
		t.Error("a nil baseline holds something")
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadBaseline(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json: no such file") || !strings.Contains(err.Error(), "--write-baseline") {
		t.Errorf("missing: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	if _, err := ReadBaseline(bad); err == nil || !strings.Contains(err.Error(), "bad.json: not a crosscheck baseline") {
		t.Errorf("bad: %v", err)
	}
	v2 := filepath.Join(dir, "v2.json")
	os.WriteFile(v2, []byte(`{"version": 2, "contradictions": []}`), 0o644)
	if _, err := ReadBaseline(v2); err == nil || !strings.Contains(err.Error(), "version 2") {
		t.Errorf("v2: %v", err)
	}
}

// A baseline of the whole corpus suppresses the same contradiction when its article is checked
// again as a new one.
func TestBaselineOfReport(t *testing.T) {
	outlier := "Rotterdam port fine\nThe Rotterdam port authority was fined 20 million euros after the oil spill at the Vopak terminal in Botlek, which forced 1,200 residents to leave.\n"
	c := corpus(t, "wire.txt", outlier)
	b := BaselineOfReport(reconcile.Reconcile(c, reconcile.Options{}))
	if b.Len() != 1 || b.Contradictions[0].Type != "value" || strings.Join(b.Contradictions[0].Articles, " ") != "harbour-en.txt haven-nl.txt port-fr.txt wire.txt" {
		t.Fatalf("baseline = %+v", b.Contradictions)
	}
	news := []Article{{Path: "articles/wire.txt", Input: c[3]}}
	res := run(t, news, c[:3], Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("without the baseline: %d findings", len(res.Findings))
	}
	res = run(t, news, c[:3], Options{Baseline: b})
	if len(res.Findings) != 0 || res.Baselined != 1 {
		t.Errorf("with the baseline: %d findings, %d baselined", len(res.Findings), res.Baselined)
	}
}
