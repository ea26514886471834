package reconcile

import (
	"fmt"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// checkConversions notes conversions of one agreed amount that differ: "€20 million ($19.6
// million)" and "€20 million ($19.7 million)" converted at different exchange rates or on
// different days. That is never a contradiction; it is a low-severity note, so that a reader who
// compares the two figures knows why they differ. Conversions of amounts that disagree are left
// to the rules that compare the amounts.
func checkConversions(cs []claims.Claim) []Contradiction {
	byID := map[string]*claims.Claim{}
	for k := range cs {
		byID[cs[k].ID] = &cs[k]
	}
	groups := map[string][]*claims.Claim{}
	for k := range cs {
		c := &cs[k]
		src := byID[c.DerivedFrom]
		if c.DerivedFrom == "" || c.RepeatOf != "" || src == nil || c.Kind != claims.KindMoney {
			continue
		}
		groups[currencyOf(c)] = append(groups[currencyOf(c)], c)
	}
	currencies := make([]string, 0, len(groups))
	for cur := range groups {
		currencies = append(currencies, cur)
	}
	sort.Strings(currencies)
	var out []Contradiction
	for _, cur := range currencies {
		g := groups[cur]
		// the first pair of conversions from two articles whose sources agree and whose figures do not
		var a, b *claims.Claim
	search:
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				x, y := g[i], g[j]
				if x.Article == y.Article || !agree(byID[x.DerivedFrom], byID[y.DerivedFrom]) || sameFigure(x, y) {
					continue
				}
				a, b = x, y
				break search
			}
		}
		if a == nil {
			continue
		}
		src := byID[a.DerivedFrom]
		x := Contradiction{
			Type:     "conversion",
			Severity: SeverityLow,
			Claims:   []string{a.ID, b.ID},
			Explanation: fmt.Sprintf("%s (%s) converts %s to %s %s, and %s (%s) to %s %s: different exchange rates or dates, not a contradiction.",
				short(a.Article), a.Lang, reading(src), reading(a), quote(a), short(b.Article), b.Lang, reading(b), quote(b)),
		}
		x.Sides[0] = Side{Reading: reading(a), Claims: []string{a.ID}, Articles: []string{a.Article}}
		x.Sides[1] = Side{Reading: reading(b), Claims: []string{b.ID}, Articles: []string{b.Article}}
		out = append(out, x)
	}
	return out
}
