package reconcile

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func TestConversionNote(t *testing.T) {
	mk := func(id, article, unit string, v, precision float64, from string) claims.Claim {
		c := *stmt(claims.KindMoney, v, unit, claims.BoundExact, claims.Asserted, precision)
		c.ID, c.Article, c.Lang, c.Text, c.Sentence, c.DerivedFrom = id, article, "en", "x", "x", from
		return c
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"one amount, two rates", []claims.Claim{
			mk("c1", "a", "EUR", 20e6, 1e6, ""), mk("c2", "a", "USD", 19.6e6, 1e5, "c1"),
			mk("c3", "b", "EUR", 20e6, 1e6, ""), mk("c4", "b", "USD", 19.7e6, 1e5, "c3"),
		}, 1},
		{"the same conversion", []claims.Claim{
			mk("c1", "a", "EUR", 20e6, 1e6, ""), mk("c2", "a", "USD", 19.6e6, 1e5, "c1"),
			mk("c3", "b", "EUR", 20e6, 1e6, ""), mk("c4", "b", "USD", 19.6e6, 1e5, "c3"),
		}, 0},
		{"amounts that disagree are the value rule's", []claims.Claim{
			mk("c1", "a", "EUR", 20e6, 1e6, ""), mk("c2", "a", "USD", 19.6e6, 1e5, "c1"),
			mk("c3", "b", "EUR", 10e6, 1e6, ""), mk("c4", "b", "USD", 9.8e6, 1e5, "c3"),
		}, 0},
		{"one article", []claims.Claim{
			mk("c1", "a", "EUR", 20e6, 1e6, ""), mk("c2", "a", "USD", 19.6e6, 1e5, "c1"), mk("c3", "a", "USD", 19.7e6, 1e5, "c1"),
		}, 0},
	}
	for _, tt := range tests {
		got := checkConversions(tt.cs)
		if len(got) != tt.want {
			t.Errorf("%s: %d notes, want %d: %+v", tt.name, len(got), tt.want, got)
			continue
		}
		for _, x := range got {
			if x.Type != "conversion" || x.Severity != SeverityLow || !strings.Contains(x.Explanation, "not a contradiction") {
				t.Errorf("%s: %+v", tt.name, x)
			}
		}
	}
}
