package reconcile

import (
	"fmt"
	"math"

	"github.com/crosscheck/crosscheck/claims"
)

// valueRule: the intervals the two wordings allow do not meet. "About 20 billion" and "more than
// 20 billion" agree with 20 billion; 10 billion does not. Amounts in different currencies are
// compared through rough exchange rates and only disagree beyond a factor of 1.35.
var valueRule = rule{
	Name: "value",
	Conflict: func(a, b *claims.Claim) bool {
		if a.Kind == claims.KindDate || b.Kind == claims.KindDate {
			return false
		}
		if ca, cb := currencyOf(a), currencyOf(b); ca != cb {
			ua, okA := toUSD(a)
			ub, okB := toUSD(b)
			if !okA || !okB || ua <= 0 || ub <= 0 || hedged(a) != hedged(b) {
				return false
			}
			return math.Max(ua, ub)/math.Min(ua, ub) > 1.35 && !overlapConverted(a, b)
		}
		if !sameMeasure(a, b) {
			return false
		}
		// "at least 384 dead" and "at least 614 dead" overlap as intervals, but they are two
		// different tallies: figures bounded on the same side are compared as figures
		if sameSide(a, b) {
			return !sameFigure(a, b)
		}
		return !overlap(a, b)
	},
	Severity: func(a, b *claims.Claim) string {
		if currencyOf(a) != currencyOf(b) {
			return SeverityMedium
		}
		return SeverityHigh
	},
	Explain: func(out, maj sideView) string {
		return fmt.Sprintf("%s gives %s %s, while %s %s %s: the figures cannot both be right.",
			out.who(), reading(out.first()), quote(out.first()), others(maj), verb(maj), reading(maj.first())+" "+quote(maj.first()))
	},
}

// overlapConverted: open intervals ("more than", "up to") still meet after conversion.
func overlapConverted(a, b *claims.Claim) bool {
	ua, _ := toUSD(a)
	ub, _ := toUSD(b)
	fa, fb := ua/a.Value, ub/b.Value
	alo, ahi := a.Low*fa, a.High*fa
	blo, bhi := b.Low*fb, b.High*fb
	return alo <= bhi*1.35 && blo <= ahi*1.35 && (math.IsInf(ahi, 1) || math.IsInf(bhi, 1) || a.Bound != claims.BoundExact || b.Bound != claims.BoundExact)
}

func verb(s sideView) string {
	if len(s.articles) == 1 {
		return "gives"
	}
	return "give"
}

// sameSide: both figures are lower bounds, or both are upper bounds.
func sameSide(a, b *claims.Claim) bool {
	lower := func(c *claims.Claim) bool { return c.Bound == claims.BoundMoreThan || c.Bound == claims.BoundAtLeast }
	upper := func(c *claims.Claim) bool {
		return c.Bound == claims.BoundUpTo || c.Bound == claims.BoundAtMost || c.Bound == claims.BoundLessThan
	}
	return lower(a) && lower(b) || upper(a) && upper(b)
}
