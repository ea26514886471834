package reconcile

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// dateRule: the same event on different dates. A month contains its days: "May 2020" and
// "12 May 2020" agree.
var dateRule = rule{
	Name: "date",
	Conflict: func(a, b *claims.Claim) bool {
		if a.Kind != claims.KindDate || b.Kind != claims.KindDate || a.Date == "" || b.Date == "" {
			return false
		}
		return !strings.HasPrefix(a.Date, b.Date) && !strings.HasPrefix(b.Date, a.Date)
	},
	Severity: func(a, b *claims.Claim) string { return SeverityHigh },
	Explain: func(out, maj sideView) string {
		return fmt.Sprintf("%s dates it %s %s, while %s %s %s.",
			out.who(), out.first().Date, quote(out.first()), others(maj), verb(maj), maj.first().Date+" "+quote(maj.first()))
	},
}
