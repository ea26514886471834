package claims

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/lang"
)

// Version identifies the extractor's rules; stored claims made by another version are redone.
const Version = "5"

// Cues are looked for near the quantity: a bound or condition in its clause within cueWindow
// tokens, an attribution, concept or name in its sentence within sentenceWindow tokens. The
// windows also keep the cost linear on run-on text with no punctuation.
const (
	cueWindow      = 30
	sentenceWindow = 60
)

// Options change what Extract returns.
type Options struct {
	All bool // also bare numbers with no unit (kind "number")
}

// Extract finds the quantities an article states. A panic inside the rules becomes an error
// that names the article, so one bad article never stops a run over the others.
func Extract(a Article, opt Options) (cs []Claim, err error) {
	defer func() {
		if r := recover(); r != nil {
			cs, err = nil, fmt.Errorf("article %s: extraction failed: %v (please report this with the article)", a.ID, r)
		}
	}()
	return extract(a, opt), nil
}

// quantity is a quantity found in the token stream, before cues are read.
type quantity struct {
	from, to    int // tokens of the quote, to exclusive
	numFrom     int // first token of the number itself (after a currency prefix)
	kind        string
	value, step float64
	low, high   float64
	bound       string
	unit        string
	currency    string
	assumed     string
	date        string
	per         string  // rate period, "day"
	weekday     int     // a weekday named just before a date
	perTo       int     // end token of a rate suffix read after a parenthesis
	scale       float64 // the scale word read after the number ("million": 1e6), or 0
	derivedOf   int     // index of the quantity this one converts, or -1
	clause      int
	cues        []string
	modality    string
	attribution string
	concept     string
}

type span struct{ from, to int }

func extract(a Article, opt Options) []Claim {
	g := grammarFor(a.Lang)
	toks := tokenize(a.Text, g.t)
	sents := splitSentences(toks, g)
	var out []Claim
	seen := map[string]string{} // repeat key -> first claim id
	n := 0
	for _, s := range sents {
		qs := g.findQuantities(toks, s)
		if len(qs) == 0 {
			continue
		}
		clauses := clauseStarts(toks, s)
		cues := g.sentenceCues(toks, s)
		g.linkConversions(toks, qs)
		g.ellipticCounts(toks, qs)
		for k := range qs {
			prevTo := -1
			if k > 0 {
				prevTo = qs[k-1].to
			}
			g.readBound(toks, s, &qs[k], prevTo)
			qs[k].clause = clauseOf(clauses, qs[k].from)
		}
		for k := range qs {
			if qs[k].derivedOf < 0 {
				g.readModality(toks, s, clauses, cues, qs, k)
			}
		}
		g.inheritAppositions(toks, qs)
		for k := range qs {
			if d := qs[k].derivedOf; d >= 0 {
				qs[k].modality, qs[k].cues, qs[k].attribution = qs[d].modality, qs[d].cues, qs[d].attribution
				if qs[d].per != "" && qs[k].per == "" && qs[k].kind == KindMoney {
					qs[k].per = qs[d].per
				}
			}
		}
		assignConcepts(qs, cues.concepts)
		ents := g.entities(toks, s)
		sentence := a.Text[toks[s.from].start:toks[s.to-1].end]
		sentenceKey := strconv.FormatUint(fnv64(sentence), 16)
		ids := make([]string, len(qs))
		for k, q := range qs {
			if q.kind == KindNumber && !opt.All {
				continue
			}
			n++
			c := g.claim(a, toks, s, q, sentence, ents, [2]int{clauses[q.clause], clauseEnd(clauses, q.clause, s)})
			c.ID = "c" + strconv.Itoa(n)
			ids[k] = c.ID
			if q.derivedOf >= 0 {
				c.DerivedFrom = ids[q.derivedOf]
			}
			key := c.Key() + "|" + sentenceKey
			if first, ok := seen[key]; ok {
				c.RepeatOf = first
			} else {
				seen[key] = c.ID
			}
			out = append(out, c)
		}
	}
	ResolveYears(out, ReferenceYear(out), "the article's other dates")
	return out
}

func (g *grammar) claim(a Article, toks []token, s span, q quantity, sentence string, ents []entityAt, clause [2]int) Claim {
	start, end := toks[q.from].start, toks[q.to-1].end
	c := Claim{
		Article: a.ID, Lang: a.Lang, Start: start, End: end, Text: a.Text[start:end],
		Sentence: sentence, SentenceStart: toks[s.from].start,
		Kind: q.kind, Value: q.value, Date: q.date, Unit: q.unit, Bound: q.bound,
		Low: q.low, High: q.high, Precision: q.step, Modality: q.modality, Cues: q.cues,
		Attribution: q.attribution, Concept: q.concept, Assumed: q.assumed, Weekday: q.weekday,
	}
	switch {
	case q.kind == KindMoney && q.per != "":
		c.Kind = KindRate
		c.Unit = q.currency + "/" + q.per
	case q.kind == KindMoney:
		c.Unit = q.currency
	case q.kind == KindCount && q.per != "":
		c.Unit = q.unit + "/" + q.per // "85 miles per hour"
	}
	if c.Modality == "" {
		c.Modality = Asserted
	}
	// entities, nearest first
	// ents are in token order: take those within the window around the quantity
	lo := sort.Search(len(ents), func(k int) bool { return ents[k].tok >= q.from-sentenceWindow })
	hi := sort.Search(len(ents), func(k int) bool { return ents[k].tok >= q.to+sentenceWindow })
	// the names of the quantity's clause first ("…, mientras que Bruselas comprometió otros 20
	// millones": Brussels', not the Portuguese government's of the clause before)
	near := append([]entityAt(nil), ents[lo:hi]...)
	inClause := func(e entityAt) bool { return e.tok >= clause[0] && e.tok < clause[1] }
	sort.SliceStable(near, func(i, j int) bool {
		if ci, cj := inClause(near[i]), inClause(near[j]); ci != cj {
			return ci
		}
		return distance(near[i].tok, q) < distance(near[j].tok, q)
	})
	for _, e := range near {
		if !containsStr(c.Entities, e.name) {
			c.Entities = append(c.Entities, e.name)
			if inClause(e) {
				c.ClauseEntities++
			}
		}
	}
	return c
}

func distance(tok int, q quantity) int {
	if tok < q.from {
		return q.from - tok
	}
	if tok >= q.to {
		return tok - q.to + 1
	}
	return 0
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// splitSentences cuts tokens into sentences: after . ! ? … followed by a capital, a digit or a
// quote, and at line breaks, except where a line runs on in lower case (a sentence broken by layout).
func splitSentences(toks []token, g *grammar) []span {
	var out []span
	from := 0
	for i := 0; i < len(toks); i++ {
		if i > from && toks[i].lineBefore {
			prev := toks[i-1]
			runsOn := !isTerminal(prev.text) && startsLower(toks[i].text)
			if !runsOn {
				out = append(out, span{from, i})
				from = i
				continue
			}
		}
		tk := toks[i]
		if tk.kind == tPunct && isTerminal(tk.text) && i+1 < len(toks) {
			j := i + 1
			for j < len(toks) && toks[j].kind == tPunct && isCloser(toks[j].text) && !toks[j].spaceBefore {
				j++
			}
			if j >= len(toks) || toks[j].lineBefore {
				continue
			}
			if tk.text == "." && i > 0 && !tk.spaceBefore && g.abbreviations[toks[i-1].low+"."] {
				continue
			}
			// "Rs. 20": a currency sign written with a dot, before its amount
			if tk.text == "." && i > 0 && !tk.spaceBefore && toks[j].kind == tNumber {
				if _, sign := lang.Symbols[toks[i-1].low+"."]; sign {
					continue
				}
			}
			if !toks[j].spaceBefore {
				continue
			}
			next := toks[j].text
			if startsUpperOrDigit(next) || isOpener(next) {
				out = append(out, span{from, j})
				from = j
				i = j - 1
			}
		}
	}
	if from < len(toks) {
		out = append(out, span{from, len(toks)})
	}
	return out
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }
func isCloser(s string) bool {
	return s == "\"" || s == "”" || s == "’" || s == "»" || s == ")" || s == "'" || isTerminal(s)
}
func isOpener(s string) bool {
	return s == "\"" || s == "“" || s == "«" || s == "(" || s == "‘" || s == "„"
}
func startsUpperOrDigit(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(symbolRunes, r)
	}
	return false
}
func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

func isClauseMark(s string) bool { return s == "," || s == ";" || s == ":" || s == "—" || s == "–" }

func clauseStarts(toks []token, s span) []int {
	starts := []int{s.from}
	for i := s.from; i < s.to; i++ {
		if toks[i].kind == tPunct && isClauseMark(toks[i].text) && (toks[i].text != "–" || toks[i].spaceBefore) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func clauseOf(starts []int, tok int) int {
	// the last clause that starts at or before tok (starts are increasing)
	return sort.Search(len(starts), func(k int) bool { return starts[k] > tok }) - 1
}

func clauseEnd(starts []int, c int, s span) int {
	if c+1 < len(starts) {
		return starts[c+1] - 1
	}
	return s.to
}

// findQuantities scans one sentence.
func (g *grammar) findQuantities(toks []token, s span) []quantity {
	var qs []quantity
	prevIdentifier := -10
	for i := s.from; i < s.to; {
		if q, ok := g.dateAt(toks, i, s.to); ok {
			// "mardi, 23 avril 2024", "Tuesday May 24, 2022": the weekday beside the date
			for back := 1; back <= 2 && i-back >= s.from; back++ {
				t := toks[i-back]
				if wd, isDay := g.weekdays[t.low]; isDay {
					q.weekday = wd
					break
				}
				if t.text != "," {
					break
				}
			}
			qs = append(qs, q)
			i = q.to
			continue
		}
		q, ok := g.quantityAt(toks, i, s)
		if !ok {
			i++
			continue
		}
		if end, ok := g.inIdiom(toks, q, s); ok {
			i = end
			continue
		}
		if g.isIdentifier(toks, q, s, prevIdentifier) {
			prevIdentifier = q.to
			i = q.to
			continue
		}
		q.derivedOf = -1
		qs = append(qs, q)
		i = q.to
	}
	for k := range qs {
		if qs[k].kind == KindDate {
			qs[k].derivedOf = -1
		}
	}
	return g.joinRanges(toks, s, g.joinCents(toks, g.joinDurations(toks, s, qs)))
}

// inIdiom reports a quantity read inside a figure of speech that states none ("from one day to the
// next", "de un día para otro"), with the end of the phrase. Idioms spell their numbers, and start
// with common words: they are looked up only around a spelled quantity.
func (g *grammar) inIdiom(toks []token, q quantity, s span) (int, bool) {
	if toks[q.numFrom].kind != tWord {
		return 0, false
	}
	for st := q.from; st >= s.from && st > q.from-g.idioms.max; st-- {
		if _, n, ok := g.idioms.at(toks, st, s.to); ok && st+n > q.from {
			return st + n, true
		}
	}
	return 0, false
}

// joinRanges makes one range of a bare number, a range word and an amount with its unit:
// "10-20 dollars", "between 5 and 7 million euros", "antara 10 hingga 20 dolar".
func (g *grammar) joinRanges(toks []token, s span, qs []quantity) []quantity {
	out := qs[:0] // in place: out never grows past the quantity being read
	for _, b := range qs {
		if b.kind == KindNumber || b.kind == KindDate || b.from != b.numFrom || b.from-2 < s.from {
			out = append(out, b)
			continue
		}
		wi := b.from - 1 // the range word
		if g.article(toks[wi]) && wi-1 > s.from {
			wi-- // "entre el 30 y el 43 %"
		}
		w := toks[wi]
		var a quantity
		taken := false // a was a quantity of its own, given back if no range is made
		switch last := len(out) - 1; {
		case last >= 0 && out[last].kind == KindNumber && out[last].to == wi:
			a, taken = out[last], true
			out = out[:last]
		case (w.text == "-" || w.text == "–") && !w.spaceBefore && !toks[b.from].spaceBefore && toks[b.from-2].kind == tNumber &&
			(last < 0 || out[last].to <= b.from-2):
			// "10-20": the first number was taken for a code, as in "12-34"
			v, step, n, ok := g.number(toks, b.from-2, b.from-1)
			if !ok || n != 1 || b.from-3 >= s.from && !toks[b.from-2].spaceBefore {
				out = append(out, b)
				continue
			}
			a = quantity{from: b.from - 2, to: b.from - 1, kind: KindNumber, value: v, step: step}
		default:
			out = append(out, b)
			continue
		}
		from := a.from
		if from-1 > s.from && g.article(toks[from-1]) {
			from-- // "tussen de 30 en 43 procent"
		}
		rangeWord := g.rangeTo[w.low] && !g.joiners[w.low]
		if closer, ok := g.rangeBetween[toks[max(from-1, s.from)].low]; ok && from > s.from && (closer == w.low || rangeWord) {
			from--
			rangeWord = true
		} else {
			from = a.from
		}
		lo := a.value
		if a.scale == 0 && b.scale > 0 && lo*b.scale <= b.value {
			lo *= b.scale // "5 to 7 million": the scale is written once
		}
		if !rangeWord || lo >= b.value {
			if taken {
				out = append(out, a)
			}
			out = append(out, b)
			continue
		}
		b.from, b.numFrom, b.bound, b.low, b.high = from, from, BoundRange, lo, b.value
		out = append(out, b)
	}
	return out
}

// article reports a function word that may stand between the words of a range and its numbers
// ("de", "el"), and is itself no range word.
func (g *grammar) article(tk token) bool {
	if tk.kind != tWord || !g.t.IsStopword(tk.low) || g.rangeTo[tk.low] || g.joiners[tk.low] {
		return false
	}
	for opener, closer := range g.rangeBetween {
		if tk.low == opener || tk.low == closer {
			return false
		}
	}
	return true
}

// joinCents makes one amount of "3 dollars 50 cents", "dertien euro en vijfenveertig cent".
func (g *grammar) joinCents(toks []token, qs []quantity) []quantity {
	out := qs[:0:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if q.kind == KindMoney && k+1 < len(qs) {
			next := qs[k+1]
			gapOK := true
			for _, t := range toks[q.to:next.from] {
				if !(t.text == "," || g.joiners[t.low] || g.centsJoiners[t.low]) {
					gapOK = false
				}
			}
			if gapOK && next.kind == KindMoney && next.value < 1 && next.value > 0 && q.value >= 1 && q.value == math.Trunc(q.value) &&
				g.isSubunitEnd(toks, next) && (next.currency == q.currency || next.assumed != "") {
				q.value += next.value
				q.low, q.high, q.step, q.to = q.value, q.value, 0.01, next.to
				k++
			}
		}
		out = append(out, q)
	}
	return out
}

func (g *grammar) isSubunitEnd(toks []token, q quantity) bool {
	_, ok := lang.Subunits[toks[q.to-1].low]
	return ok
}

// isIdentifier tells numbers that name things from numbers that count: "article 83",
// "articles 6, 12, 15 et 31", "COVID-19", "Windows 11", "A380".
func (g *grammar) isIdentifier(toks []token, q quantity, s span, prevIdentifier int) bool {
	if q.kind != KindNumber && q.kind != KindCount {
		return false
	}
	i := q.numFrom
	if i > s.from {
		prev := toks[i-1]
		// a word glued before the number ("A7", "G20"), but not an elision ("d'un milliard")
		if !toks[i].spaceBefore && (prev.kind == tWord && !strings.HasSuffix(prev.low, "'") || prev.text == "#" || prev.text == "/") {
			return true
		}
		// "COVID-19", "F-35": a hyphen joining a word to the number (a minus sign stands alone)
		if !toks[i].spaceBefore && prev.text == "-" && i-1 > s.from && !prev.spaceBefore && toks[i-2].kind == tWord {
			return true
		}
		if _, _, ok := g.identifiers.before(toks, i, max(s.from, i-3)); ok {
			return true
		}
		// "minuto 15", "day 3": a time unit before a number names a moment, it does not count
		if _, n, ok := g.timeUnits.before(toks, i, max(s.from, i-2)); ok && !g.minus[prev.low] && (i-n == s.from || toks[i-n-1].kind != tNumber && !isNumberKey(g, toks[i-n-1].low)) {
			return true
		}
		// a model or flight number: a code or a name right before a number that counts nothing the
		// tables know ("VX 4200 inspection systems", "Boeing 737", "BV 6021")
		if prev.kind == tWord && (q.kind == KindNumber || !KnownUnit(q.unit)) && g.codeOrName(toks, i-1, s) {
			return true
		}
		// a list that continues an identifier: "articles 6, 12, 15 et 31"
		if prevIdentifier >= 0 && i-prevIdentifier <= 1 && (prev.text == "," || g.joiners[prev.low] || prev.low == "et" || prev.low == "and" || prev.low == "en" || prev.low == "dan" || prev.low == "und" || prev.low == "y" || prev.low == "e") {
			return true
		}
	}
	if q.to < s.to && !toks[q.to].spaceBefore && (toks[q.to].text == "-" || toks[q.to].text == "/") && q.to+1 < s.to && toks[q.to+1].kind == tNumber {
		return true // "2019-2020" is handled as a range elsewhere; "12-34-56" is a code
	}
	return false
}

// codeOrName: toks[k] is an all-capitals code that is no currency ("VX", "BV") or a name ("Boeing").
func (g *grammar) codeOrName(toks []token, k int, s span) bool {
	t := toks[k]
	if _, ok := g.t.Currencies[t.low]; ok {
		return false
	}
	if _, ok := lang.Symbols[t.low]; ok || lang.ISOCodes[t.text] {
		return false
	}
	if _, _, ok := g.places.at(toks, k, s.to); ok {
		return false
	}
	if t.allUpper() && utf8.RuneCountInString(t.text) >= 2 && utf8.RuneCountInString(t.text) <= 4 {
		return true
	}
	return g.isNameShape(toks, k, s) && !g.t.NounsCapitalised
}

// quantityAt reads a quantity starting at toks[i]: [currency] number [scale] [link] [unit].
func (g *grammar) quantityAt(toks []token, i int, s span) (quantity, bool) {
	q := quantity{from: i, derivedOf: -1, bound: BoundExact}
	j := i
	// a spelled amount and its currency in one hyphenated word: "one-yen", "siebenhundert-Euro"
	if toks[j].kind == tWord && strings.IndexByte(toks[j].low, '-') > 0 {
		if v, cur, assumed, ok := g.hyphenAmount(toks[j]); ok {
			q.kind, q.value, q.low, q.high, q.step, q.currency, q.assumed = KindMoney, v, v, v, 1, cur, assumed
			q.numFrom, q.to = j, j+1
			if per, n, ok := g.per.at(toks, q.to, s.to); ok {
				q.per, q.to = per, q.to+n
			}
			return q, true
		}
	}
	mul := 1.0          // "MUSD 30": millions of the currency
	namedFirst := false // "ringgit 42": a currency name before the amount
	// currency before the number: "€", "US$", "Rp", "IDR"
	if cur, assumed, n, ok := g.currencyPrefix(toks, j, s.to); ok {
		q.currency, q.assumed = cur, assumed
		j += n
	} else if cur, ok := millionsCode(toks[j]); ok {
		q.currency, mul = cur, 1e6
		j++
	} else if cur, n, ok := g.currencyNameBefore(toks, j, s.to); ok {
		q.currency, namedFirst = cur, true
		j += n
	}
	if j >= s.to {
		return q, false
	}
	negAfterSign := false
	if j > i && j+1 < s.to && (toks[j].text == "-" || toks[j].text == "−") && !toks[j+1].spaceBefore && toks[j+1].kind == tNumber {
		negAfterSign = true // "€ -12"
		j++
	}
	q.numFrom = j
	// the minutes of "10:30", the second part of "2-1" or "24/7"
	if j >= s.from+2 && !toks[j].spaceBefore && (toks[j-1].text == ":" || toks[j-1].text == "/") && toks[j-2].kind == tNumber {
		return q, false
	}
	v, step, n, ok := g.number(toks, j, s.to)
	// "un sur trois": before a ratio word the weak "un" is one
	if !ok && toks[j].kind == tWord && g.weak[toks[j].low] && q.currency == "" {
		if r, end, isRatio := g.ratioAt(toks, j+1, s, 1); isRatio {
			q.kind, q.value, q.step, q.low, q.high, q.to = KindNumber, r, 0.01, r, r, end
			return q, true
		}
	}
	if !ok {
		if j == i {
			return g.gluedDuration(toks, i, s)
		}
		return q, false
	}
	if q.currency != "" && j > i && toks[j].lineBefore {
		return q, false
	}
	j += n
	words := toks[q.numFrom].kind == tWord
	// time of day "10:30", or a score "2-1": not quantities
	if j+1 < s.to && !toks[j].spaceBefore && (toks[j].text == ":") && toks[j+1].kind == tNumber {
		return q, false
	}
	// scale: "million", "juta", "M" (only with a currency), "bn"
	gluedValue, glued := 0.0, false
	if !words && j < s.to && !toks[j].spaceBefore {
		gluedValue, glued = gluedScale[toks[j].text]
	}
	currency := q.currency != "" || g.currencyFollows(toks, j, s.to)
	money := currency || glued || !words && g.countFollows(toks, j, s.to)
	// letters glued to digits: a scale ("10k", "7.5bn"), a currency ("42MYR"), a time unit ("3h");
	// anything else is an ordinal ("19th", "2e", "1er"), a code or a unit ("1m")
	if !words && j < s.to && toks[j].kind == tWord && !toks[j].spaceBefore {
		_, m := g.scaleAt(toks, j, s.to, money)
		_, _, _, cur := g.currencySuffix(toks, j, s.to)
		_, _, coin := g.subunit(toks, j, s.to)
		_, _, unit := g.timeUnits.at(toks, j, s.to)
		if m == 0 && gluedScale[toks[j].text] == 0 && !cur && !coin && !unit {
			return q, false
		}
	}
	// "half a dozen", "two thirds of a million", "a quarter of an hour": a fraction of what follows
	if words && v > 0 && v < 1 {
		k := j
		if k < s.to && g.links[toks[k].low] {
			k++
		}
		if k+1 < s.to && g.weak[toks[k].low] {
			_, m := g.scaleAt(toks, k+1, s.to, false)
			_, _, unit := g.timeUnits.at(toks, k+1, s.to)
			if m > 0 || unit {
				j = k + 1
			}
		}
	}
	if r, end, ok := g.ratioAt(toks, j, s, v); ok && q.currency == "" {
		// "one in three", "two out of five hundred": a proportion
		q.kind, q.value, q.step, q.low, q.high, q.to = KindNumber, r, 0.01, r, r, end
		return q, true
	}
	sc, m := g.scaleAt(toks, j, s.to, money)
	if glued && !currency && gluedValue > 0 {
		// with no currency "3M" is the international million, not the Indonesian "M" of "Rp 3 M" (miliar)
		sc, m = scale{gluedValue}, 1
	}
	if m > 0 {
		v *= sc.value
		step *= sc.value
		j += m
		if rest, restStep, end := g.scaleRest(toks, j, s, sc.value, g.inBetween(toks, i, s)); end > j {
			v += rest
			step = math.Min(step, restStep)
			j = end
		}
		q.scale = sc.value
	} else if !words {
		step = math.Max(step, trailingZeroStep(v))
	}
	// a minus sign glued to the digits ("-9.2", "−1.5%") or a minus word ("minus five")
	if negAfterSign {
		v = -v
	} else if neg := g.negative(toks, q.numFrom, s); neg > 0 {
		v = -v
		if q.from == q.numFrom {
			q.from -= neg
		}
	}
	v *= mul
	step *= mul
	q.value, q.step, q.low, q.high = v, step, v, v
	q.to = j
	if step == 1 && words {
		q.step = 1
	}
	// what the number is of
	k := j
	if k < s.to && g.links[toks[k].low] {
		k++
	}
	// a time of day ("11 a.m.", "pukul 7.55 pagi", "15 Uhr") is no quantity
	if _, _, clock := g.timeOfDay.at(toks, j, s.to); clock && q.currency == "" {
		return q, false
	}
	if namedFirst && !g.amountAfterName(toks, q, k, s) {
		return q, false
	}
	scaleBy := func(f float64) {
		q.value, q.low, q.high, q.step = q.value*f, q.low*f, q.high*f, q.step*f
	}
	if q.currency == "" {
		if cur, ok := millionsCode(toks[min(k, s.to-1)]); ok && k < s.to {
			q.currency, q.kind, q.to = cur, KindMoney, k+1
			scaleBy(1e6)
		} else if cur, assumed, n, ok := g.currencySuffix(toks, k, s.to); ok {
			q.currency, q.assumed, q.kind, q.to = cur, assumed, KindMoney, k+n
			// "75 USD million": the scale after the code
			if sc, m := g.scaleAt(toks, q.to, s.to, false); m > 0 && q.scale == 0 && sc.value >= 1e3 {
				scaleBy(sc.value)
				q.to += m
			}
		} else if cur, assumed, ok := g.subunit(toks, k, s.to); ok {
			q.currency, q.assumed, q.kind, q.to = cur, assumed, KindMoney, k+1
			scaleBy(0.01)
		} else if cur, assumed, sub, ok := g.hyphenCurrency(toks, j, s.to); ok {
			// "a 12-cent dividend", "20-Euro-Schein"
			q.currency, q.assumed, q.kind, q.to = cur, assumed, KindMoney, j+2
			if sub {
				scaleBy(0.01)
			}
		}
	} else {
		q.kind = KindMoney
	}
	if q.kind == KindMoney {
		if per, n, ok := g.per.at(toks, q.to, s.to); ok {
			q.per, q.to = per, q.to+n
		}
		return q, true
	}
	if k < s.to && (toks[k].text == "%" || toks[k].text == "‰") {
		q.kind, q.unit, q.to = KindPercentage, "%", k+1
		return q, true
	}
	// "3 percentage points": a difference of percentages, not a percentage
	if _, n, ok := g.percentPoints.at(toks, j, s.to); ok {
		q.kind, q.unit, q.to = KindPercentage, PercentagePoint, j+n
		return q, true
	}
	if _, n, ok := g.percent.at(toks, j, s.to); ok {
		q.kind, q.unit, q.to = KindPercentage, "%", j+n
		return q, true
	}
	if u, size, end, ok := g.durationUnit(toks, j, v, s.to); ok {
		q.value, q.low, q.high, q.step = v*size, v*size, v*size, step*size
		if _, _, isAgo := g.ago.at(toks, end, s.to); isAgo {
			return q, false
		}
		if _, _, isAgo := g.agoBefore.before(toks, i, max(s.from, i-3)); isAgo {
			return q, false
		}
		q.kind, q.unit, q.to = KindDuration, u, end
		if _, m, ok := g.ageAfter.at(toks, end, s.to); ok && u == "year" {
			q.kind, q.to = KindAge, end+m
		} else if _, _, ok := g.ageBefore.before(toks, i, max(s.from, i-4)); ok && u == "year" && size == 1 {
			q.kind = KindAge
		} else if u == "year" && size == 1 && g.ageApposition(toks, i, end, s) {
			q.kind = KindAge
		}
		if per, m, ok := g.per.at(toks, q.to, s.to); ok {
			_ = per
			q.to += m
		}
		return q, true
	}
	if _, _, ok := g.ageBefore.before(toks, i, max(s.from, i-4)); ok && g.t.Code != "" {
		if _, n, ok := g.ageAfter.at(toks, j, s.to); ok {
			q.kind, q.unit, q.to = KindAge, "year", j+n
			return q, true
		}
	}
	if _, n, ok := g.ageAfter.at(toks, j, s.to); ok && strings.HasPrefix(toks[j].text, "-") {
		q.kind, q.unit, q.to = KindAge, "year", j+n
		return q, true
	}
	if u, ok := g.measureHomonym(toks, k, s.to); ok {
		q.kind, q.unit, q.to = KindCount, u, k+1
		return q, true
	}
	// a counted noun, maybe after one or two adjectives: "20 billion face images"
	for skip := 0; skip <= 2 && k+skip < s.to; skip++ {
		if u, n, ok := g.countUnits.at(toks, k+skip, s.to); ok {
			q.kind, q.unit, q.to = KindCount, u, k+skip+n
			if per, m, ok := g.per.at(toks, q.to, s.to); ok {
				q.per, q.to = per, q.to+m
			}
			return q, true
		}
		if tk := toks[k+skip]; tk.kind != tWord || g.t.IsStopword(tk.low) {
			break
		}
	}
	// an unknown noun right after the number: counted, named by the word itself; not after a
	// year ("in 2019 terug", "since 2016 when"), where the word is rather a verb or an adverb
	// ("6,4 atingiu": a figure with decimals and no scale word measures, it does not count)
	if k < s.to && toks[k].kind == tWord && g.isPlainNoun(toks[k]) && !(toks[q.numFrom].kind == tWord && g.weak[toks[q.numFrom].low]) &&
		!(q.to == q.numFrom+1 && yearShaped(toks[q.numFrom])) && (q.scale != 0 || v == math.Trunc(v) || g.perFollows(toks, k+1, s.to)) {
		q.kind, q.unit, q.to = KindCount, toks[k].low, k+1
		if per, m, ok := g.per.at(toks, q.to, s.to); ok {
			q.per, q.to = per, q.to+m // "20 cigarettes a day"
		}
		return q, true
	}
	// "magnitude 6.4", "Stärke 6,4": the word before names what the number measures
	if u, n, ok := g.measuresBefore.before(toks, q.numFrom, max(s.from, q.numFrom-4)); ok && q.from == q.numFrom {
		q.kind, q.unit, q.from = KindCount, u, q.numFrom-n
		return q, true
	}
	q.kind = KindNumber
	return q, true
}

// yearShaped: four digits with no separator, from 1800 to 2100, which news writes for years and
// rarely for counts ("2,000", "2.000", "2 000").
func yearShaped(t token) bool {
	if t.kind != tNumber || len(t.text) != 4 {
		return false
	}
	n, err := strconv.Atoi(t.text)
	return err == nil && n >= 1800 && n <= 2100
}

// scaleRest reads the rest of a number after its scale word: "3 hundred and 21", "4 thousand 3
// hundred", "3 million and a half", "one billion and a half million". Each part is smaller than the
// scale before it; without a joiner only a part with a scale of its own continues the number, and
// after "between" the joiner ends the first bound instead.
func (g *grammar) scaleRest(toks []token, j int, s span, scale float64, between bool) (rest, step float64, end int) {
	end, step = j, 1
	for scale >= 100 && j < s.to {
		k := j
		// "cinco billones con tres cuartos": a joiner of fractions only
		fractionOnly := g.fractionJoiners[toks[k].low]
		joined := g.joiners[toks[k].low] || fractionOnly
		if joined {
			if between {
				break
			}
			k++
		}
		if k >= s.to || toks[k].kind != tNumber && toks[k].kind != tWord {
			break
		}
		x, xStep, n, ok := g.number(toks, k, s.to)
		if !ok || x <= 0 || fractionOnly && x >= 1 {
			break // "4 thousand 3 hundred and 0": a zero is a number of its own
		}
		spelled := toks[k].kind == tWord
		k += n
		sc, m := g.scaleAt(toks, k, s.to, false)
		var part float64
		switch {
		case m > 0 && sc.value < scale && x*sc.value < scale:
			part, xStep = x*sc.value, xStep*sc.value
			k += m
		case m > 0 || !joined && !(spelled && n >= 2 && x < scale):
			return rest, step, end
		case x > 0 && x < 1:
			part, xStep = x*scale, xStep*scale // "and a half" of the scale before
		case x == math.Trunc(x) && x < scale && (spelled || scale < 1000):
			part = x // in digits only "3 hundred and 21": "5 million and 300 were returned" is two numbers
		default:
			return rest, step, end
		}
		rest, step, end, j = rest+part, math.Min(step, xStep), k, k
		if m == 0 {
			break
		}
		scale = sc.value
	}
	return rest, step, end
}

// inBetween reports a number just after the first word of a range whose second word is a joiner:
// "between 1 million and 900,000".
func (g *grammar) inBetween(toks []token, i int, s span) bool {
	for k := i - 1; k >= s.from && k >= i-3; k-- {
		if g.joiners[g.rangeBetween[toks[k].low]] {
			return true
		}
	}
	return false
}

// ratioAt reads "in three", "out of five hundred" after a whole number v: the proportion v/b and
// the token after b. A year ("3 in 2019") or a time ("5 in 10 days") is not a proportion.
func (g *grammar) ratioAt(toks []token, j int, s span, v float64) (float64, int, bool) {
	_, n, ok := g.ratio.at(toks, j, s.to)
	if !ok || v <= 0 || v != math.Trunc(v) || j+n >= s.to {
		return 0, 0, false
	}
	k := j + n
	b, _, m, ok := g.number(toks, k, s.to)
	if !ok || toks[k].kind == tNumber && b >= 1000 && b < 2100 && len(toks[k].text) == 4 {
		return 0, 0, false
	}
	k += m
	if sc, m := g.scaleAt(toks, k, s.to, false); m > 0 {
		b *= sc.value
		k += m
	}
	if _, _, unit := g.timeUnits.at(toks, k, s.to); unit || b <= v || b != math.Trunc(b) {
		return 0, 0, false
	}
	return v / b, k, true
}

// isPlainNoun guesses that a word after a number is what is counted: a lower-case word that is
// not a function word, a month, a number word, a cue or a scale.
func (g *grammar) isPlainNoun(tk token) bool {
	if !startsLower(tk.text) || len([]rune(tk.low)) < 3 || g.t.IsStopword(tk.low) {
		return false
	}
	if _, ok := g.months[tk.low]; ok {
		return false
	}
	if _, ok := g.numberWords[tk.low]; ok {
		return false
	}
	if _, ok := g.scales[tk.low]; ok {
		return false
	}
	if _, ok := g.t.Ordinals[tk.low]; ok {
		return false // "the April 12 first round"
	}
	for _, l := range [][]string{g.t.Ago, g.t.RangeTo, g.t.NumberJoiners, g.t.ConditionalAfter, g.t.Reported} {
		for _, w := range l {
			if w == tk.low {
				return false
			}
		}
	}
	return true
}

type scale struct{ value float64 }

// gluedScale are abbreviations read as scales when glued to digits even with no currency ("10k
// runners", "10M"); lower-case "m" is not among them: "20m" may be metres.
// Without a currency the short ones have their international value; 0 leaves the language's own.
var gluedScale = map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9, "MM": 1e6, "mil": 0, "mln": 0, "mld": 0, "Mio": 0, "Mrd": 0}

// scaleAt reads a scale word at toks[j]. Short, case-sensitive abbreviations ("M", "m", "bn")
// are scales only next to a currency, where "20m" cannot be twenty metres.
func (g *grammar) scaleAt(toks []token, j, lim int, money bool) (scale, int) {
	if j >= lim || toks[j].kind != tWord {
		return scale{}, 0
	}
	// two-word scales: "mil millones", "mil milhões"
	if j+1 < lim {
		if v, ok := g.scales[toks[j].low+" "+toks[j+1].low]; ok {
			return scale{v}, 2
		}
	}
	n := 1
	low := toks[j].low
	text := toks[j].text
	if j+1 < lim && toks[j+1].text == "." && !toks[j+1].spaceBefore {
		if _, ok := g.scales[low+"."]; ok {
			low += "."
			n = 2
		} else if _, ok := g.shortScales[text+"."]; ok && money {
			text += "."
			n = 2
		}
	}
	if v, ok := g.scales[low]; ok {
		if len(low) <= 2 && !money {
			return scale{}, 0
		}
		return scale{v}, n
	}
	if money {
		if v, ok := g.shortScales[text]; ok {
			return scale{v}, n
		}
	}
	return scale{}, 0
}

// currencyFollows reports a currency right after a scale abbreviation: "20M euros", "304 M" is not one.
func (g *grammar) currencyFollows(toks []token, j, lim int) bool {
	k := j + 1
	if k < lim && toks[k].text == "." {
		k++
	}
	if k < lim && g.links[toks[k].low] {
		k++
	}
	_, _, _, ok := g.currencySuffix(toks, k, lim)
	return ok
}

// countFollows reports a counted noun of the table right after a scale abbreviation glued to
// digits: "1m people", "20m tonnes" are millions, "a 20m yacht" is not.
func (g *grammar) countFollows(toks []token, j, lim int) bool {
	if j+1 >= lim || toks[j].spaceBefore {
		return false
	}
	_, _, ok := g.countUnits.at(toks, j+1, lim)
	return ok
}

func (g *grammar) perFollows(toks []token, j, lim int) bool {
	_, _, ok := g.per.at(toks, j, lim)
	return ok
}

func (g *grammar) countUnitAt(toks []token, j, lim int) bool {
	_, _, ok := g.countUnits.at(toks, j, lim)
	return ok
}

// number reads digits or a spelled number at toks[j].
func (g *grammar) number(toks []token, j, lim int) (v, step float64, n int, ok bool) {
	tk := toks[j]
	if tk.kind == tNumber {
		if f, isVulgar := vulgarValue[tk.text]; isVulgar {
			return f, 0.01, 1, true
		}
		v, step, ok = ParseDigits(tk.text, g.t.DecimalMark)
		if !ok {
			return 0, 0, 0, false
		}
		// "1½": a whole number and a fraction
		if j+1 < lim {
			if f, isVulgar := vulgarValue[toks[j+1].text]; isVulgar && !toks[j+1].spaceBefore {
				return v + f, 0.01, 2, true
			}
		}
		// "3/4": a fraction ("1/1/2016" is a date, read before)
		if num, den, m, isFrac := digitFraction(toks, j, lim); isFrac {
			return num / den, 0.01, m, true
		}
		// "2 1/4"
		if j+1 < lim && toks[j+1].kind == tNumber && toks[j+1].spaceBefore && !strings.ContainsAny(tk.text, ".,") {
			if num, den, m, isFrac := digitFraction(toks, j+1, lim); isFrac && num < den {
				return v + num/den, 0.01, m + 1, true
			}
		}
		// "5 and a half", "2 en een half": a fraction word after a joiner adds to the digits
		if m := j + 2; m < lim && g.joiners[toks[j+1].low] && !strings.ContainsAny(tk.text, ".,") {
			if g.weak[toks[m].low] && m+1 < lim {
				m++
			}
			if f, isFrac := g.numberWords[toks[m].low]; isFrac && f > 0 && f < 1 && toks[m].kind == tWord {
				return v + f, 0.01, m - j + 1, true
			}
		}
		return v, step, 1, true
	}
	if tk.kind == tWord {
		v, n, ok = g.spelledNumber(toks, j, lim)
		return v, 1, n, ok
	}
	return 0, 0, 0, false
}

func (g *grammar) currencyPrefix(toks []token, j, lim int) (code, assumed string, n int, ok bool) {
	tk := toks[j]
	if tk.kind == tSymbol && tk.text != "%" && tk.text != "‰" {
		if c, ok := lang.Symbols[tk.low]; ok {
			return c, lang.Ambiguous[tk.low], 1, true
		}
	}
	if tk.kind == tWord {
		if lang.ISOCodes[tk.text] {
			return isoCode(tk.text), "", 1, true
		}
		// "Rp", "Rp." and "RM" are written before the amount
		if c, ok := lang.Symbols[tk.low]; ok && tk.upperInitial() {
			if j+1 < lim && toks[j+1].text == "." && !toks[j+1].spaceBefore {
				return c, "", 2, true
			}
			return c, "", 1, true
		}
	}
	return "", "", 0, false
}

func isoCode(s string) string {
	if s == "RMB" {
		return "CNY"
	}
	return s
}

func (g *grammar) currencySuffix(toks []token, k, lim int) (code, assumed string, n int, ok bool) {
	if k >= lim {
		return "", "", 0, false
	}
	tk := toks[k]
	if tk.low == "$" && k+1 < lim && toks[k+1].kind == tWord {
		// "16,4 millions de $ c", "$CAD", "$ hk": the country after the sign, in French wire copy
		if w := toks[k+1].low; dollarPrefixes[w] && (!toks[k+1].spaceBefore || spacedDollar[w]) {
			if c, ok := lang.Symbols[w+"$"]; ok {
				return c, "", 2, true
			}
		}
	}
	// "3 USD50 cards": a sign glued to the next digits is their prefix
	if tk.kind != tNumber && tk.spaceBefore && k+1 < lim && toks[k+1].kind == tNumber && !toks[k+1].spaceBefore {
		if _, _, _, prefix := g.currencyPrefix(toks, k, lim); prefix {
			return "", "", 0, false
		}
	}
	if tk.kind == tSymbol && tk.text != "%" && tk.text != "‰" {
		if c, ok := lang.Symbols[tk.low]; ok {
			return c, lang.Ambiguous[tk.low], 1, true
		}
	}
	if tk.kind == tWord && lang.ISOCodes[tk.text] {
		return isoCode(tk.text), "", 1, true
	}
	// a sign in letters after the amount: "42 RM", "20Rs", "5 Fr."
	if c, ok := lang.Symbols[tk.low]; ok && tk.kind == tWord && (tk.allUpper() || !tk.spaceBefore && tk.upperInitial()) {
		if _, dotted := lang.Symbols[tk.low+"."]; dotted && k+1 < lim && toks[k+1].text == "." && !toks[k+1].spaceBefore {
			return c, "", 2, true
		}
		return c, "", 1, true
	}
	if tk.kind == tWord {
		if c, ok := lang.LowerCodes[tk.text]; ok {
			return c, "", 1, true
		}
	}
	if _, measure := g.measureHomonym(toks, k, lim); measure {
		return "", "", 0, false
	}
	// "a real problem", "a pound of flour": after an article, a currency name that is also a
	// word is that word when another word follows ("it costs a pound." is money)
	if g.homonyms[tk.low] && k > 0 && g.weak[toks[k-1].low] && k+1 < lim && toks[k+1].kind == tWord {
		return "", "", 0, false
	}
	if c, n, ok := g.currencies.at(toks, k, lim); ok {
		return c, "", n, true
	}
	return "", "", 0, false
}

// measureHomonym reads "the 550 pound hog": a currency name that is also a measure, singular
// after a number other than one and before a word, is the measure (a compound adjective).
func (g *grammar) measureHomonym(toks []token, k, lim int) (string, bool) {
	if k >= lim {
		return "", false
	}
	unit, ok := g.t.MeasureHomonyms[toks[k].low]
	if !ok || k == 0 || toks[k-1].kind != tNumber || toks[k-1].text == "1" || k+1 >= lim || toks[k+1].kind != tWord {
		return "", false
	}
	if _, isCurrency := g.t.Currencies[toks[k].low+" "+toks[k+1].low]; isCurrency {
		return "", false // "pound sterling"
	}
	return unit, true
}

// millionsCode reads "MUSD", "MEUR": millions of a currency, in financial reports.
func millionsCode(tk token) (string, bool) {
	if tk.kind == tWord && len(tk.text) == 4 && tk.text[0] == 'M' && lang.ISOCodes[tk.text[1:]] {
		return isoCode(tk.text[1:]), true
	}
	return "", false
}

// currencyNameBefore reads a currency name written before digits: "ringgit 42", "dólar 22,5
// millones". Names that are also ordinary words ("won 3 games") are not read so, nor capitalised
// ones, which name other things ("Euro 96", "Real 2").
func (g *grammar) currencyNameBefore(toks []token, j, lim int) (string, int, bool) {
	if toks[j].kind != tWord || toks[j].upperInitial() {
		return "", 0, false
	}
	// most words are followed by no number within a name's length: no lookup then
	digits := false
	for k := j + 1; k < lim && k <= j+g.currencies.max && !digits; k++ {
		digits = toks[k].kind == tNumber
	}
	if !digits {
		return "", 0, false
	}
	c, n, ok := g.currencies.at(toks, j, lim)
	if !ok || j+n >= lim || toks[j+n].kind != tNumber || n == 1 && g.homonyms[toks[j].low] {
		return "", 0, false
	}
	return c, n, true
}

// amountAfterName checks the number after a currency name is its amount: not a percentage, a
// length of time or an amount in another currency ("the dollar 1.2% higher", "the dollar 150
// yen"), nor a year ("Euro 2024").
func (g *grammar) amountAfterName(toks []token, q quantity, k int, s span) bool {
	if q.scale == 0 && q.value >= 1900 && q.value <= 2100 && q.value == math.Trunc(q.value) {
		return false
	}
	if k >= s.to {
		return true
	}
	if toks[k].text == "%" || toks[k].text == "‰" {
		return false
	}
	if _, _, ok := g.percent.at(toks, k, s.to); ok {
		return false
	}
	if _, _, ok := g.timeUnits.at(toks, k, s.to); ok {
		return false
	}
	if _, _, ok := g.subunit(toks, k, s.to); ok {
		return false
	}
	_, _, _, other := g.currencySuffix(toks, k, s.to)
	return !other
}

// hyphenCurrency reads a currency or coin joined to digits by a hyphen: "12-cent", "20-Euro-Schein".
func (g *grammar) hyphenCurrency(toks []token, j, lim int) (code, assumed string, sub, ok bool) {
	if j+1 >= lim || toks[j].text != "-" || toks[j].spaceBefore || toks[j+1].spaceBefore || toks[j+1].kind != tWord {
		return "", "", false, false
	}
	head, _, _ := strings.Cut(toks[j+1].low, "-")
	if c, ok := g.t.Currencies[head]; ok && !g.homonyms[head] {
		return c, "", false, true
	}
	if _, ok := lang.Subunits[head]; ok && len(head) > 1 {
		c, a, _ := g.subunit([]token{{kind: tWord, text: head, low: head}}, 0, 1)
		return c, a, true, true
	}
	return "", "", false, false
}

// hyphenAmount reads a spelled amount joined to its currency in one word: "one-yen",
// "five-dollar", "siebenhundert-Euro", "ten-cent".
func (g *grammar) hyphenAmount(tk token) (v float64, code, assumed string, ok bool) {
	low := tk.low
	for p := strings.IndexByte(low, '-'); p > 0; {
		head, rest := low[:p], low[p+1:]
		unit, _, _ := strings.Cut(rest, "-")
		code, sub := g.t.Currencies[unit], false
		assumed = ""
		if g.homonyms[unit] {
			code = "" // "a two-pound lobster"
		}
		if code == "" {
			if _, isSub := lang.Subunits[unit]; isSub && len(unit) > 1 {
				code, assumed, _ = g.subunit([]token{{kind: tWord, text: unit, low: unit}}, 0, 1)
				sub = true
			}
		}
		if code != "" {
			if g.weak[head] {
				v, ok = 1, true
			} else if ht := tokenize(head, g.t); len(ht) > 0 {
				var n int
				v, n, ok = g.spelledNumber(ht, 0, len(ht))
				ok = ok && n == len(ht)
			}
			if ok {
				if sub {
					v /= 100
				}
				return v, code, assumed, true
			}
		}
		next := strings.IndexByte(rest, '-')
		if next < 0 {
			break
		}
		p += 1 + next
	}
	return 0, "", "", false
}

// subunit reads a coin a hundredth of a currency after an amount: "50 cents", "470 pence", "10¢".
// The currency is the language's own for the word when its table has it ("cent" in Dutch is EUR),
// else the one lang.Subunits assumes, and the claim says so.
func (g *grammar) subunit(toks []token, k, lim int) (code, assumed string, ok bool) {
	if k >= lim {
		return "", "", false
	}
	w := toks[k].low
	c, ok := lang.Subunits[w]
	if !ok {
		return "", "", false
	}
	// a one-letter coin is glued to its digits and lower case: "43c", not "43 C" (Celsius)
	if len(w) == 1 && (toks[k].spaceBefore || toks[k].text != w) {
		return "", "", false
	}
	if local, ok := g.t.Currencies[w]; ok {
		return local, "", true
	}
	if g.t.DecimalMark == ',' && (w == "cent" || w == "cents" || w == "c") {
		return "EUR", "cent read as a euro cent", true
	}
	return c, w + " read as a hundredth of " + c, true
}

// linkConversions marks a money amount in parentheses right after another as its conversion:
// "20 juta Euro (Rp 304 M)", "100 000 euros (98 000 $) par jour". A rate suffix after the
// parenthesis belongs to both. A measure in another unit of the same dimension is one too:
// "300 km (190 miles)", "six meters (18 feet)".
func (g *grammar) linkConversions(toks []token, qs []quantity) {
	for k := 1; k < len(qs); k++ {
		a, b := &qs[k-1], &qs[k]
		if a.derivedOf >= 0 {
			continue
		}
		if measureConversion(a, b) {
			if gapIsParenthesis(toks[a.to:b.from]) {
				b.derivedOf = k - 1
			}
			continue
		}
		if a.kind != KindMoney || b.kind != KindMoney {
			continue
		}
		gap := toks[a.to:b.from]
		open := false
		okGap := true
		for _, t := range gap {
			switch {
			case t.text == "(" || t.text == "[":
				open = true
			case t.text == "≈" || t.text == "~" || t.text == "=" || g.gapWord(t):
			default:
				okGap = false
			}
		}
		if !okGap || !open || a.currency == b.currency {
			continue
		}
		b.derivedOf = k - 1
		// "(98 000 $) par jour": the period after the parenthesis
		j := b.to
		if j < len(toks) && (toks[j].text == ")" || toks[j].text == "]") {
			if per, n, ok := g.per.at(toks, j+1, len(toks)); ok && a.per == "" {
				a.per, b.per = per, per
				b.perTo = j + 1 + n
			}
		}
	}
}

// gapWord: a word that may stand between an amount and its conversion in brackets: an
// approximation ("(about $57 million)", "(unos 58 millones)") or an apposition ("soit", "atau").
func (g *grammar) gapWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if b, ok := g.t.BoundsBefore[t.low]; ok && b == BoundApproximate {
		return true
	}
	return slices.Contains(g.t.Apposition, t.low) || t.low == "ca"
}

// inheritAppositions: a figure restating the one before it ("4 % du chiffre d'affaires, soit
// quelque 127 millions d'euros") is as possible, or as reported, as that one.
func (g *grammar) inheritAppositions(toks []token, qs []quantity) {
	for k := 1; k < len(qs); k++ {
		q, prev := &qs[k], qs[k-1]
		if q.derivedOf >= 0 || q.modality != Asserted || prev.modality == Asserted || prev.to > q.from {
			continue
		}
		if _, _, _, ok := g.apposition.find(toks, max(prev.to, q.from-4), q.from); ok {
			q.modality, q.cues = prev.modality, append(q.cues, prev.cues...)
			q.attribution = prev.attribution
		}
	}
}

// ageApposition: "Jones, de 52 años, se unió": years set off by commas after a name, with the
// language's apposition word, are an age ("una condena de 5 años" is not set off).
func (g *grammar) ageApposition(toks []token, i, end int, s span) bool {
	if i-2 < s.from || toks[i-2].text != "," || !slices.Contains(g.t.AgeApposition, toks[i-1].low) {
		return false
	}
	return end == s.to || toks[end].kind == tPunct && (toks[end].text == "," || toks[end].text == ")" || toks[end].text == ".")
}

// ellipticCounts reads a bare number joined to a count as a count of the same thing: "540 people
// were injured and 29 were missing" (29 people). Only right after the language's "and" (or "while"),
// a few words after the count, and never a year.
func (g *grammar) ellipticCounts(toks []token, qs []quantity) {
	for k := 1; k < len(qs); k++ {
		q := &qs[k]
		// the count before, past a percentage of it: "5.02 million votes, or 51.5%, against 4.2 million"
		p := k - 1
		for p > 0 && qs[p].kind == KindPercentage {
			p--
		}
		prev := &qs[p]
		if q.kind != KindNumber || prev.kind != KindCount || prev.derivedOf >= 0 || q.from-prev.to > 12 || q.scale != 0 && prev.scale == 0 {
			continue
		}
		if q.to == q.numFrom+1 && yearShaped(toks[q.numFrom]) {
			continue
		}
		if g.linksToCount(toks, prev.to, q.from) {
			q.kind, q.unit = KindCount, prev.unit
		}
	}
}

// linksToCount: between a count and a bare number, a coordinator or a versus word stands at most
// four words before the number, with no other figure between: "540 people were injured and 29
// were missing", "5,02 milhões de votos (51,5%), contra 4,72 milhões", "52 of the 137 seats,
// against 39 for the FDN", "el FDN 39 y la UP 21", "a FDN ficou com 36".
func (g *grammar) linksToCount(toks []token, from, to int) bool {
	for j := to - 1; j >= from && j >= to-5; j-- {
		t := toks[j]
		if t.kind == tNumber {
			return false
		}
		for _, l := range [][]string{g.t.Coordinators, g.t.Versus} {
			if slices.Contains(l, t.low) || j > from && slices.Contains(l, toks[j-1].low+" "+t.low) {
				return true
			}
		}
		if t.text == "," && j == to-1 {
			continue
		}
	}
	return false
}

// measureConversion: two counts of one physical dimension in different units.
func measureConversion(a, b *quantity) bool {
	if a.kind != KindCount || b.kind != KindCount || a.unit == b.unit {
		return false
	}
	ma, okA := lang.Measures[a.unit]
	mb, okB := lang.Measures[b.unit]
	return okA && okB && ma.Dimension == mb.Dimension
}

// gapIsParenthesis: nothing but an opening bracket between two quantities.
func gapIsParenthesis(gap []token) bool {
	open := false
	for _, t := range gap {
		switch t.text {
		case "(", "[":
			open = true
		default:
			return false
		}
	}
	return open
}

// readBound reads "about", "more than", "up to", "or more" around the quantity and sets its interval.
// prevTo is the end of the quantity before it in the sentence, or -1.
func (g *grammar) readBound(toks []token, s span, q *quantity, prevTo int) {
	if q.bound == BoundRange {
		return // "about 10-20 dollars": the range says more than the hedge
	}
	if q.kind == KindDate || q.derivedOf >= 0 {
		if q.derivedOf < 0 {
			return
		}
	}
	v := q.value
	if b, n, ok := g.boundsBefore.before(toks, q.from, max(s.from, q.from-4)); ok {
		cue := q.from - n
		if n == 1 && g.rangeWords[toks[cue].low] {
			switch {
			case prevTo == cue:
				b = BoundExact // the end of a range whose start is an amount of its own: "5 Mio. Euro bis 10 Mio. Euro"
			case b == BoundUpTo && g.afterChangeVerb(toks, s, cue):
				b = BoundExact // "rose to": "naik secara mengejutkan hingga €3 miliar", "steeg tot 4 procent"
			case b == BoundUpTo && afterPercentage(toks, cue, s):
				b = BoundExact // a change and where it led: "se dispararon un 34%, hasta 60,70 euros"
			}
		}
		q.bound = b
		if b != BoundExact {
			q.cues = append(q.cues, phraseText(toks[cue:q.from]))
		}
	} else if b, n, ok := g.boundsAfter.at(toks, q.to, s.to); ok {
		q.bound = b
		q.cues = append(q.cues, phraseText(toks[q.to:q.to+n]))
	}
	switch q.bound {
	case BoundApproximate:
		q.low, q.high = v*0.9, v*1.1
	case BoundMoreThan, BoundAtLeast:
		q.low, q.high = v, math.Inf(1)
	case BoundUpTo, BoundAtMost, BoundLessThan:
		q.low, q.high = 0, v
	}
}

// afterPercentage: the range word follows a percentage, maybe after a comma ("34%, hasta").
func afterPercentage(toks []token, cue int, s span) bool {
	k := cue - 1
	if k > s.from && toks[k].text == "," {
		k--
	}
	return k >= s.from && (toks[k].text == "%" || toks[k].text == "‰")
}

// changeVerbWindow is how many words may stand between a verb of change and its range word
// ("naik secara mengejutkan hingga": rose shockingly to).
const changeVerbWindow = 4

// afterChangeVerb reports a verb of change a few words before toks[cue], in the same clause, that
// states what happened: not one in the future or a possibility ("akan naik hingga", will rise up to).
func (g *grammar) afterChangeVerb(toks []token, s span, cue int) bool {
	for k := cue - 1; k >= s.from && k >= cue-changeVerbWindow; k-- {
		if toks[k].kind != tWord {
			return false
		}
		if _, n, ok := g.changeVerbs.at(toks, k, cue); ok && k+n <= cue {
			return k == s.from || !g.changeModals[toks[k-1].low]
		}
	}
	return false
}

func phraseText(toks []token) string { return phraseKey(toks) }

// readModality decides whether the quantity is asserted, attributed to a source, or a possibility.
func (g *grammar) readModality(toks []token, s span, clauses []int, cues sentenceCues, qs []quantity, k int) {
	q := &qs[k]
	if q.kind == KindDate {
		q.modality = Asserted
		return
	}
	c := q.clause
	cFrom, cTo := clauses[c], clauseEnd(clauses, c, s)
	cFrom = max(cFrom, q.from-cueWindow)
	cTo = min(cTo, q.to+cueWindow)
	// after the quantity, up to the next quantity that is not its conversion
	after := cTo
	for m := k + 1; m < len(qs); m++ {
		if qs[m].derivedOf == k {
			continue
		}
		if qs[m].from < after {
			after = qs[m].from
		}
		break
	}
	from := q.to
	for m := k + 1; m < len(qs) && qs[m].derivedOf == k; m++ {
		from = max(from, qs[m].to, qs[m].perTo)
	}
	if v, ok := firstIn(cues.condBefore, cFrom, q.from); ok {
		q.modality = Conditional
		q.cues = append(q.cues, v)
	} else if from < after {
		if v, ok := firstIn(cues.condAfter, from, after); ok {
			q.modality = Conditional
			q.cues = append(q.cues, v)
		}
	}
	if m, ok := firstMatch(cues.reported, max(s.from, q.from-sentenceWindow), min(s.to, q.to+sentenceWindow)); ok {
		if q.modality == "" {
			q.modality = Reported
		}
		q.cues = append(q.cues, m.val)
		if a, ok := firstMatch(cues.attribution, max(s.from, q.from-sentenceWindow), min(s.to, q.to+sentenceWindow)); ok {
			end := min(a.pos+a.n+5, s.to)
			for e := a.pos + a.n; e < end; e++ {
				if toks[e].kind == tPunct && toks[e].text != "'" {
					end = e
					break
				}
			}
			q.attribution = phraseTextOriginal(toks[a.pos:end])
		} else if m.pos > s.from && toks[m.pos-1].kind == tWord && toks[m.pos-1].upperInitial() {
			st := m.pos - 1
			for st > s.from && m.pos-st < 5 && toks[st-1].kind == tWord && toks[st-1].upperInitial() {
				st--
			}
			q.attribution = phraseTextOriginal(toks[st : m.pos+m.n])
		}
	}
	if q.modality == "" {
		q.modality = Asserted
	}
}

// match is one cue phrase found in a sentence.
type match struct {
	pos, n int
	val    string
}

// sentenceCues are the cue phrases of one sentence, found in one pass so that each quantity
// only looks them up.
type sentenceCues struct {
	reported, attribution, condBefore, condAfter, concepts []match
}

func (g *grammar) sentenceCues(toks []token, s span) sentenceCues {
	// whole: a phrase's own words match nothing else ("daily penalty" is no "penalty" of its own)
	all := func(p phrases, skipMonths, whole bool) []match {
		var out []match
		for i := s.from; i < s.to; i++ {
			v, n, ok := p.at(toks, i, s.to)
			if !ok {
				continue
			}
			// "in May" is not "may"
			if _, month := g.months[toks[i].low]; skipMonths && month && n == 1 && toks[i].upperInitial() {
				continue
			}
			out = append(out, match{i, n, v})
			if whole {
				i += n - 1
			}
		}
		return out
	}
	return sentenceCues{
		reported: all(g.reported, false, false), attribution: all(g.attribution, false, false),
		condBefore: all(g.condBefore, true, false), condAfter: all(g.condAfter, true, false), concepts: all(g.concepts, false, true),
	}
}

// firstMatch returns the first match lying inside toks[from:to].
func firstMatch(ms []match, from, to int) (match, bool) {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].pos >= from })
	for ; k < len(ms) && ms[k].pos < to; k++ {
		if ms[k].pos+ms[k].n <= to {
			return ms[k], true
		}
	}
	return match{}, false
}

func firstIn(ms []match, from, to int) (string, bool) {
	m, ok := firstMatch(ms, from, to)
	return m.val, ok
}

func phraseTextOriginal(toks []token) string {
	var b strings.Builder
	for k, tk := range toks {
		if k > 0 && tk.spaceBefore {
			b.WriteByte(' ')
		}
		b.WriteString(tk.text)
	}
	return b.String()
}

// dateConceptWindow is how far from a date, in tokens, the word for its event may stand.
const dateConceptWindow = 10

// conceptFits: the concept can be what q measures. A physical measure (kilos, kilometres) is no
// death toll, whatever word stands near it; it takes only the concepts of measures.
func conceptFits(concept string, q quantity) bool {
	if q.kind == KindCount {
		if _, measure := lang.Measures[q.unit]; measure {
			return lang.ConceptFits(concept, lang.KindMeasure)
		}
	}
	return lang.ConceptFits(concept, q.kind)
}

// assignConcepts gives each quantity of a sentence the concept it measures. A concept word inside
// a quantity's own quote is its noun ("23 muertos"), and no other quantity's. Otherwise a quantity
// takes the nearest concept word, preferring the word before it ("a fine of", "denda"), among
// those no other quantity stands nearer to: in "killing 23 people and injuring more than 180" the
// injuring is the 180's. A quantity nearest to none takes the nearest word left to it.
func assignConcepts(qs []quantity, ms []match) {
	if len(ms) == 0 {
		return
	}
	inside := func(m match, q quantity) bool { return m.pos >= q.from && m.pos < q.to }
	// from the phrase's nearest word: "a daily penalty of €100,000"
	dist := func(m match, q quantity) int {
		if m.pos < q.from {
			return distance(m.pos+m.n-1, q)
		}
		d := distance(m.pos, q)
		if m.pos >= q.to {
			d++
		}
		return d
	}
	// a date takes only an event named close to it: "struck on 10 March", not the deaths the
	// sentence counts further on
	window := func(q quantity) int {
		if q.kind == KindDate {
			return dateConceptWindow
		}
		return sentenceWindow
	}
	fits := func(m match, q quantity) bool {
		return q.concept == "" && q.derivedOf < 0 && conceptFits(m.val, q) && dist(m, q) <= window(q)
	}
	owned := make([]bool, len(ms))
	for k := range qs {
		for i, m := range ms {
			if inside(m, qs[k]) {
				owned[i] = true
				if fits(m, qs[k]) {
					qs[k].concept = m.val
				}
			}
		}
	}
	owner := make([]int, len(ms))
	for i, m := range ms {
		owner[i] = -1
		if owned[i] {
			continue
		}
		for k, q := range qs {
			if q.derivedOf < 0 && conceptFits(m.val, q) && !inside(m, q) && (owner[i] < 0 || dist(m, q) < dist(m, qs[owner[i]])) {
				owner[i] = k
			}
		}
	}
	pick := func(k int, mine bool) string {
		best, bestD := "", 1<<30
		for i, m := range ms {
			if owned[i] || !fits(m, qs[k]) || mine && owner[i] != k {
				continue
			}
			if d := dist(m, qs[k]); d < bestD {
				best, bestD = m.val, d
			}
		}
		return best
	}
	picked := make([]string, len(qs))
	for k := range qs {
		if picked[k] = pick(k, true); picked[k] == "" {
			picked[k] = pick(k, false)
		}
	}
	for k := range qs {
		if qs[k].concept == "" {
			qs[k].concept = picked[k]
		}
	}
}

// dateAt reads a calendar date with a year: "23 avril 2024", "May 24, 2022", "mei 2020",
// "2023-05-22", "1/1/2016", "05-Aug-2016", "June of 1992", "23 de mayo de 2022", "20161016",
// "fourth of July 1995", "15.05.99", "18 08 1978".
// A date without a year is not read: which year it means is the reader's guess.
func (g *grammar) dateAt(toks []token, i, lim int) (quantity, bool) {
	q := quantity{from: i, numFrom: i, kind: KindDate, unit: "date", bound: BoundExact, derivedOf: -1, modality: Asserted}
	if toks[i].kind != tNumber && toks[i].kind != tWord {
		return q, false
	}
	// inside a code: "123-12-1234", "133-03-03-2020"
	if i >= 2 && !toks[i].spaceBefore && (toks[i-1].text == "-" || toks[i-1].text == "/" || toks[i-1].text == ".") && toks[i-2].kind == tNumber && !toks[i-1].spaceBefore {
		return q, false
	}
	if t := toks[i]; t.kind == tNumber && (i+1 >= lim || toks[i+1].kind != tWord || toks[i+1].spaceBefore) {
		// "20161016"
		if len(t.text) == 8 {
			y, _ := strconv.Atoi(t.text[:4])
			m, _ := strconv.Atoi(t.text[4:6])
			d, _ := strconv.Atoi(t.text[6:])
			if y >= 1900 && y <= 2100 && validDay(y, m, d) {
				q.date, q.to = fmt.Sprintf("%04d-%02d-%02d", y, m, d), i+1
				return q, true
			}
		}
		// "15.05.99", "1.1.2016": the tokenizer reads a dotted date as one number; groups of one or
		// two digits before the last cannot be a grouped thousand. "version 2.4.10" is no date.
		if f0, rest, ok := strings.Cut(t.text, "."); ok && len(f0) <= 2 {
			if _, _, id := g.identifiers.before(toks, i, max(0, i-3)); id || i > 0 && !t.spaceBefore && toks[i-1].kind == tWord {
				return q, false
			}
			if f1, f2, ok := strings.Cut(rest, "."); ok && len(f1) <= 2 && (len(f2) == 2 || len(f2) == 4) {
				var ps [3]datePart
				for k, s := range [3]string{f0, f1, f2} {
					n, err := strconv.Atoi(s)
					if err != nil {
						return q, false
					}
					ps[k] = datePart{tok: i, to: i + 1, num: n, digits: len(s)}
				}
				if date, ok := g.allDigitDate(ps[0], ps[1], ps[2]); ok {
					q.date, q.to = date, i+1
					return q, true
				}
				return q, false
			}
		}
	}
	// at most three parts and their separators, kept off the heap: dateAt runs at every token
	var partBuf [4]datePart
	var sepBuf [4]string
	parts, seps := partBuf[:0], sepBuf[:0]
	j := i
	for j < lim && len(parts) < 3 {
		t := toks[j]
		var p datePart
		found := false
		switch {
		case t.kind == tNumber && !strings.ContainsAny(t.text, ".,  '") && len(t.text) <= 4:
			n, _ := strconv.Atoi(t.text)
			p = datePart{tok: j, to: j + 1, num: n, digits: len(t.text)}
			found = true
			// "4th", "1er", "4e", "23." (German)
			if j+1 < lim && !toks[j+1].spaceBefore && toks[j+1].kind == tWord && len(toks[j+1].low) <= 3 && len(t.text) <= 2 {
				p.ordinal = true
				p.to++
			}
		case t.kind == tWord:
			// a day as an ordinal word: "fourth", "eerste", "premier"
			if d, ok := g.t.Ordinals[t.low]; ok {
				p = datePart{tok: j, to: j + 1, num: d, ordinal: true}
				found = true
				break
			}
			m, n, ok := g.monthAt(toks, j, lim, len(parts) > 0)
			if !ok {
				if m2, _, ok2 := g.monthAt(toks, j, lim, true); ok2 && len(parts) == 0 && j+1 < lim && (toks[j+1].kind == tNumber || toks[j+1].text == "-" || toks[j+1].text == "/") && !g.isNumberWord(t.low) {
					m, ok = m2, true
					n = 1
				}
			}
			if ok {
				p = datePart{tok: j, to: j + n, num: m, month: true}
				found = true
				break
			}
			// a month glued to its day: "Dec31"
			if m, d, digits, ok := g.gluedMonthDay(t); ok {
				parts = append(parts, datePart{tok: j, to: j + 1, num: m, month: true})
				seps = append(seps, "")
				p = datePart{tok: j, to: j + 1, num: d, digits: digits}
				found = true
			}
		}
		if !found {
			break
		}
		parts = append(parts, p)
		j = p.to
		// a separator or a link word before the next part: "-", "/", ".", ",", "of", "de", "del", "in"
		sep := ""
		for k := 0; k < 2 && j < lim; k++ {
			t := toks[j]
			if t.kind == tPunct && (t.text == "-" || t.text == "/" || t.text == "." || t.text == ",") && sep == "" {
				sep = t.text
				j++
				continue
			}
			if t.kind == tWord && dateLinks[t.low] {
				sep += " " + t.low
				j++
				continue
			}
			break
		}
		seps = append(seps, sep)
	}
	use := func(ps ...datePart) {
		for _, p := range ps {
			q.to = max(q.to, p.to)
		}
	}
	var numBuf [4]datePart
	months, nums := 0, numBuf[:0]
	monthAt := -1
	for k, p := range parts {
		if p.month {
			months++
			monthAt = k
		} else {
			nums = append(nums, p)
		}
	}
	switch {
	case months == 1 && len(nums) >= 1:
		m := parts[monthAt].num
		use(parts[monthAt])
		// year, month, day: "2019/aug/01"
		ymd := len(parts) == 3 && parts[0].digits == 4 && monthAt == 1
		// the year: a four-digit number, or two digits where a day cannot stand; the day: a number
		// up to 31
		var y, d int
		for k, p := range nums {
			if p.digits == 4 && p.num >= 1000 && p.num <= 2200 && y == 0 {
				y = p.num
				use(p)
				continue
			}
			if p.digits <= 2 && p.num >= 1 && p.num <= 31 && d == 0 && (len(nums) > 1 || p.ordinal) && (k == 0 || ymd && k == len(nums)-1) {
				d = p.num
				use(p)
				continue
			}
			if k == len(nums)-1 && y == 0 && p.digits == 2 && !p.ordinal && g.yearAfterMonth(toks, parts, seps, p, lim) {
				y = twoDigitYear(p.num)
				use(p)
			}
		}
		if y == 0 {
			// a day and a month without a year ("9 de marzo", "March 10", "10. März"): news gives
			// the year once, in a dateline or another date, or not at all (resolveYears)
			if day, to, ok := g.yearlessDay(toks, parts, lim); ok {
				q.date, q.to = fmt.Sprintf("--%02d-%02d", m, day), to
				return q, true
			}
			return q, false
		}
		// the parts must run month-day-year or day-month-year or year-month(-day), not jump about
		if parts[0].digits == 4 && len(parts) == 3 && !parts[1].month {
			return q, false
		}
		if d == 0 {
			// month and year only; trim a day-less part list to the month and the year
			q.date = fmt.Sprintf("%04d-%02d", y, m)
			return q, true
		}
		if !validDay(y, m, d) {
			return q, false
		}
		q.date = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		return q, true
	case months == 0 && len(nums) >= 2:
		for _, p := range parts {
			if p.ordinal || p.digits == 0 {
				return q, false
			}
		}
		// all digits with one separator: "1/1/2016", "2015-12"; or three numbers apart by single
		// spaces and nothing else: "18 08 1978", "2016 10 16"
		sep := seps[0]
		if sep == "" && len(parts) == 3 && seps[1] == "" && g.spacedDate(toks, i, parts, lim) {
			if date, ok := g.allDigitDate(parts[0], parts[1], parts[2]); ok {
				use(parts...)
				q.date = date
				return q, true
			}
			return q, false
		}
		if sep != "-" && sep != "/" && sep != "." {
			return q, false
		}
		for k, p := range parts {
			if k > 0 && toks[p.tok].spaceBefore || k < len(parts)-1 && seps[k] != sep {
				return q, false
			}
		}
		use(parts...)
		if len(parts) == 2 {
			a, b := parts[0], parts[1]
			if sep == "." {
				return q, false // "7.5" and "12.30" are numbers and times
			}
			if a.digits == 4 && a.num >= 1000 && a.num <= 2200 && b.num >= 1 && b.num <= 12 && b.digits <= 2 {
				q.date = fmt.Sprintf("%04d-%02d", a.num, b.num)
				return q, true
			}
			if b.digits == 4 && b.num >= 1000 && b.num <= 2200 && a.num >= 1 && a.num <= 12 && a.digits <= 2 {
				q.date = fmt.Sprintf("%04d-%02d", b.num, a.num)
				return q, true
			}
			return q, false
		}
		date, ok := g.allDigitDate(parts[0], parts[1], parts[2])
		q.date = date
		return q, ok
	}
	return q, false
}

// yearlessDay reads the first two parts as a day and a month with no year, and returns the day and
// the end of the date. The month must be written out or abbreviated with a period ("Aug. 10"), and
// not be a common word in lower case ("5 may"); a day after its month ends the phrase ("March 10,"),
// so that "in March 10 people died" is no date.
func (g *grammar) yearlessDay(toks []token, parts []datePart, lim int) (day, to int, ok bool) {
	if len(parts) < 2 {
		return 0, 0, false
	}
	d, m := parts[0], parts[1]
	monthFirst := parts[0].month
	if monthFirst {
		d, m = parts[1], parts[0]
	}
	if d.month || !m.month || d.num < 1 || d.num > 31 || d.digits > 2 || d.digits == 0 && !d.ordinal {
		return 0, 0, false
	}
	mt := toks[m.tok]
	written := m.to-m.tok > 1 || g.fullMonthName(mt.low)
	if !written || !mt.upperInitial() && (g.t.IsStopword(mt.low) || g.isCue(mt.low)) {
		return 0, 0, false
	}
	if monthFirst {
		if d.tok != m.to {
			return 0, 0, false // "March of 10"
		}
		if d.to < lim {
			next := toks[d.to]
			switch {
			case next.kind == tPunct && strings.Contains(",.;:)!?»", next.text):
			case next.kind == tWord && next.spaceBefore && (g.t.IsStopword(next.low) || g.joiners[next.low]) && !g.countUnitAt(toks, d.to, lim):
			default:
				return 0, 0, false
			}
		}
	}
	return d.num, max(d.to, m.to), true
}

// fullMonthName: the word is a month's name, not the abbreviation of a longer one ("jan", "mar").
func (g *grammar) fullMonthName(w string) bool {
	m, ok := g.months[w]
	if !ok {
		return false
	}
	for name, n := range g.months {
		if n == m && len(name) > len(w) && strings.HasPrefix(name, w) {
			return false
		}
	}
	return true
}

// datePart is a number, an ordinal or a month name read as part of a date.
type datePart struct {
	tok, to int // the tokens it spans
	num     int
	digits  int // 0 for a word
	month   bool
	ordinal bool
}

// allDigitDate reads three numbers as year-month-day when the year comes first, else as
// day-month-year, or month-day-year where the table says so (and when the middle number cannot be a month).
func (g *grammar) allDigitDate(a, b, c datePart) (string, bool) {
	var y, m, d int
	switch {
	case a.digits == 4:
		y, m, d = a.num, b.num, c.num
	case c.digits == 4 && c.num >= 1000 && c.num <= 2200:
		y = c.num
	case c.digits == 2:
		y = twoDigitYear(c.num)
	default:
		return "", false
	}
	if a.digits != 4 {
		if g.t.MonthFirst && a.num <= 12 || b.num > 12 {
			m, d = a.num, b.num
		} else {
			d, m = a.num, b.num
		}
	}
	if !validDay(y, m, d) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// twoDigitYear reads "87" as 1987 and "12" as 2012.
func twoDigitYear(n int) int {
	if n <= 30 {
		return 2000 + n
	}
	return 1900 + n
}

// yearAfterMonth reports whether two digits after a month are its year: after a link word
// ("April of 87", "avril de 87") or when they cannot be a day ("juillet 98"), and only where
// the number ends the phrase: "en mars de 30 %", "in July 45 people" are not dates.
func (g *grammar) yearAfterMonth(toks []token, parts []datePart, seps []string, p datePart, lim int) bool {
	k := len(parts) - 1
	if parts[k] != p || k == 0 || !parts[k-1].month {
		return false
	}
	linked := strings.Contains(seps[k-1], " ")
	if !linked && (seps[k-1] != "" || p.num <= 31) {
		return false
	}
	if p.to >= lim {
		return true
	}
	next := toks[p.to]
	if next.kind == tPunct {
		return strings.Contains(",.;:)!?»", next.text)
	}
	return linked && next.kind == tWord && next.spaceBefore && (g.t.IsStopword(next.low) || g.joiners[next.low])
}

// spacedDate tells a date written as three numbers apart by single spaces ("18 08 1978") from a
// run of figures, as in a table: nothing but one space between them, and no number beside them.
func (g *grammar) spacedDate(toks []token, i int, parts []datePart, lim int) bool {
	for k := 1; k < len(parts); k++ {
		if toks[parts[k].tok].start-toks[parts[k-1].tok].end != 1 {
			return false
		}
	}
	// a list goes on: "5, 10 12 15", "10 12 15 and 20", "3 to 10 12 15"
	listWord := func(t token) bool { return t.kind == tPunct && t.text == "," || g.joiners[t.low] || g.rangeTo[t.low] }
	if i > 0 && toks[i-1].kind == tNumber || i > 1 && toks[i-2].kind == tNumber && listWord(toks[i-1]) {
		return false
	}
	end := parts[len(parts)-1].to
	if end >= lim {
		return true
	}
	next := toks[end]
	if end+1 < lim && toks[end+1].kind == tNumber && listWord(next) {
		return false
	}
	return next.kind == tPunct && strings.Contains(",.;:)!?»", next.text) || next.spaceBefore && next.kind == tWord
}

// gluedMonthDay reads a month name glued to its day, "Dec31".
func (g *grammar) gluedMonthDay(t token) (m, d, digits int, ok bool) {
	k := len(t.low)
	for k > 0 && t.low[k-1] >= '0' && t.low[k-1] <= '9' {
		k--
	}
	digits = len(t.low) - k
	if digits < 1 || digits > 2 || k < 3 {
		return 0, 0, 0, false
	}
	m, ok = g.months[t.low[:k]]
	if !ok || g.t.IsStopword(t.low[:k]) {
		return 0, 0, 0, false
	}
	d, _ = strconv.Atoi(t.low[k:])
	return m, d, digits, d >= 1 && d <= 31
}

func (g *grammar) isNumberWord(w string) bool {
	_, ok := g.numberWords[w]
	return ok
}

// dateLinks join the parts of a date: "4th of July of 1995", "23 de mayo de 2022", "28 June in 2020".
var dateLinks = map[string]bool{"of": true, "de": true, "del": true, "in": true, "van": true, "di": true}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		days = 28
	}
	return d <= days
}

// monthAt reads a month name. A month name that is also a common word ("may", "mar") must be capitalised
// unless a day number stands before it; one that is also a number ("sept" in French) needs the day.
func (g *grammar) monthAt(toks []token, j, lim int, afterDay bool) (int, int, bool) {
	if j >= lim || toks[j].kind != tWord {
		return 0, 0, false
	}
	low, n := toks[j].low, 1
	if j+1 < lim && toks[j+1].text == "." && !toks[j+1].spaceBefore {
		if _, ok := g.months[low+"."]; ok {
			low, n = low+".", 2
		}
	}
	m, ok := g.months[low]
	if !ok {
		return 0, 0, false
	}
	if !afterDay && (!toks[j].upperInitial() && (g.t.IsStopword(low) || g.isCue(low)) || g.isNumberWord(low)) {
		return 0, 0, false
	}
	return m, n, true
}

func (g *grammar) isCue(w string) bool {
	for _, l := range [][]string{g.t.ConditionalBefore, g.t.ConditionalAfter} {
		for _, c := range l {
			if c == w {
				return true
			}
		}
	}
	return false
}

// KnownUnit reports whether a count unit is one of the language-neutral units of the tables
// (as opposed to an unknown noun taken as it is written).
func KnownUnit(unit string) bool {
	knownOnce.Do(func() {
		known = map[string]bool{}
		for _, code := range lang.Codes() {
			t, _ := lang.Get(code)
			for _, u := range t.CountUnits {
				known[u] = true
			}
		}
	})
	return known[unit]
}

var (
	knownOnce sync.Once
	known     map[string]bool
)

// fnv64 hashes a sentence, to tell repeated paragraphs without keeping their text as keys.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// negative returns how many tokens before toks[i] make the number negative: a minus sign glued to
// it that does not join two words or numbers ("-5", "(−3.2%)"), or a minus word ("minus", "moins").
func (g *grammar) negative(toks []token, i int, s span) int {
	if i <= s.from {
		return 0
	}
	p := toks[i-1]
	if (p.text == "-" || p.text == "−") && !toks[i].spaceBefore {
		if i-1 == s.from || p.spaceBefore || toks[i-2].kind == tPunct && toks[i-2].text != "-" {
			return 1
		}
		return 0
	}
	// "min 5" is minus five, "90 min 5" is minutes
	if p.kind == tWord && (p.low == "minus" || g.minus[p.low]) && (i-1 == s.from || toks[i-2].kind != tNumber) {
		// "au moins 5", "al menos 5", "plus ou moins 5" are bounds ending in the minus word
		if _, _, bound := g.boundsBefore.before(toks, i, max(s.from, i-4)); bound {
			return 0
		}
		return 1
	}
	return 0
}
