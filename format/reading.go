package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// scales are the words Number uses for large round figures, largest first.
var scales = []struct {
	value float64
	word  string
}{
	{1e12, "trillion"},
	{1e9, "billion"},
	{1e6, "million"},
}

// Number formats a value for people: 20e9 as "20 billion", 7.5e6 as "7.5 million", 2200 as "2,200".
//
// Figures of a million and more that are round to three decimals of their scale use a scale
// word; anything else keeps every digit, grouped by thousands, so that no figure a reader
// compares is silently rounded.
func Number(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	case v < 0:
		return "-" + Number(-v)
	case v == 0:
		return "0" // also -0
	}
	for _, s := range scales {
		if v < s.value {
			continue
		}
		m := v / s.value
		r := math.Round(m*1000) / 1000
		if math.Abs(m-r) <= 1e-9*m {
			return group(strconv.FormatFloat(r, 'f', -1, 64)) + " " + s.word
		}
		break
	}
	if v == math.Trunc(v) && v < 1e21 {
		return group(strconv.FormatFloat(v, 'f', 0, 64))
	}
	// Round away float noise (0.1+0.2) but keep every digit a writer would print.
	r := strconv.FormatFloat(v, 'f', 6, 64)
	r = strings.TrimRight(strings.TrimRight(r, "0"), ".")
	return group(r)
}

// group inserts thousands separators into the integer part of a plain decimal number.
func group(s string) string {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for i := lead; i < len(intPart); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// boundWords are the words Reading puts before a figure whose wording is not exact.
var boundWords = map[string]string{
	claims.BoundApproximate: "about",
	claims.BoundMoreThan:    "more than",
	claims.BoundAtLeast:     "at least",
	claims.BoundUpTo:        "up to",
	claims.BoundAtMost:      "at most",
	claims.BoundLessThan:    "less than",
}

// Reading describes what a claim states, in English: "EUR 20 million", "about 20 billion image",
// "between 5% and 7%", "2020-05".
func Reading(c claims.Claim) string {
	if c.Kind == claims.KindDate {
		return withBound(c.Bound, c.Date)
	}
	if c.Bound == claims.BoundRange {
		loOK := !math.IsInf(c.Low, 0) && !math.IsNaN(c.Low)
		hiOK := !math.IsInf(c.High, 0) && !math.IsNaN(c.High)
		switch {
		case loOK && hiOK:
			lo, hi := Number(c.Low), Number(c.High)
			if unitPerFigure(c.Kind, c.Unit) {
				return "between " + withUnit(c.Kind, c.Unit, lo) + " and " + withUnit(c.Kind, c.Unit, hi)
			}
			return "between " + lo + " and " + withUnit(c.Kind, c.Unit, hi)
		case loOK: // a range open above
			return withBound(claims.BoundAtLeast, withUnit(c.Kind, c.Unit, Number(c.Low)))
		case hiOK:
			return withBound(claims.BoundAtMost, withUnit(c.Kind, c.Unit, Number(c.High)))
		}
	}
	return withBound(c.Bound, withUnit(c.Kind, c.Unit, Number(c.Value)))
}

func withBound(bound, s string) string {
	if w, ok := boundWords[bound]; ok {
		return w + " " + s
	}
	return s
}

// unitPerFigure reports whether a range repeats the unit on both figures ("between EUR 5 and
// EUR 7", "between 5% and 7%") rather than writing it once at the end ("between 5 and 7 month").
func unitPerFigure(kind, unit string) bool {
	switch {
	case unit == "":
		return true
	case unit == "%", kind == claims.KindMoney, isCurrency(unit):
		return true
	case kind == claims.KindRate:
		cur, _, ok := strings.Cut(unit, "/")
		return ok && isCurrency(cur)
	}
	return false
}

// withUnit writes a formatted figure with its unit: "EUR 20 million", "5.5%", "EUR 100,000/day",
// "20 billion image".
func withUnit(kind, unit, num string) string {
	if unit == "" {
		return num
	}
	if unit == "%" {
		return num + "%"
	}
	if kind == claims.KindRate {
		if cur, per, ok := strings.Cut(unit, "/"); ok && isCurrency(cur) {
			return cur + " " + num + "/" + per
		}
		return num + " " + unit
	}
	if kind == claims.KindMoney || isCurrency(unit) {
		return unit + " " + num
	}
	return num + " " + unit
}

// isCurrency reports whether s looks like an ISO 4217 code.
func isCurrency(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
