package reconcile

import (
	"fmt"
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// currencyRule: the same amount in two currencies, "€7.5M" against "£7.5M". Conversions printed
// beside either side are evidence of which currency fits.
var currencyRule = rule{
	Name: "currency",
	Conflict: func(a, b *claims.Claim) bool {
		ca, cb := currencyOf(a), currencyOf(b)
		if ca == "" || cb == "" || ca == cb {
			return false
		}
		// the very same digits: a conversion never lands on them, so one side has the wrong currency
		return math.Abs(a.Value-b.Value) <= 1e-9*math.Max(math.Abs(a.Value), 1)
	},
	Severity: func(a, b *claims.Claim) string { return SeverityHigh },
	Explain: func(out, maj sideView) string {
		s := fmt.Sprintf("%s gives %s %s, while %s %s the same figure in %s %s.",
			out.who(), reading(out.first()), quote(out.first()), others(maj), verb(maj), currencyOf(maj.first()), quote(maj.first()))
		if ev := currencyEvidence(out, maj); ev != "" {
			s += " " + ev
		}
		return s
	},
}

// currencyEvidence reads the other-currency amounts each side's articles give for the same fact
// (conversions in parentheses, a headline in rupiah) and says which currency they fit.
func currencyEvidence(out, maj sideView) string {
	a, b := out.first(), maj.first()
	var notes []string
	for _, s := range []sideView{out, maj} {
		for _, c := range s.evidence {
			fa, fb := fit(c, a), fit(c, b)
			if math.IsNaN(fa) || math.IsNaN(fb) {
				continue
			}
			better := currencyOf(a)
			if fb < fa {
				better = currencyOf(b)
			}
			notes = append(notes, fmt.Sprintf("%s's %s fits %s", short(c.Article), reading(c), better))
		}
	}
	if len(notes) == 0 {
		return ""
	}
	return "Evidence: " + strings.Join(notes, "; ") + " (at rough exchange rates)."
}

// fit is how far (as a log ratio) a conversion is from an amount at rough rates.
func fit(conv, amount *claims.Claim) float64 {
	u1, ok1 := toUSD(conv)
	u2, ok2 := toUSD(amount)
	if !ok1 || !ok2 || u1 <= 0 || u2 <= 0 {
		return math.NaN()
	}
	return math.Abs(math.Log(u1 / u2))
}
