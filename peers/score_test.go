package peers

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// The suites, as the table and the failures file name them.
const (
	suiteRT = "recognizers-text"
	suiteDK = "duckling"
)

// What an expected entity is, in our kinds.
const (
	wantNumber   = "number"
	wantPercent  = "percentage"
	wantMoney    = "money"
	wantDuration = "duration"
	wantDate     = "date"
)

// want is one expected entity, normalised.
type want struct {
	Text  string   `json:"text"`
	Kind  string   `json:"kind"`
	Value *float64 `json:"value,omitempty"`
	Min   *float64 `json:"min,omitempty"` // Duckling intervals: "between 10 and 20 dollars", "over $1.42"
	Max   *float64 `json:"max,omitempty"`
	// Money: the ISO code, or "" when the suite's currency name does not decide one.
	// Durations: the unit of a single-component length ("hour", "month"), or "" for a compound one.
	Unit      string  `json:"unit,omitempty"`
	SuiteUnit string  `json:"suite_unit,omitempty"` // the currency name or timex as the suite writes it
	Factor    float64 `json:"-"`                    // money sub-units: 100 cents to the unit
	Date      string  `json:"date,omitempty"`
	Seconds   float64 `json:"-"`     // durations: the length in seconds (month = 30 days, year = 365)
	Months    float64 `json:"-"`     // durations made only of calendar units: the length in months, else 0
	Start     int     `json:"start"` // UTF-8 byte span in the case text, end exclusive; -1 when the suite gives none
	End       int     `json:"end"`
}

// got is one of our claims, as the failures file shows it.
type got struct {
	Kind  string   `json:"kind"`
	Text  string   `json:"text"`
	Value *float64 `json:"value,omitempty"`
	Unit  string   `json:"unit,omitempty"`
	Date  string   `json:"date,omitempty"`
	Bound string   `json:"bound,omitempty"`
	Low   *float64 `json:"low,omitempty"`
	High  *float64 `json:"high,omitempty"`
	Start int      `json:"start"`
	End   int      `json:"end"`
}

func summarise(cs []claims.Claim) []got {
	out := make([]got, 0, len(cs))
	for _, c := range cs {
		g := got{Kind: c.Kind, Text: c.Text, Unit: c.Unit, Date: c.Date, Bound: c.Bound, Start: c.Start, End: c.End}
		if c.Kind != claims.KindDate {
			g.Value = finite(c.Value)
			if c.Low != c.Value || c.High != c.Value {
				g.Low, g.High = finite(c.Low), finite(c.High)
			}
		}
		out = append(out, g)
	}
	return out
}

func finite(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

func ptr(f float64) *float64 { return &f }

// same is equality of numbers with a relative tolerance of 1e-9.
func same(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// overlaps reports whether the claim's span overlaps the expected one; true when the suite gives none.
func overlaps(c claims.Claim, w want) bool {
	if w.Start < 0 {
		return true
	}
	return c.Start < w.End && w.Start < c.End
}

// runeSpan converts a span in rune indexes, end inclusive, to UTF-8 byte offsets, end exclusive.
// ok is false when the span does not fit the text.
func runeSpan(text string, start, endIncl int) (int, int, bool) {
	if start < 0 || endIncl < start {
		return 0, 0, false
	}
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	if endIncl+1 >= len(offs) {
		return 0, 0, false
	}
	return offs[start], offs[endIncl+1], true
}

// runeLen is the number of runes of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// forbidden reports whether a claim is of the kind a negative case of the model must not yield.
func forbidden(model string, c claims.Claim) bool {
	switch modelKind(model) {
	case wantNumber:
		return c.Kind == claims.KindNumber || c.Kind == claims.KindCount
	case wantPercent:
		return c.Kind == claims.KindPercentage
	case wantMoney:
		return c.Kind == claims.KindMoney || isMoneyRate(c)
	case wantDuration:
		return c.Kind == claims.KindDuration
	case wantDate:
		return c.Kind == claims.KindDate
	}
	panic("unknown model " + model)
}

// modelKind is the kind of claim a model's cases are about.
func modelKind(model string) string {
	switch model {
	case "NumberModel", "Numeral":
		return wantNumber
	case "PercentModel":
		return wantPercent
	case "CurrencyModel", "AmountOfMoney":
		return wantMoney
	case "DurationParser", "Duration":
		return wantDuration
	case "DateTimeModel":
		return wantDate
	}
	panic("unknown model " + model)
}

// isMoneyRate: "$1.40 a share" is a claim of kind rate with unit "USD/share".
func isMoneyRate(c claims.Claim) bool {
	if c.Kind != claims.KindRate {
		return false
	}
	cur, _, ok := strings.Cut(c.Unit, "/")
	return ok && len(cur) == 3 && strings.ToUpper(cur) == cur
}

// currencyOf is the ISO code of a money or money-rate claim.
func currencyOf(c claims.Claim) string {
	if c.Kind == claims.KindRate {
		cur, _, _ := strings.Cut(c.Unit, "/")
		return cur
	}
	return c.Unit
}

// matches reports whether claim c states the expected entity w (value and kind; span checked by the caller).
func matches(c claims.Claim, w want) bool {
	switch w.Kind {
	case wantNumber:
		if c.Kind == claims.KindDate || w.Value == nil {
			return false
		}
		v := *w.Value
		return same(c.Value, v) || (c.Bound == claims.BoundRange && (same(c.Low, v) || same(c.High, v)))
	case wantPercent:
		return c.Kind == claims.KindPercentage && w.Value != nil && same(c.Value, *w.Value)
	case wantMoney:
		if c.Kind != claims.KindMoney && !isMoneyRate(c) {
			return false
		}
		if w.Unit != "" && currencyOf(c) != w.Unit {
			return false
		}
		if w.Value == nil {
			return false // intervals are matched by matchInterval
		}
		v := *w.Value
		if w.Factor > 0 {
			v /= w.Factor
		}
		return same(c.Value, v)
	case wantDuration:
		if c.Kind != claims.KindDuration {
			return false
		}
		secs, months, ok := durationOf(c.Value, c.Unit)
		if !ok {
			return false
		}
		if months > 0 && w.Months > 0 {
			return same(months, w.Months)
		}
		return same(secs, w.Seconds)
	case wantDate:
		return c.Kind == claims.KindDate && c.Date == w.Date
	}
	panic("unknown kind " + w.Kind)
}

// matchInterval matches a Duckling money interval: one range claim with both ends, two claims
// with one end each, or for an open interval a claim of the bound's value.
func matchInterval(cs []claims.Claim, w want) bool {
	money := func(c claims.Claim) bool {
		return (c.Kind == claims.KindMoney || isMoneyRate(c)) && (w.Unit == "" || currencyOf(c) == w.Unit)
	}
	has := func(v float64) bool {
		for _, c := range cs {
			if money(c) && (same(c.Value, v) || same(c.Low, v) || same(c.High, v)) {
				return true
			}
		}
		return false
	}
	switch {
	case w.Min != nil && w.Max != nil:
		for _, c := range cs {
			if money(c) && same(c.Low, *w.Min) && same(c.High, *w.Max) {
				return true
			}
		}
		return has(*w.Min) && has(*w.Max)
	case w.Min != nil:
		return has(*w.Min)
	case w.Max != nil:
		return has(*w.Max)
	}
	return false
}

// Lengths of time units in seconds, with the peers' conventions: a month is 30 days, a year 365.
var unitSeconds = map[string]float64{
	"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
	"month": 30 * 86400, "quarter": 90 * 86400, "year": 365 * 86400,
	"decade": 10 * 365 * 86400, "century": 100 * 365 * 86400,
}

// Calendar units in months.
var unitMonths = map[string]float64{"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}

// durationOf is the length of v units in seconds, and in months when the unit is a calendar one.
func durationOf(v float64, unit string) (secs, months float64, ok bool) {
	s, ok := unitSeconds[unit]
	if !ok {
		return 0, 0, false
	}
	return v * s, v * unitMonths[unit], true
}

// durationWant builds an expected duration from its components (value, unit).
func durationWant(text string, parts [][2]any) (want, error) {
	w := want{Text: text, Kind: wantDuration, Start: -1, End: -1}
	calendarOnly := true
	for _, p := range parts {
		v, unit := p[0].(float64), p[1].(string)
		s, m, ok := durationOf(v, unit)
		if !ok {
			return w, fmt.Errorf("unknown duration unit %q", unit)
		}
		w.Seconds += s
		if m == 0 {
			calendarOnly = false
		}
		w.Months += m
	}
	if !calendarOnly {
		w.Months = 0
	}
	if len(parts) == 1 {
		v := parts[0][0].(float64)
		w.Value, w.Unit = &v, parts[0][1].(string)
	}
	return w, nil
}
