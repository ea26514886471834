package reconcile

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// modalityRule: the same amount imposed on one side and only possible, or a ceiling, on the
// other: "fined €20M" against "fines of up to €20M may follow".
var modalityRule = rule{
	Name: "modality",
	Conflict: func(a, b *claims.Claim) bool {
		// a penalty per day is a sanction for what may not be done: it is conditional by nature,
		// whether or not the sentence says "if"
		if a.Kind == claims.KindDate || a.Kind == claims.KindRate || !sameMeasure(a, b) || currencyOf(a) != currencyOf(b) {
			return false
		}
		if !sameFigure(a, b) {
			return false
		}
		// beyond money, a ceiling against a fact is a contradiction only when both say what they
		// measure, and the same: "could be imprisoned for up to a year" is not "a year in Iraq"
		if a.Kind != claims.KindMoney && (a.Concept == "" || a.Concept != b.Concept) {
			return false
		}
		// a possible sum of money, or a possible ceiling, against the same figure stated as a fact;
		// "as many as 300" against "300" is emphasis, and a stray "if" in a clause is no sanction
		return weighty(a) && asserted(b) || weighty(b) && asserted(a)
	},
	Severity: func(a, b *claims.Claim) string {
		h := a
		if possible(b) {
			h = b
		}
		if h.Modality == claims.Conditional && (h.Bound == claims.BoundUpTo || h.Bound == claims.BoundAtMost) {
			return SeverityHigh
		}
		return SeverityMedium
	},
	Explain: func(out, maj sideView) string {
		h, f := out, maj
		if !weighty(out.first()) {
			h, f = maj, out
		}
		cues := strings.Join(h.first().Cues, "”, “")
		return fmt.Sprintf("%s %s %s only as a possibility or a ceiling (“%s”) %s, while %s %s it as imposed %s.",
			h.who(), presentVerb(h), reading(f.first()), cues, quote(h.first()), others(f), reportVerb(f), quote(f.first()))
	},
}

func reportVerb(s sideView) string {
	if len(s.articles) == 1 {
		return "reports"
	}
	return "report"
}

func presentVerb(s sideView) string {
	if len(s.articles) == 1 {
		return "presents"
	}
	return "present"
}

// possible: presented as something that may happen.
func possible(c *claims.Claim) bool { return c.Modality == claims.Conditional }

// asserted: presented as a fact, neither possible nor a ceiling.
func asserted(c *claims.Claim) bool { return !hedged(c) }

// weighty: a possibility or a ceiling that changes the fact: a sum of money that may be imposed or
// is only a maximum, or any figure given as a possible ceiling ("fines of up to €20M may follow").
func weighty(c *claims.Claim) bool {
	money := c.Kind == claims.KindMoney || c.Kind == claims.KindRate
	ceiling := c.Bound == claims.BoundUpTo || c.Bound == claims.BoundAtMost
	if !possible(c) {
		return money && ceiling // "fined up to €20M" is not "fined €20M"
	}
	return money || ceiling
}
