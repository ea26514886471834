package reconcile

import (
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
)

// checkWeekdays flags a date whose weekday, as the article names it, is not the weekday of that
// date in the calendar: "Tuesday 24 May 2023" (24 May 2023 was a Wednesday). The calendar is the
// other side.
func checkWeekdays(cs []claims.Claim) []Contradiction {
	var out []Contradiction
	for k := range cs {
		c := &cs[k]
		// a year the text does not give is a guess: the calendar cannot gainsay the weekday
		if c.Kind != claims.KindDate || c.Weekday == 0 || len(c.Date) != len("2006-01-02") || c.RepeatOf != "" || strings.HasPrefix(c.Assumed, claims.AssumedYear+" ") {
			continue
		}
		d, err := time.Parse("2006-01-02", c.Date)
		if err != nil {
			continue
		}
		actual := int(d.Weekday())
		if actual == 0 {
			actual = 7
		}
		if actual == c.Weekday {
			continue
		}
		named := time.Weekday(c.Weekday % 7).String()
		x := Contradiction{
			Type:     "date",
			Severity: SeverityMedium,
			Claims:   []string{c.ID},
			Explanation: fmt.Sprintf("%s (%s) dates it %s %s, but %s was a %s.",
				short(c.Article), c.Lang, named, c.Date, c.Date, d.Weekday()),
		}
		x.Sides[0] = Side{Reading: named + " " + c.Date, Claims: []string{c.ID}, Articles: []string{c.Article}}
		x.Sides[1] = Side{Reading: "the calendar: " + d.Weekday().String(), Claims: []string{}, Articles: []string{}}
		out = append(out, x)
	}
	return out
}
