package reconcile

import (
	"fmt"
	"math"

	"github.com/crosscheck/crosscheck/claims"
)

// scaleRule: the same digits with scales a thousand (or a million) apart, "1.2 million" against
// "1.2 billion": the commonest real error, and one a reader can fix at once.
var scaleRule = rule{
	Name: "scale",
	Conflict: func(a, b *claims.Claim) bool {
		if !sameMeasure(a, b) || a.Value <= 0 || b.Value <= 0 || currencyOf(a) != currencyOf(b) {
			return false
		}
		// a scale word: thousands against millions or more; three people and 3,000 people are
		// no one digits misread
		if math.Max(a.Value, b.Value) < 1e6 {
			return false
		}
		k := math.Log10(math.Max(a.Value, b.Value)/math.Min(a.Value, b.Value)) / 3
		r := math.Round(k)
		// one scale word for the next (thousand, million, billion, trillion); "6" against "6
		// million" is a headline that left the scale out, not a scale misread
		return (r == 1 || r >= 2 && math.Min(a.Value, b.Value) >= 1e6) && math.Abs(k-r) < 0.01
	},
	Severity: func(a, b *claims.Claim) string { return SeverityHigh },
	Explain: func(out, maj sideView) string {
		return fmt.Sprintf("%s gives %s %s, while %s %s %s: the same digits a thousand times apart, so one scale word (thousand, million, billion; juta, miliar; miljoen, miljard) is wrong.",
			out.who(), reading(out.first()), quote(out.first()), others(maj), verb(maj), reading(maj.first())+" "+quote(maj.first()))
	},
}
