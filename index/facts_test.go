package index

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestSetFacts(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	first := map[string]map[string]FactRef{
		"a.txt": {"c1": {Fact: "f1", Label: "fine", Status: "contradiction"}, "c2": {Fact: "f2", Label: "images", Status: "single"}},
		"b.txt": {"c1": {Fact: "f1", Label: "fine", Status: "contradiction"}},
	}
	if err := ix.SetFacts(first); err != nil {
		t.Fatal(err)
	}
	got, err := ix.FactsOf("a.txt")
	if err != nil || !reflect.DeepEqual(got, first["a.txt"]) {
		t.Fatalf("FactsOf = %v, %v", got, err)
	}
	docs, ref, ok, err := ix.ClaimsOfFact("f1")
	if err != nil || !ok || ref.Label != "fine" || !reflect.DeepEqual(docs, []string{"c:a.txt:c1", "c:b.txt:c1"}) {
		t.Fatalf("ClaimsOfFact = %v %v %v %v", docs, ref, ok, err)
	}
	if docs, _ := ix.ClaimsWithStatus("contradiction"); len(docs) != 2 {
		t.Fatalf("ClaimsWithStatus = %v", docs)
	}
	// a new assignment replaces the old one entirely
	if err := ix.SetFacts(map[string]map[string]FactRef{"b.txt": {"c1": {Fact: "f1", Label: "fine", Status: "single"}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.FactsOf("a.txt"); len(got) != 0 {
		t.Errorf("a.txt's facts should be gone: %v", got)
	}
	if _, _, ok, _ := ix.ClaimsOfFact("f2"); ok {
		t.Errorf("fact f2 should be gone")
	}
	if docs, _ := ix.ClaimsWithStatus("contradiction"); len(docs) != 0 {
		t.Errorf("no claim should be in a contradiction: %v", docs)
	}
}
