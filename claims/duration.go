package claims

import (
	"math"
	"strings"
)

// unitSeconds orders time units and converts those of fixed length.
var unitSeconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
	"month": 2592000, "quarter": 7776000, "year": 31536000, "decade": 315360000, "century": 3153600000}

// calendarMonths are the units with no fixed length in days, in months.
var calendarMonths = map[string]float64{"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}

// calendarAssumed is said of a duration that adds calendar units to days, hours…
const calendarAssumed = "a year counted as 365 days, a month as 30"

// joinDurations makes one duration of "2 years and 3 months", "1 hour, 15 minutes", "2 days and
// 1 month" (in the smallest unit), and of "an hour and a half" (half the unit more). Durations
// separated by commas or "and" are one length in decreasing units ("2 years, 3 months") or, two
// of them, in any order; a unit that comes twice ends it ("3 months, 6 months and 1 year" is a list).
func (g *grammar) joinDurations(toks []token, s span, qs []quantity) []quantity {
	out := qs[:0:0]
	end, pair := 0, false // the run of durations that commas or joiners link, and whether it has two
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if q.kind != KindDuration {
			out = append(out, q)
			continue
		}
		q = g.andAFraction(toks, s, q)
		for k+1 < len(qs) && qs[k+1].from < q.to {
			k++ // the fraction read as a number of its own
		}
		if k >= end {
			prevTo := q.to
			for end = k + 1; end < len(qs) && qs[end].kind == KindDuration && g.onlyJoiners(toks, prevTo, qs[end].from); end++ {
				prevTo = qs[end].to
			}
			pair = end-k == 2
		} else {
			pair = false // the rest of a list
		}
		if k+1 >= end {
			out = append(out, q)
			continue
		}
		parts := []quantity{q}
		for ; k+1 < end; k++ {
			last, next := parts[len(parts)-1], qs[k+1]
			a, b := unitSeconds[last.unit], unitSeconds[next.unit]
			if a == 0 || b == 0 || a == b || !pair && b > a {
				break
			}
			parts = append(parts, next)
		}
		if len(parts) > 1 {
			q.value, q.unit, q.assumed = joinedLength(parts)
			q.low, q.high, q.to, q.step = q.value, q.value, parts[len(parts)-1].to, 1
		}
		out = append(out, q)
	}
	return out
}

// joinedLength is the length of a compound duration in its smallest unit. Calendar units add up
// exactly among themselves (2 years and 3 months are 27 months); added to days or hours, a year
// counts 365 days and a month 30, as people count "a year and 2 days" (367 days), and the claim
// says so.
func joinedLength(parts []quantity) (v float64, unit, assumed string) {
	unit = parts[0].unit
	var years, months, secs float64
	calendar, clock := false, false // by the units written, not the sums: "0 days 00 h" is 0 hours
	for _, p := range parts {
		if unitSeconds[p.unit] < unitSeconds[unit] {
			unit = p.unit
		}
		switch m := calendarMonths[p.unit]; {
		case m >= 12:
			years += p.value * m / 12
			calendar = true
		case m > 0:
			months += p.value * m
			calendar = true
		default:
			secs += p.value * unitSeconds[p.unit]
			clock = true
		}
	}
	switch {
	case !clock:
		return (years*12 + months) / calendarMonths[unit], unit, ""
	case !calendar:
		return secs / unitSeconds[unit], unit, ""
	}
	return (years*365*86400 + months*30*86400 + secs) / unitSeconds[unit], unit, calendarAssumed
}

// onlyJoiners: toks[from:to] holds only commas and joiners ("and", "en", "et").
func (g *grammar) onlyJoiners(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if !(t.text == "," || g.joiners[t.low]) {
			return false
		}
	}
	return from <= to
}

// andAFraction reads "… and a half" after a duration: "an hour and a half", "deux ans et demi",
// "an hour and a quarter". A fraction followed by its own unit is another duration ("two hours
// and a half day" is left to joinDurations).
func (g *grammar) andAFraction(toks []token, s span, q quantity) quantity {
	j := q.to
	if j+1 >= s.to || !g.joiners[toks[j].low] {
		return q
	}
	m := j + 1
	if (g.weak[toks[m].low] || g.numberWords[toks[m].low] == 1) && m+1 < s.to {
		m++ // "and a half", "and one half"
	}
	v, ok := g.numberWords[toks[m].low]
	if !ok || v <= 0 || v >= 1 {
		return q
	}
	if _, _, unit := g.timeUnits.at(toks, m+1, s.to); unit {
		return q
	}
	q.value += v
	q.low, q.high = q.value, q.value
	q.to = m + 1
	return q
}

// durationUnit reads the time unit of a number that ends before toks[j]: "3 days", "3-day",
// "2 more minutes", "a quarter of an hour", "trois quarts d'heure". It returns the unit, how many
// of it one such word is ("kwartier" is 15 minutes), and the end of the unit.
func (g *grammar) durationUnit(toks []token, j int, v float64, lim int) (unit string, size float64, end int, ok bool) {
	if j >= lim {
		return "", 0, 0, false
	}
	m := j
	switch tk := toks[j]; {
	case tk.text == "-" && !tk.spaceBefore && j+1 < lim && !toks[j+1].spaceBefore:
		if _, _, age := g.ageAfter.at(toks, j, lim); age {
			return "", 0, 0, false // "42-year-old"
		}
		m = j + 1 // "a 3-day strike", "30-minutes"
	case g.unitExtras[tk.low]:
		for m < lim && m-j < 2 && g.unitExtras[toks[m].low] {
			m++ // "2 more minutes"
		}
	case g.links[tk.low] && v != math.Trunc(v) && j+1 < lim:
		m = j + 1 // "a quarter of an hour"
		if g.weak[toks[m].low] {
			m++
		}
	}
	return g.timeUnitAt(toks, m, lim)
}

// timeUnitAt reads a time unit at toks[m], with its size.
func (g *grammar) timeUnitAt(toks []token, m, lim int) (unit string, size float64, end int, ok bool) {
	u, n, ok := g.timeUnits.at(toks, m, lim)
	if !ok {
		return "", 0, 0, false
	}
	size = 1
	if sz, ok := g.unitSizes[phraseKey(toks[m:m+n])]; ok {
		size = sz
	}
	return u, size, m + n, true
}

// articleUnit: an article (a weak number) before a time unit is the number one: "an hour", "een
// uur", "une heure", "another week", "an extra day". Not in a frequency, where the article and
// the unit are a rate ("twice a day", "5 times a week", "hours a day"), nor before an ordinal's
// noun ("a second wave"), nor where the unit names a kind of period ("une semaine de travail de
// quatre jours", a four-day working week). toks[art] is the article, toks[k] the word after it.
func (g *grammar) articleUnit(toks []token, art, k, lim int) bool {
	m := k
	for m < lim && m-k < 2 && g.unitExtras[toks[m].low] {
		m++
	}
	_, n, ok := g.timeUnits.at(toks, m, lim)
	if !ok {
		return false
	}
	if _, _, kind := g.periodKinds.at(toks, m, lim); kind || g.lengthQualifies(toks, m+n, lim) {
		return false
	}
	if after := m + n; g.ordinalUnits[toks[m].low] && after < lim {
		if nx := toks[after]; nx.kind == tWord && !g.t.IsStopword(nx.low) && !g.joiners[nx.low] && !g.links[nx.low] {
			return false
		}
	}
	if _, _, rate := g.per.at(toks, art, lim); rate && art > 0 {
		p := toks[art-1]
		_, _, timeUnit := g.timeUnits.at(toks, art-1, art)
		_, _, countUnit := g.countUnits.at(toks, art-1, art)
		if g.frequencies[p.low] || timeUnit || countUnit || p.kind == tNumber || isNumberKey(g, p.low) {
			return false
		}
	}
	return true
}

// lengthQualifies reports a length of time that qualifies the time unit ending before toks[j], maybe
// after a complement of one or two words: "a week of four days", "una semana laboral de cuatro días".
// The unit then names a kind of period, as "a four-day week" does, and not one of it.
func (g *grammar) lengthQualifies(toks []token, j, lim int) bool {
	for p := j; p < lim && p <= j+2 && toks[p].kind == tWord; p++ {
		if !g.links[toks[p].low] || p+1 >= lim {
			continue
		}
		if _, _, n, ok := g.number(toks, p+1, lim); ok {
			_, _, unit := g.timeUnits.at(toks, p+1+n, lim)
			return unit
		}
	}
	return false
}

// gluedDuration reads a number word glued or hyphenated to a time unit: "halfuur", "driekwartier",
// "Vierteljahr", "demi-heure", "two-year". After an ordinal or an adjective it names a period
// ("het eerste halfjaar"), not a length; a unit that is also a fraction ("one-quarter") is the fraction.
func (g *grammar) gluedDuration(toks []token, i int, s span) (quantity, bool) {
	q := quantity{from: i, numFrom: i, derivedOf: -1, bound: BoundExact, kind: KindDuration}
	tk := toks[i]
	if tk.kind != tWord || len(tk.low) < 5 || !g.numberStarts[tk.low[:2]] || !g.unitEnds[tk.low[len(tk.low)-2:]] {
		return q, false
	}
	if i > s.from {
		if p := toks[i-1]; p.kind == tWord && !g.t.IsStopword(p.low) && !g.weak[p.low] {
			return q, false
		}
	}
	for k := 2; k <= len(tk.low)-2; k++ {
		unitWord := tk.low[k:]
		u, ok := g.t.TimeUnits[unitWord]
		if !ok || isNumberKey(g, unitWord) {
			continue
		}
		v, ok := g.gluedValue(strings.TrimSuffix(tk.low[:k], "-"))
		if !ok {
			continue
		}
		if sz, ok := g.t.TimeUnitSizes[unitWord]; ok {
			v *= sz
		}
		q.value, q.low, q.high, q.step, q.unit, q.to = v, v, v, 1, u, i+1
		return q, true
	}
	return q, false
}

// gluedValue is the value of the number word before a glued unit: a table word ("half",
// "drie") or a compound that adds up ("twenty-five", "vingt-cinq"); not an article.
func (g *grammar) gluedValue(w string) (float64, bool) {
	if g.weak[w] {
		return 0, false
	}
	if v, ok := g.numberWords[w]; ok {
		return v, v > 0
	}
	parts, ok := g.segment(w)
	if !ok {
		return 0, false
	}
	sum := 0.0
	for _, p := range parts {
		if p.mult || p.value < 1 {
			return 0, false
		}
		sum += p.value
	}
	return sum, true
}
