package reconcile

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

// claim builds a statement for rule fixtures: "money EUR 20e6 exact asserted".
func stmt(kind string, value float64, unit, bound, modality string, precision float64) *claims.Claim {
	c := &claims.Claim{Kind: kind, Value: value, Unit: unit, Bound: bound, Modality: modality, Precision: precision, Low: value, High: value}
	switch bound {
	case claims.BoundApproximate:
		c.Low, c.High = value*0.9, value*1.1
	case claims.BoundMoreThan, claims.BoundAtLeast:
		c.High = math.Inf(1)
	case claims.BoundUpTo, claims.BoundAtMost, claims.BoundLessThan:
		c.Low = 0
	}
	return c
}

func date(d string) *claims.Claim {
	return &claims.Claim{Kind: claims.KindDate, Date: d, Unit: "date", Bound: claims.BoundExact, Modality: claims.Asserted}
}

func TestRules(t *testing.T) {
	const (
		money, count, dur = claims.KindMoney, claims.KindCount, claims.KindDuration
		exact, about      = claims.BoundExact, claims.BoundApproximate
		more, upTo        = claims.BoundMoreThan, claims.BoundUpTo
		asserted, cond    = claims.Asserted, claims.Conditional
		reported          = claims.Reported
	)
	tests := []struct {
		name string
		a, b *claims.Claim
		want string // rule name, or "" when the two agree
	}{
		// value
		{"10 vs 20 billion images", stmt(count, 10e9, "image", exact, reported, 1e9), stmt(count, 20e9, "image", exact, asserted, 1e9), "value"},
		{"about 20 vs 20 billion", stmt(count, 20e9, "image", about, asserted, 1e9), stmt(count, 20e9, "image", exact, asserted, 1e9), ""},
		{"more than 20 vs 20 billion", stmt(count, 20e9, "image", more, asserted, 1e9), stmt(count, 20e9, "image", exact, asserted, 1e9), ""},
		{"about 20 vs more than 20 billion", stmt(count, 20e9, "image", about, asserted, 1e9), stmt(count, 20e9, "image", more, asserted, 1e9), ""},
		{"rounding: 1.19 vs 1.2 billion", stmt(money, 1.19e9, "EUR", exact, asserted, 1e7), stmt(money, 1.2e9, "EUR", exact, asserted, 1e8), ""},
		{"more than 30 vs 20", stmt(count, 30, "person", more, asserted, 1), stmt(count, 20, "person", exact, asserted, 1), "value"},
		{"two months vs 60 days", stmt(dur, 2, "month", exact, asserted, 1), stmt(dur, 61, "day", exact, asserted, 1), ""},
		{"two vs six months", stmt(dur, 2, "month", exact, asserted, 1), stmt(dur, 6, "month", exact, asserted, 1), "value"},
		{"different counted things are not compared", stmt(count, 2, "breach", exact, asserted, 1), stmt(count, 20, "image", exact, asserted, 1), ""},
		// scale
		{"1.2 million vs 1.2 billion", stmt(money, 1.2e6, "USD", exact, asserted, 1e5), stmt(money, 1.2e9, "USD", exact, asserted, 1e8), "scale"},
		{"3 thousand vs 3 million people", stmt(count, 3e3, "person", exact, asserted, 1e3), stmt(count, 3e6, "person", exact, asserted, 1e6), "scale"},
		{"2 vs 3 billion is not a scale error", stmt(money, 2e9, "USD", exact, asserted, 1e9), stmt(money, 3e9, "USD", exact, asserted, 1e9), "value"},
		// currency
		{"EUR 7.5M vs GBP 7.5M", stmt(money, 7.5e6, "EUR", more, asserted, 1e5), stmt(money, 7.5e6, "GBP", exact, asserted, 1e5), "currency"},
		{"EUR 20M vs IDR 304 billion is a conversion", stmt(money, 20e6, "EUR", exact, asserted, 1e6), stmt(money, 304e9, "IDR", exact, asserted, 1e9), ""},
		{"EUR 20M vs USD 19.6M is a conversion", stmt(money, 20e6, "EUR", exact, asserted, 1e6), stmt(money, 19.6e6, "USD", exact, asserted, 1e5), ""},
		{"EUR 20M vs USD 60M disagree", stmt(money, 20e6, "EUR", exact, asserted, 1e6), stmt(money, 60e6, "USD", exact, asserted, 1e6), "value"},
		// modality
		{"fines of up to EUR 20M may follow vs fined EUR 20M", stmt(money, 20e6, "EUR", upTo, cond, 1e6), stmt(money, 20e6, "EUR", exact, asserted, 1e6), "modality"},
		{"conditional vs conditional", stmt(money, 20e6, "EUR", upTo, cond, 1e6), stmt(money, 20e6, "EUR", exact, cond, 1e6), ""},
		{"as many as 300 vs 300 is emphasis", stmt(count, 300, "person", upTo, asserted, 100), stmt(count, 300, "person", exact, asserted, 100), ""},
		{"up to EUR 20M possible vs EUR 15M imposed", stmt(money, 20e6, "EUR", upTo, cond, 1e6), stmt(money, 15e6, "EUR", exact, asserted, 1e6), ""},
		// date
		{"May 2020 vs 12 May 2020", date("2020-05"), date("2020-05-12"), ""},
		{"May 2020 vs June 2020", date("2020-05"), date("2020-06"), "date"},
	}
	for _, tc := range tests {
		for _, pair := range [][2]*claims.Claim{{tc.a, tc.b}, {tc.b, tc.a}} { // rules are symmetric
			r, conflict := classify(pair[0], pair[1])
			got := ""
			if conflict {
				got = r.Name
			}
			if got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
			}
		}
	}
}

func TestCheckFactMajority(t *testing.T) {
	mk := func(id, article string, v float64) claims.Claim {
		c := *stmt(claims.KindCount, v, "image", claims.BoundExact, claims.Asserted, 1e9)
		c.ID, c.Article, c.Lang, c.Text = id, article, "en", "x"
		return c
	}
	cs := []claims.Claim{mk("c1", "a", 20e9), mk("c2", "b", 10e9), mk("c3", "c", 20e9), mk("c4", "d", 20e9)}
	cs = append(cs, cs[1])
	cs[4].ID, cs[4].RepeatOf = "c5", "c2"
	got := checkFact(cs, evidence{})
	if len(got) != 1 {
		t.Fatalf("got %d contradictions, want 1: %+v", len(got), got)
	}
	c := got[0]
	if c.Type != "value" || len(c.Sides[0].Articles) != 1 || c.Sides[0].Articles[0] != "b" || len(c.Sides[1].Articles) != 3 {
		t.Errorf("want article b (with its repeat) as the outlier against 3 articles: %+v", c)
	}
	if len(c.Sides[0].Claims) != 2 {
		t.Errorf("the outlier side should list the repeat too: %v", c.Sides[0].Claims)
	}
}

func TestWeekday(t *testing.T) {
	right := claims.Claim{ID: "c1", Article: "a", Kind: claims.KindDate, Date: "2024-04-23", Weekday: 2} // a Tuesday
	wrong := claims.Claim{ID: "c2", Article: "b", Kind: claims.KindDate, Date: "2023-05-24", Weekday: 2} // a Wednesday
	none := claims.Claim{ID: "c3", Article: "c", Kind: claims.KindDate, Date: "2023-05-24"}
	got := checkWeekdays([]claims.Claim{right, wrong, none})
	if len(got) != 1 || got[0].Claims[0] != "c2" || got[0].Type != "date" {
		t.Fatalf("want one date contradiction for c2, got %+v", got)
	}
}

func TestExcerpt(t *testing.T) {
	s := "Het zou naar verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben, aldus de toezichthouder in een verklaring van vrijdag."
	start := strings.Index(s, "10 miljard")
	c := claims.Claim{Text: "10 miljard afbeeldingen", Sentence: s, Start: 100 + start, End: 100 + start + len("10 miljard afbeeldingen"), SentenceStart: 100}
	q := Excerpt(&c)
	if !strings.Contains(q, "10 miljard afbeeldingen") || !strings.HasSuffix(q, "…") {
		t.Errorf("Excerpt = %q", q)
	}
	c.Start = 5 // offsets that do not match: the claim's text alone
	if q := Excerpt(&c); q != c.Text {
		t.Errorf("Excerpt with bad offsets = %q", q)
	}
}

// A total and its parts in one sentence ("three killed in A and two in B" against "five killed")
// are not a contradiction; a figure that is neither is.
func TestPartsAgainstTotal(t *testing.T) {
	mk := func(id, article string, v float64, sentence int) claims.Claim {
		c := *stmt(claims.KindCount, v, "person", claims.BoundExact, claims.Asserted, 1)
		c.ID, c.Article, c.Lang, c.Text, c.Sentence, c.SentenceStart = id, article, "en", "x", "x", sentence
		return c
	}
	all := []claims.Claim{mk("c1", "a", 3, 0), mk("c2", "a", 2, 0), mk("c3", "b", 5, 0), mk("c4", "c", 4, 0)}
	ev := evidence{parts: sentenceParts(all)}
	if got := checkFact([]claims.Claim{all[1], all[2]}, ev); len(got) != 0 {
		t.Errorf("2 of a total of 5 against 5: want no contradiction, got %+v", got)
	}
	if got := checkFact([]claims.Claim{all[1], all[3]}, ev); len(got) != 1 {
		t.Errorf("2 of a total of 5 against 4: want a contradiction, got %+v", got)
	}
}
