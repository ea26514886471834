package check

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixture is a result with what every format must handle: two findings in one file (one failing,
// one below the fail level), a finding in an article read from standard input, a passage in a
// new article, an article without findings, an unreadable input, and text that needs escaping.
func fixture() Result {
	span := func(l1, c1, l2, c2, s, e int) Span {
		return Span{Start: s, End: e, From: Position{l1, c1}, To: Position{l2, c2}}
	}
	return Result{
		FailLevel: "high", Corpus: ".crosscheck", Candidates: 3, Baselined: 1, Ignored: 0,
		Articles: []Checked{
			{Path: "<stdin>", ID: "stdin", Lang: "en", Title: "Piped", Claims: 1, Findings: 1, Failures: 1},
			{Path: "drafts/agree.txt", ID: "agree.txt", Lang: "en", Title: "Agrees", Claims: 2},
			{Path: "drafts/clash, 100%.txt", ID: "clash, 100%.txt", Lang: "fr", Title: "Clash", Claims: 3, Findings: 2, Failures: 1},
		},
		Findings: []Finding{
			{
				Path: "<stdin>", Article: "stdin", Lang: "en", Span: span(2, 10, 2, 26, 40, 56),
				Text: "20 million euros", Sentence: "It was fined 20 million euros.", Quote: "It was fined 20 million euros.",
				Type: "value", Severity: "high", Fails: true, Fact: "fine", Reading: "EUR 20 million", Outlier: true,
				Against: Against{Reading: "EUR 2 million", Articles: []string{"harbour-en.txt"}, Passages: []Passage{{
					Article: "harbour-en.txt", Path: "articles/harbour-en.txt", Span: span(2, 43, 2, 58, 80, 95),
					Text: "2 million euros", Sentence: "It was fined 2 million euros.", Quote: "…fined 2 million euros on Monday…",
				}}},
				Explanation: "stdin (en) gives EUR 20 million, while harbour-en (en) gives EUR 2 million: the figures cannot both be right.",
				Fingerprint: "aaaa",
			},
			{
				Path: "drafts/clash, 100%.txt", Article: "clash, 100%.txt", Lang: "fr", Span: span(2, 5, 2, 24, 60, 80),
				Text: "20 millions d'euros", Sentence: "Une amende de 20 millions d'euros.", Quote: "Une amende de 20 millions d'euros.",
				Type: "value", Severity: "high", Fails: true, Fact: "fine · NL", Reading: "EUR 20 million", Outlier: true,
				Against: Against{Reading: "EUR 2 million", Articles: []string{"agree.txt", "haven-nl.txt"}, Passages: []Passage{
					{Article: "agree.txt", Path: "drafts/agree.txt", New: true, Span: span(2, 1, 2, 16, 30, 45), Text: "2 million euros", Quote: "2 million euros <b>"},
					{Article: "haven-nl.txt", Path: "articles/haven-nl.txt", Span: span(2, 56, 2, 70, 90, 104), Text: "2 miljoen euro", Quote: "…een boete van 2 miljoen euro…"},
				}},
				Explanation: "clash (fr) gives EUR 20 million\nover two lines, with a % sign: 100%.",
				Fingerprint: "bbbb",
			},
			{
				Path: "drafts/clash, 100%.txt", Article: "clash, 100%.txt", Lang: "fr", Span: span(3, 1, 4, 3, 120, 140),
				Text: "jusqu'à 5 millions", Quote: "jusqu'à 5 millions", Type: "modality", Severity: "medium", Fails: false,
				Fact: "cost", Reading: "EUR 5 million (up to, conditional)",
				Against: Against{Reading: "EUR 5 million", Articles: []string{"port-fr.txt"}, Passages: []Passage{
					{Article: "port-fr.txt", Path: "articles/port-fr.txt", Span: span(3, 1, 3, 10, 200, 210), Text: "5 millions", Quote: "5 millions"},
				}},
				Explanation: "clash presents EUR 5 million only as a possibility & <ceiling>.",
				Fingerprint: "cccc",
			},
		},
		Errors: []InputError{{Path: "drafts/latin1.txt", Message: "drafts/latin1.txt: not UTF-8 text (byte 3); convert it, e.g. iconv -f latin1 -t utf-8"}},
	}
}

func TestFormatsGolden(t *testing.T) {
	for _, name := range Formats {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, name, fixture()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "fixture."+name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./check -update writes it)", err)
			}
			if buf.String() != string(want) {
				t.Errorf("%s output differs from %s (go test ./check -update):\n%s", name, golden, buf.String())
			}
			// the same result twice gives the same bytes
			var again bytes.Buffer
			Write(&again, name, fixture())
			if again.String() != buf.String() {
				t.Error("output is not deterministic")
			}
		})
	}
	if err := Write(&bytes.Buffer{}, "xml", fixture()); err == nil || !strings.Contains(err.Error(), "text, json, github, sarif, junit") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestJSONFormat(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "json", fixture()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version  int
		Failed   bool
		Findings []map[string]any
		Errors   []map[string]any
		Summary  map[string]int
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || !doc.Failed || len(doc.Findings) != 3 || len(doc.Errors) != 1 || doc.Summary["high"] != 2 || doc.Summary["low"] != 0 {
		t.Errorf("json = %+v", doc)
	}
	// an empty result has empty lists, not nulls
	buf.Reset()
	Write(&buf, "json", Result{FailLevel: "high"})
	for _, k := range []string{`"findings": []`, `"articles": []`, `"errors": []`} {
		if !strings.Contains(buf.String(), k) {
			t.Errorf("empty result lacks %s:\n%s", k, buf.String())
		}
	}
}

func TestGitHubFormat(t *testing.T) {
	var buf bytes.Buffer
	Write(&buf, "github", fixture())
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4 (one error, three findings):\n%s", len(lines), buf.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
			t.Errorf("not a workflow command: %s", l)
		}
		if strings.ContainsAny(l, "\r") {
			t.Errorf("unescaped CR: %q", l)
		}
	}
	clash := lines[2]
	for _, want := range []string{"file=drafts/clash%2C 100%25.txt,", "line=2,endLine=2,col=5,endColumn=24,", "%0Aover two lines, with a %25 sign: 100%25."} {
		if !strings.Contains(clash, want) {
			t.Errorf("clash finding lacks %q:\n%s", want, clash)
		}
	}
	// a finding below the fail level is a warning, and spans two lines: no columns
	if !strings.HasPrefix(lines[3], "::warning file=drafts/clash%2C 100%25.txt,line=3,endLine=4,title=") {
		t.Errorf("medium finding: %s", lines[3])
	}
}

func TestJUnitFormat(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "junit", fixture()); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if doc.Tests != 5 || doc.Failures != 2 || doc.Errors != 1 || len(doc.Suites) != 4 {
		t.Errorf("testsuites: tests %d failures %d errors %d suites %d", doc.Tests, doc.Failures, doc.Errors, len(doc.Suites))
	}
	for _, s := range doc.Suites {
		n := 0
		for _, c := range s.Cases {
			if c.Failure != nil {
				n++
			}
		}
		if n != s.Failures || len(s.Cases) != s.Tests {
			t.Errorf("suite %s: counts %d/%d, cases %d/%d", s.Name, s.Failures, n, s.Tests, len(s.Cases))
		}
	}
}
