package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Headline here\nBody.", "Headline here"},
		{"\n\n  Headline  \nBody", "Headline"},
		{"mardi, 23 avril 2024\n\nClearview nie la compétence\nBody", "Clearview nie la compétence"}, // a dateline is not the headline
		{"2024-04-23\nHeadline", "Headline"},
		{"12 killed in storm\nBody", "12 killed in storm"},
	}
	for _, tc := range tests {
		if got := Title(tc.text); got != tc.want {
			t.Errorf("Title(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestText(t *testing.T) {
	if _, err := Text("x", "x", []byte("caf\xe9 au lait"), Options{}); err == nil || !strings.Contains(err.Error(), "not UTF-8") {
		t.Errorf("latin-1 text: %v", err)
	}
	if _, err := Text("x", "x", []byte("  \n "), Options{}); err == nil {
		t.Error("an empty article should be refused")
	}
	a, err := Text("a.txt", "dir/a.txt", []byte("Boetes tot 20 miljoen euro\nDe waakhond zou de boete opleggen aan het bedrijf."), Options{})
	if err != nil || a.Lang != "nl" || a.Hash == "" || a.Title != "Boetes tot 20 miljoen euro" {
		t.Errorf("Text = %+v, %v", a, err)
	}
}

func TestPathsKeepsGoingPastBadFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Title\nThe fine was 20 million euros."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\xff\xfe"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("ignored"), 0o644)
	arts, errs := Paths([]string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	if len(arts) != 1 || arts[0].ID != "good.txt" {
		t.Fatalf("articles: %+v", arts)
	}
	if len(errs) != 2 {
		t.Fatalf("want 2 errors (bad.txt, missing.txt), got %v", errs)
	}
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) || fe.Path == "" {
			t.Errorf("error does not name its file: %v", err)
		}
	}
}

func TestJSONL(t *testing.T) {
	in := `{"id":"a","lang":"fr","text":"Une amende de 20 millions d'euros."}
not json
{"id":"b","text":"Het bedrijf kreeg een boete van 20 miljoen euro van de waakhond."}
`
	arts, errs := JSONL(strings.NewReader(in), "in.jsonl", Options{})
	if len(arts) != 2 || arts[0].Lang != "fr" || arts[1].Lang != "nl" {
		t.Fatalf("articles: %+v", arts)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "in.jsonl:2") {
		t.Fatalf("errors: %v", errs)
	}
}
