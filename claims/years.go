package claims

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// AssumedYear starts the Assumed note of a date whose year the text does not give.
const AssumedYear = "year"

// weekday of a date, 1 = Monday … 7 = Sunday.
func weekday(y, m, d int) int {
	w := int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// A date read without its year ("9 de marzo", "March 10") is written "--03-09" until a year is
// found for it: news gives the year once, in a dateline or in another date of the article or of
// the story, and dates without one are about that year.

// Yearless reports a date whose year the text does not give.
func Yearless(date string) bool { return strings.HasPrefix(date, "--") }

// ReferenceYear is the year the dates of cs give a reader: the commonest year of the dates with a
// day and a year (the latest on a tie), or 0 when there is none. Months with a year ("in January
// 1980") are left out: they are as often history as the story's own time.
func ReferenceYear(cs []Claim) int {
	count := map[int]int{}
	for _, c := range cs {
		if c.Kind != KindDate || len(c.Date) != len("2006-01-02") || Yearless(c.Date) || c.Assumed != "" {
			continue
		}
		if y, err := strconv.Atoi(c.Date[:4]); err == nil {
			count[y]++
		}
	}
	best, bestN := 0, 0
	for y, n := range count {
		if n > bestN || n == bestN && y > best {
			best, bestN = y, n
		}
	}
	return best
}

// ResolveYears gives the yearless dates of cs the year y, saying where it came from; a day the
// year does not have (29 February) stays yearless.
func ResolveYears(cs []Claim, y int, from string) {
	if y == 0 {
		return
	}
	for k := range cs {
		c := &cs[k]
		if c.Kind != KindDate || !Yearless(c.Date) {
			continue
		}
		m, _ := strconv.Atoi(c.Date[2:4])
		d, _ := strconv.Atoi(c.Date[5:7])
		year := y
		// a weekday beside the date tells the year next to it that it means
		if c.Weekday != 0 && weekday(y, m, d) != c.Weekday {
			for _, alt := range []int{y - 1, y + 1} {
				if validDay(alt, m, d) && weekday(alt, m, d) == c.Weekday {
					year = alt
					break
				}
			}
		}
		if !validDay(year, m, d) {
			continue
		}
		c.Date = fmt.Sprintf("%04d-%02d-%02d", year, m, d)
		c.Assumed = fmt.Sprintf("%s %d from %s", AssumedYear, year, from)
	}
}
