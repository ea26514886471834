package check

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
)

// The corpus of the tests: one story (a fine and the residents evacuated) in three languages.
var corpusTexts = map[string]string{
	"harbour-en.txt": "Harbour authority fined over oil spill\nThe port authority of Rotterdam was fined 2 million euros on Monday after an oil spill at the Vopak terminal in Botlek that forced 1,200 residents to leave their homes for 3 days.\n",
	"port-fr.txt":    "L'autorité portuaire condamnée après une marée noire\nL'autorité portuaire de Rotterdam a été condamnée lundi à une amende de 2 millions d'euros après une marée noire au terminal Vopak de Botlek qui a obligé 1 200 habitants à quitter leur domicile pendant 3 jours.\n",
	"haven-nl.txt":   "Havenbedrijf beboet na olielek\nHet Havenbedrijf Rotterdam kreeg maandag een boete van 2 miljoen euro na een olielek bij de Vopak-terminal in Botlek waardoor 1200 bewoners drie dagen hun huis moesten verlaten.\n",
}

const (
	agreeText = "Rotterdam port fined after spill\nThe Rotterdam port authority must pay a fine of 2 million euros after the oil spill at the Vopak terminal in Botlek, which forced 1,200 residents out of their homes.\n"
	clashText = "Rotterdam port fined after spill\nThe Rotterdam port authority must pay a fine of 20 million euros after the oil spill at the Vopak terminal in Botlek, which forced 1,200 residents out of their homes.\n"
)

func input(t *testing.T, id, source, text string) reconcile.Input {
	t.Helper()
	a, err := ingest.Text(id, source, []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := claims.Extract(a, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return reconcile.Input{Article: a, Claims: cs}
}

func corpus(t *testing.T, extra ...string) []reconcile.Input {
	t.Helper()
	var out []reconcile.Input
	for _, id := range []string{"harbour-en.txt", "haven-nl.txt", "port-fr.txt"} {
		out = append(out, input(t, id, "articles/"+id, corpusTexts[id]))
	}
	for k := 0; k+1 < len(extra); k += 2 {
		out = append(out, input(t, extra[k], "articles/"+extra[k], extra[k+1]))
	}
	return out
}

func newArticle(t *testing.T, path, text string) Article {
	t.Helper()
	id := path[strings.LastIndexByte(path, '/')+1:]
	return Article{Path: path, Input: input(t, id, path, text)}
}

func run(t *testing.T, news []Article, corpus []reconcile.Input, opt Options) Result {
	t.Helper()
	res, err := Check(news, corpus, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestCheckAgrees(t *testing.T) {
	res := run(t, []Article{newArticle(t, "drafts/agree.txt", agreeText)}, corpus(t), Options{})
	if len(res.Findings) != 0 || res.Failed() {
		t.Fatalf("an agreeing article has findings: %+v", res.Findings)
	}
	if res.Candidates != 3 || len(res.Articles) != 1 || res.Articles[0].Claims == 0 || res.FailLevel != "high" {
		t.Errorf("result = %+v", res)
	}
}

func TestCheckContradicts(t *testing.T) {
	res := run(t, []Article{newArticle(t, "drafts/clash.txt", clashText)}, corpus(t), Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("findings = %+v, want 1", res.Findings)
	}
	f := res.Findings[0]
	if f.Type != "value" || f.Severity != "high" || !f.Fails || !f.Outlier || !res.Failed() {
		t.Errorf("finding = %+v", f)
	}
	if got := clashText[f.Span.Start:f.Span.End]; got != f.Text || !strings.HasPrefix(got, "20 million") {
		t.Errorf("span [%d:%d] = %q, text %q", f.Span.Start, f.Span.End, got, f.Text)
	}
	if f.Span.From != (Position{2, 49}) || f.Path != "drafts/clash.txt" || f.Article != "clash.txt" {
		t.Errorf("where = %s %s %+v", f.Path, f.Article, f.Span)
	}
	if strings.Join(f.Against.Articles, " ") != "harbour-en.txt haven-nl.txt port-fr.txt" || len(f.Against.Passages) != 3 {
		t.Fatalf("against = %+v", f.Against)
	}
	p := f.Against.Passages[0]
	if p.Path != "articles/harbour-en.txt" || p.New || corpusTexts["harbour-en.txt"][p.Span.Start:p.Span.End] != p.Text || p.Span.From.Line != 2 {
		t.Errorf("passage = %+v", p)
	}
	if f.Fingerprint == "" || f.Explanation == "" || res.Articles[0].Failures != 1 {
		t.Errorf("finding = %+v, articles %+v", f, res.Articles)
	}
}

func TestCheckLevelsAndIgnores(t *testing.T) {
	news := []Article{newArticle(t, "drafts/clash.txt", clashText)}
	medium := map[string]string{"value": "medium"}
	tests := []struct {
		name                string
		opt                 Options
		findings, fails     int
		baselined, ignoredN int
	}{
		{"default", Options{}, 1, 1, 0, 0},
		{"value is medium", Options{Severities: medium}, 1, 0, 0, 0},
		{"value is medium, fail at medium", Options{Severities: medium, FailLevel: "medium"}, 1, 1, 0, 0},
		{"value is low, fail at medium", Options{Severities: map[string]string{"value": "low"}, FailLevel: "medium"}, 1, 0, 0, 0},
		{"value off", Options{Severities: map[string]string{"value": "off"}}, 0, 0, 0, 1},
		{"fact ignored by glob", Options{IgnoreFacts: []string{"FINE*"}}, 0, 0, 0, 1},
		{"other fact ignored", Options{IgnoreFacts: []string{"death*"}}, 1, 1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, news, corpus(t), tt.opt)
			fails := 0
			for _, f := range res.Findings {
				if f.Fails {
					fails++
				}
			}
			if len(res.Findings) != tt.findings || fails != tt.fails || res.Baselined != tt.baselined || res.Ignored != tt.ignoredN {
				t.Errorf("findings %d fails %d baselined %d ignored %d; want %d %d %d %d",
					len(res.Findings), fails, res.Baselined, res.Ignored, tt.findings, tt.fails, tt.baselined, tt.ignoredN)
			}
		})
	}
	if _, err := Check(news, nil, Options{FailLevel: "critical"}); err == nil {
		t.Error("fail level critical: no error")
	}
}

func TestCheckBaseline(t *testing.T) {
	news := []Article{newArticle(t, "drafts/clash.txt", clashText)}
	first := run(t, news, corpus(t), Options{})
	b := BaselineOfResult(first)
	if b.Len() != 1 || !b.Has(first.Findings[0].Fingerprint) {
		t.Fatalf("baseline = %+v", b)
	}
	res := run(t, news, corpus(t), Options{Baseline: b})
	if len(res.Findings) != 0 || res.Baselined != 1 || res.Failed() {
		t.Errorf("with the baseline: %d findings, %d baselined", len(res.Findings), res.Baselined)
	}
	// a new contradiction is not in the baseline
	other := strings.Replace(clashText, "20 million", "200,000", 1)
	res = run(t, []Article{newArticle(t, "drafts/clash.txt", other)}, corpus(t), Options{Baseline: b})
	if len(res.Findings) != 1 || res.Baselined != 0 {
		t.Errorf("another figure: %d findings, %d baselined", len(res.Findings), res.Baselined)
	}
}

// The corpus's own outlier is not the new article's fault; repeating it is.
func TestCheckMajoritySide(t *testing.T) {
	outlier := "Rotterdam port fine\nThe Rotterdam port authority was fined 20 million euros after the oil spill at the Vopak terminal in Botlek, which forced 1,200 residents to leave.\n"
	c := corpus(t, "wire.txt", outlier)
	res := run(t, []Article{newArticle(t, "drafts/agree.txt", agreeText)}, c, Options{})
	if len(res.Findings) != 0 {
		t.Errorf("agreeing with the majority: findings %+v", res.Findings)
	}
	res = run(t, []Article{newArticle(t, "drafts/clash.txt", clashText)}, c, Options{})
	if len(res.Findings) != 1 || !res.Findings[0].Outlier || strings.Join(res.Findings[0].Against.Articles, " ") != "harbour-en.txt haven-nl.txt port-fr.txt" {
		t.Errorf("repeating the outlier: findings %+v", res.Findings)
	}
}

// New articles that disagree among themselves, with no corpus: each is reported.
func TestCheckBetweenNewArticles(t *testing.T) {
	res := run(t, []Article{newArticle(t, "a/agree.txt", agreeText), newArticle(t, "b/clash.txt", clashText)}, nil, Options{})
	if len(res.Findings) != 2 {
		t.Fatalf("findings = %+v, want one in each article", res.Findings)
	}
	if res.Findings[0].Path != "a/agree.txt" || res.Findings[1].Path != "b/clash.txt" {
		t.Errorf("paths: %s, %s", res.Findings[0].Path, res.Findings[1].Path)
	}
	if res.Findings[0].Fingerprint != res.Findings[1].Fingerprint {
		t.Error("one contradiction, two fingerprints")
	}
	if !res.Findings[0].Against.Passages[0].New || res.Findings[0].Against.Passages[0].Path != "b/clash.txt" {
		t.Errorf("passage = %+v", res.Findings[0].Against.Passages[0])
	}
}

// Two files with one base name are two articles.
func TestCheckSameID(t *testing.T) {
	res := run(t, []Article{newArticle(t, "a/story.txt", agreeText), newArticle(t, "b/story.txt", clashText)}, nil, Options{})
	if len(res.Articles) != 2 || res.Articles[0].ID == res.Articles[1].ID || len(res.Findings) != 2 {
		t.Errorf("articles %+v, findings %d", res.Articles, len(res.Findings))
	}
}

// The fingerprint does not depend on claim ids, the order of the corpus or which other articles
// are around.
func TestFingerprintStable(t *testing.T) {
	news := []Article{newArticle(t, "drafts/clash.txt", clashText)}
	c := corpus(t)
	a := run(t, news, c, Options{}).Findings[0].Fingerprint
	rev := []reconcile.Input{c[2], c[1], c[0], input(t, "aaa-unrelated.txt", "x", "Weather\nIt rained 30 millimetres in Oslo on Tuesday.\n")}
	b := run(t, news, rev, Options{}).Findings[0].Fingerprint
	if a != b {
		t.Errorf("fingerprints differ: %s, %s", a, b)
	}
	x := claims.Claim{Article: "a", Text: "2 million euros", Value: 2e6, Unit: "EUR", Kind: "money"}
	y := claims.Claim{Article: "b", Text: "20 million euros", Value: 2e7, Unit: "EUR", Kind: "money", ID: "c99"}
	if Fingerprint("value", []*claims.Claim{&x, &y}) != Fingerprint("value", []*claims.Claim{&y, &x}) {
		t.Error("order changes the fingerprint")
	}
	if Fingerprint("value", []*claims.Claim{&x, &y}) == Fingerprint("scale", []*claims.Claim{&x, &y}) {
		t.Error("type does not change the fingerprint")
	}
}

func TestIgnoredArticle(t *testing.T) {
	tests := []struct {
		id, source string
		pats       []string
		want       bool
	}{
		{"a.txt", "drafts/a.txt", []string{"a.txt"}, true},
		{"a.txt", "drafts/a.txt", []string{"drafts/*"}, true},
		{"a.txt", "./drafts/a.txt", []string{"drafts/a.txt"}, true},
		{"a.txt", "drafts/a.txt", []string{"wire-*"}, false},
		{"wire-1.txt", "in/wire-1.txt", []string{"wire-*"}, true},
		{"a.txt", "x/drafts/a.txt", []string{"drafts/*"}, false},
	}
	for _, tt := range tests {
		if got := IgnoredArticle(tt.id, tt.source, tt.pats); got != tt.want {
			t.Errorf("IgnoredArticle(%q, %q, %q) = %v", tt.id, tt.source, tt.pats, got)
		}
	}
}
