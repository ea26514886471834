package format

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./format -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test ./format -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s",
			path, got, want)
	}
}

func TestReportGolden(t *testing.T) {
	tests := []struct {
		file, format string
		opt          Options
	}{
		{"report.table.golden", "table", Options{}},
		{"report.table-color.golden", "table", Options{Color: true}},
		{"report.table-60.golden", "table", Options{Width: 60}},
		{"report.json.golden", "json", Options{}},
		{"report.md.golden", "markdown", Options{}},
		{"report.html.golden", "html", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Report(&buf, tt.format, fixture(), tt.opt); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.file, buf.Bytes())
		})
	}
}

func TestClaimsGolden(t *testing.T) {
	for _, tt := range []struct{ file, format string }{
		{"claims.table.golden", "table"},
		{"claims.json.golden", "json"},
		{"claims.jsonl.golden", "jsonl"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Claims(&buf, tt.format, fixtureClaims(), Options{}); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.file, buf.Bytes())
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{20e9, "20 billion"},
		{7.5e6, "7.5 million"},
		{19.6e6, "19.6 million"},
		{304e9, "304 billion"},
		{1.19e9, "1.19 billion"},
		{1e12, "1 trillion"},
		{2.5e15, "2,500 trillion"},
		{1e6, "1 million"},
		{100000, "100,000"},
		{2200, "2,200"},
		{999999, "999,999"},
		{1234567, "1,234,567"}, // not round: every digit kept
		{2, "2"},
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{0.5, "0.5"},
		{5.5, "5.5"},
		{1234.5, "1,234.5"},
		{0.1 + 0.2, "0.3"},
		{-20e6, "-20 million"},
		{-2200, "-2,200"},
		{-0.25, "-0.25"},
		{math.Inf(1), "∞"},
	}
	for _, tt := range tests {
		if got := Number(tt.in); got != tt.want {
			t.Errorf("Number(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReading(t *testing.T) {
	c := func(kind string, v float64, unit, bound string) claims.Claim {
		return claims.Claim{Kind: kind, Value: v, Unit: unit, Bound: bound, Low: v, High: v}
	}
	rng := func(kind string, lo, hi float64, unit string) claims.Claim {
		x := c(kind, (lo+hi)/2, unit, claims.BoundRange)
		x.Low, x.High = lo, hi
		return x
	}
	tests := []struct {
		in   claims.Claim
		want string
	}{
		{c(claims.KindMoney, 20e6, "EUR", claims.BoundExact), "EUR 20 million"},
		{c(claims.KindCount, 20e9, "image", claims.BoundExact), "20 billion image"},
		{c(claims.KindDuration, 2, "month", claims.BoundExact), "2 month"},
		{c(claims.KindRate, 100000, "EUR/day", claims.BoundExact), "EUR 100,000/day"},
		{c(claims.KindRate, 3, "person/day", claims.BoundExact), "3 person/day"},
		{c(claims.KindPercentage, 5.5, "%", claims.BoundExact), "5.5%"},
		{c(claims.KindAge, 45, "year", claims.BoundExact), "45 year"},
		{c(claims.KindNumber, 12, "", claims.BoundExact), "12"},
		{claims.Claim{Kind: claims.KindDate, Date: "2020-05", Bound: claims.BoundExact}, "2020-05"},
		{claims.Claim{Kind: claims.KindDate, Date: "2020-05", Bound: claims.BoundApproximate}, "about 2020-05"},
		{c(claims.KindCount, 20e9, "image", claims.BoundApproximate), "about 20 billion image"},
		{c(claims.KindMoney, 7.5e6, "EUR", claims.BoundMoreThan), "more than EUR 7.5 million"},
		{c(claims.KindCount, 100, "person", claims.BoundAtLeast), "at least 100 person"},
		{c(claims.KindMoney, 20e6, "EUR", claims.BoundUpTo), "up to EUR 20 million"},
		{c(claims.KindPercentage, 4, "%", claims.BoundAtMost), "at most 4%"},
		{c(claims.KindCount, 10, "organisation", claims.BoundLessThan), "less than 10 organisation"},
		{c(claims.KindMoney, 7.5e6, "GBP", ""), "GBP 7.5 million"},
		{rng(claims.KindMoney, 10e6, 20e6, "EUR"), "between EUR 10 million and EUR 20 million"},
		{rng(claims.KindPercentage, 5, 7, "%"), "between 5% and 7%"},
		{rng(claims.KindDuration, 2, 3, "month"), "between 2 and 3 month"},
		{rng(claims.KindCount, 1e9, 1.5e9, "image"), "between 1 billion and 1.5 billion image"},
	}
	for _, tt := range tests {
		if got := Reading(tt.in); got != tt.want {
			t.Errorf("Reading(%s %v %s %s) = %q, want %q", tt.in.Kind, tt.in.Value, tt.in.Unit, tt.in.Bound, got, tt.want)
		}
	}
	// A range with an open end reads as a bound.
	for _, tt := range []struct {
		in   claims.Claim
		want string
	}{
		{rng(claims.KindCount, 10, math.Inf(1), "person"), "at least 10 person"},
		{rng(claims.KindMoney, math.Inf(-1), 5e6, "EUR"), "at most EUR 5 million"},
	} {
		tt.in.Value = 0
		if got := Reading(tt.in); got != tt.want {
			t.Errorf("Reading(open range) = %q, want %q", got, tt.want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := Report(&buf, "x", fixture(), Options{})
	if err == nil || err.Error() != `unknown format "x" (valid: table, json, markdown, html)` {
		t.Errorf("Report(x) error = %v", err)
	}
	var uf *UnknownFormatError
	if !errors.As(err, &uf) || uf.Name != "x" {
		t.Errorf("Report(x) error %T is not an *UnknownFormatError", err)
	}
	err = Claims(&buf, "markdown", fixtureClaims(), Options{})
	if err == nil || err.Error() != `unknown format "markdown" (valid: table, json, jsonl)` {
		t.Errorf("Claims(markdown) error = %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("an unknown format wrote %q", buf.String())
	}
	if err := Report(&buf, " JSON", fixture(), Options{}); err != nil {
		t.Errorf("format names should be case-insensitive: %v", err)
	}
}

func TestReportJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Report(&buf, "json", fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "}\n") || !strings.HasPrefix(out, "{\n  \"version\": 1,") {
		t.Errorf("JSON not indented with a trailing newline:\n%.80s", out)
	}
	for _, s := range []string{"<b>", "d’euros", "JAKARTA | Facial"} {
		if !strings.Contains(out, s) {
			t.Errorf("JSON output lacks %q (HTML escaping must be off)", s)
		}
	}
	if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) {
		t.Error("JSON output has HTML escapes")
	}

	var doc struct {
		Version  int               `json:"version"`
		Articles []json.RawMessage `json:"articles"`
		Facts    []struct {
			ID             string                       `json:"id"`
			Claims         []map[string]json.RawMessage `json:"claims"`
			Contradictions json.RawMessage              `json:"contradictions"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || len(doc.Articles) != 5 || len(doc.Facts) != 5 {
		t.Fatalf("version %d, %d articles, %d facts", doc.Version, len(doc.Articles), len(doc.Facts))
	}
	claimByID := map[string]map[string]json.RawMessage{}
	for _, f := range doc.Facts {
		if f.ID != "f1" && f.ID != "f2" && string(f.Contradictions) != "[]" {
			t.Errorf("fact %s: contradictions = %s, want []", f.ID, f.Contradictions)
		}
		for _, c := range f.Claims {
			var id string
			_ = json.Unmarshal(c["id"], &id)
			claimByID[id] = c
		}
	}
	field := func(id, name string) string {
		c, ok := claimByID[id]
		if !ok {
			t.Fatalf("claim %s missing", id)
		}
		v, ok := c[name]
		if !ok {
			t.Fatalf("claim %s has no %q field", id, name)
		}
		return string(v)
	}
	for id, want := range map[string]string{"c1": "null", "c2": `"c1"`, "c17": "null"} {
		if got := field(id, "derived_from"); got != want {
			t.Errorf("%s derived_from = %s, want %s", id, got, want)
		}
	}
	if got := field("c20", "high"); got != "null" {
		t.Errorf("c20 (more than) high = %s, want null", got)
	}
	if got := field("c20", "low"); got != "7500000" {
		t.Errorf("c20 low = %s, want 7500000", got)
	}
	if got := field("c17", "low") + " " + field("c17", "high"); got != "10000000000 10000000000" {
		t.Errorf("c17 low high = %s", got)
	}
}

func TestJSONEmptyListsAreArrays(t *testing.T) {
	r := reconcile.Report{Facts: []reconcile.Fact{{ID: "f1", Status: reconcile.StatusSingle}}}
	var buf bytes.Buffer
	if err := Report(&buf, "json", r, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["version"] != 1.0 {
		t.Errorf("version = %v, want 1", doc["version"])
	}
	if a, ok := doc["articles"].([]any); !ok || len(a) != 0 {
		t.Errorf("articles = %#v, want []", doc["articles"])
	}
	f := doc["facts"].([]any)[0].(map[string]any)
	for _, k := range []string{"claims", "contradictions"} {
		if a, ok := f[k].([]any); !ok || len(a) != 0 {
			t.Errorf("fact %s = %#v, want []", k, f[k])
		}
	}
	if r.Facts[0].Claims != nil || r.Facts[0].Contradictions != nil {
		t.Error("rendering modified the caller's report")
	}

	buf.Reset()
	if err := Claims(&buf, "json", nil, Options{}); err != nil || buf.String() != "[]\n" {
		t.Errorf("Claims(json, nil) = %q, %v; want \"[]\\n\"", buf.String(), err)
	}
	buf.Reset()
	if err := Claims(&buf, "jsonl", nil, Options{}); err != nil || buf.Len() != 0 {
		t.Errorf("Claims(jsonl, nil) = %q, %v; want nothing", buf.String(), err)
	}
}

func TestJSONLOneClaimPerLine(t *testing.T) {
	var buf bytes.Buffer
	cs := fixtureClaims()
	if err := Claims(&buf, "jsonl", cs, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(cs) {
		t.Fatalf("%d lines for %d claims", len(lines), len(cs))
	}
	for i, l := range lines {
		var c claims.Claim
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if c.ID != cs[i].ID || c.Text != cs[i].Text || c.Start != cs[i].Start {
			t.Errorf("line %d: read back %+v", i+1, c)
		}
	}
}

func TestJSONKeepsQuotesReadable(t *testing.T) {
	c := claims.Claim{ID: "c1", Kind: claims.KindMoney, Text: "<b>€20M</b> & more", Sentence: "a <b> & b"}
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, []claims.Claim{c}, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"<b>€20M</b> & more"`) || strings.Contains(buf.String(), `\u003c`) {
		t.Errorf("quotes should keep <, > and &: %s", buf.String())
	}
}

func TestTableFitsWidth(t *testing.T) {
	for _, w := range []int{0, 60, 80, 100, 120} {
		var buf bytes.Buffer
		if err := Report(&buf, "table", fixture(), Options{Width: w}); err != nil {
			t.Fatal(err)
		}
		// Nine columns of claims need about 100; below that the table grows wider rather
		// than unreadable.
		if w == 0 || w >= 100 {
			if err := Claims(&buf, "table", fixtureClaims(), Options{Width: w}); err != nil {
				t.Fatal(err)
			}
		}
		limit := w
		if w == 0 {
			limit = 100
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if width(line) > limit {
				t.Errorf("width %d: line of %d columns: %s", w, width(line), line)
			}
		}
		if strings.Contains(buf.String(), "\x1b") {
			t.Errorf("width %d: escape codes without Color", w)
		}
	}
}

func TestColorOnlyWhenAsked(t *testing.T) {
	var buf bytes.Buffer
	if err := Report(&buf, "table", fixture(), Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"\x1b[31mhigh\x1b[0m", "\x1b[33mmedium\x1b[0m"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("coloured table lacks %q", s)
		}
	}
}

func TestEmptyReport(t *testing.T) {
	for _, name := range ReportFormats {
		var buf bytes.Buffer
		if err := Report(&buf, name, reconcile.Report{}, Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if buf.Len() == 0 {
			t.Errorf("%s: no output for an empty report", name)
		}
	}
	var buf bytes.Buffer
	_ = Report(&buf, "table", reconcile.Report{}, Options{})
	if want := "0 articles · 0 facts · 0 contradictions\n"; !strings.HasPrefix(buf.String(), want) {
		t.Errorf("empty table starts %q, want %q", buf.String(), want)
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrorIsReturned(t *testing.T) {
	for _, name := range ReportFormats {
		if err := Report(failWriter{}, name, fixture(), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error = %v, want the writer's", name, err)
		}
	}
}

func TestHostileClaims(t *testing.T) {
	// Offsets that do not fit the sentence, control characters and an empty sentence must
	// neither panic nor reach the terminal.
	r := fixture()
	c := &r.Facts[0].Claims[1] // c17, the outlier's quote
	c.Start, c.End, c.SentenceStart = 5000, 4000, -3
	c.Sentence = "Het zou\n naar \x1b[2J verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben."
	r.Facts[0].Claims[0].Sentence = ""
	r.Facts[1].Label = "fine\x1b]0;pwned\x07 · ICO"
	for _, name := range ReportFormats {
		var buf bytes.Buffer
		if err := Report(&buf, name, r, Options{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.ContainsAny(buf.String(), "\x1b\x07") {
			t.Errorf("%s: control characters reached the output", name)
		}
		if name == "table" && !strings.Contains(buf.String(), "verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben.”") {
			t.Errorf("table: quote not found by text after bad offsets:\n%s", buf.String())
		}
	}
}

func TestMakeQuote(t *testing.T) {
	s := "Clearview écrit sur son site Web qu’il a collecté plus de 20 milliards d’images faciales de personnes à travers le monde entier et dans toute l’Europe."
	c := claims.Claim{Sentence: s, Text: "plus de 20 milliards d’images", SentenceStart: 10}
	c.Start = 10 + strings.Index(s, c.Text)
	q := makeQuote(c).cut(60)
	got := q.Before + "[" + q.Mark + "]" + q.After
	if want := "…a collecté [plus de 20 milliards d’images] faciales de…"; got != want {
		t.Errorf("makeQuote = %q, want %q", got, want)
	}
	if w := width(q.Before + q.Mark + q.After); w > 60 {
		t.Errorf("quote is %d columns, want at most 60", w)
	}
	q = makeQuote(c)
	if q.Before+q.Mark+q.After != s {
		t.Errorf("makeQuote = %q, want the whole sentence", q.Before+q.Mark+q.After)
	}
	q = makeQuote(c).cut(10) // the claim alone is wider
	if got := q.Before + "[" + q.Mark + "]" + q.After; got != "…[plus de…]" {
		t.Errorf("cut(10) = %q", got)
	}
}

func TestShortID(t *testing.T) {
	for in, want := range map[string]string{
		"001_1d2ce94459935e22.txt":     "001",
		"reuters-2024-04-23.json":      "reuters-2024",
		"story.txt":                    "story",
		"_hidden.txt":                  "_hidden",
		"abc":                          "abc",
		"":                             "?",
		"très-long-nom-d’article.html": "très-long-no",
	} {
		if got := shortID(in); got != want {
			t.Errorf("shortID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownEscaping(t *testing.T) {
	if got, want := mdCell("a|b\nc <b>*x*</b>"), `a\|b<br>c \<b\>\*x\*\</b\>`; got != want {
		t.Errorf("mdCell = %q, want %q", got, want)
	}
	var buf bytes.Buffer
	if err := Report(&buf, "markdown", fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<b>") {
		t.Error("markdown output has raw <b>")
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := Report(&buf, "html", fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{"<!doctype html>", `<meta charset="utf-8">`, "<title>", "<mark>7,5 millions de livres sterling</mark>", "&lt;b&gt;"} {
		if !strings.Contains(out, s) {
			t.Errorf("HTML lacks %q", s)
		}
	}
	for _, s := range []string{"<script", "src=", "<link", "@import", "url(", "<b>"} {
		if strings.Contains(out, s) {
			t.Errorf("HTML contains %q", s)
		}
	}
}

// bigReport repeats the fixture's facts n times, as a corpus of a few hundred articles would.
func bigReport(n int) reconcile.Report {
	r := fixture()
	facts := r.Facts
	r.Facts = nil
	for i := 0; i < n; i++ {
		r.Facts = append(r.Facts, facts...)
	}
	return r
}

func BenchmarkReportTable(b *testing.B) {
	r := bigReport(200) // 400 contradictions
	for b.Loop() {
		var buf bytes.Buffer
		if err := Report(&buf, "table", r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClaimsTable(b *testing.B) {
	var cs []claims.Claim
	for i := 0; i < 300; i++ {
		cs = append(cs, fixtureClaims()...)
	}
	for b.Loop() {
		var buf bytes.Buffer
		if err := Claims(&buf, "table", cs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
