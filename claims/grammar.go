package claims

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/lang"
)

// phrases is a set of table phrases, looked up by phraseKey over a run of tokens.
type phrases struct {
	m     map[string]string
	max   int            // the longest phrase, in tokens
	first map[string]int // folded first token of a phrase -> the longest phrase starting with it, in tokens
	// one-word phrases by stem (inflections stripped), for words the table lists in another form
	stems       map[string]string
	inflections []string
}

// inflected makes one-word phrases also match their other inflected forms: with the French
// endings "s", "e", "es", the table's "tués" finds "tuées" and "amende" finds "amendes".
func (p phrases) inflected(endings []string) phrases {
	p.inflections = append([]string(nil), endings...)
	sort.Slice(p.inflections, func(i, j int) bool { return len(p.inflections[i]) > len(p.inflections[j]) })
	p.stems = map[string]string{}
	keys := make([]string, 0, len(p.m))
	for k := range p.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		// a short word's stem is too often another word's: es "paro" (unemployment) and "para" (for)
		if strings.Contains(k, " ") || utf8.RuneCountInString(k) < minInflected {
			continue
		}
		if _, dup := p.stems[p.stem(k)]; !dup {
			p.stems[p.stem(k)] = p.m[k]
		}
	}
	return p
}

// minInflected is the shortest table word whose inflected forms are matched.
const minInflected = 5

// stem strips up to two inflection endings, keeping at least three letters.
func (p phrases) stem(w string) string {
	for round := 0; round < 2; round++ {
		stripped := false
		for _, e := range p.inflections {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 3 {
				w = w[:len(w)-len(e)]
				stripped = true
				break
			}
		}
		if !stripped {
			break
		}
	}
	return w
}

func newPhrases(t *lang.Table, m map[string]string) phrases {
	p := phrases{m: make(map[string]string, len(m)), first: make(map[string]int, len(m))}
	for k, v := range m {
		toks := tokenize(k, t)
		if len(toks) == 0 {
			continue
		}
		p.m[phraseKey(toks)] = v
		if len(toks) > p.max {
			p.max = len(toks)
		}
		if len(toks) > p.first[toks[0].low] {
			p.first[toks[0].low] = len(toks)
		}
	}
	return p
}

func listPhrases(t *lang.Table, l []string) phrases {
	m := make(map[string]string, len(l))
	for _, s := range l {
		m[s] = s
	}
	return newPhrases(t, m)
}

// at returns the longest phrase starting at toks[i] (within toks[:lim]).
func (p phrases) at(toks []token, i, lim int) (val string, n int, ok bool) {
	if i >= lim {
		return "", 0, false
	}
	// most tokens start no phrase: one lookup of the token says so
	for w := min(p.first[toks[i].low], lim-i); w >= 1; w-- {
		if v, found := p.m[phraseKey(toks[i:i+w])]; found {
			return v, w, true
		}
	}
	if p.stems != nil && i < lim && toks[i].kind == tWord {
		if v, found := p.stems[p.stem(toks[i].low)]; found {
			return v, 1, true
		}
	}
	return "", 0, false
}

// before returns the longest phrase ending just before toks[i] (not reaching before toks[from]).
func (p phrases) before(toks []token, i, from int) (val string, n int, ok bool) {
	for w := min(p.max, i-from); w >= 1; w-- {
		if v, found := p.m[phraseKey(toks[i-w:i])]; found {
			return v, w, true
		}
	}
	return "", 0, false
}

// find returns the first phrase occurring in toks[from:to], with its position.
func (p phrases) find(toks []token, from, to int) (val string, pos, n int, ok bool) {
	for i := from; i < to; i++ {
		if v, w, found := p.at(toks, i, to); found {
			return v, i, w, true
		}
	}
	return "", 0, 0, false
}

// grammar is a language table compiled for matching.
type grammar struct {
	t                                 *lang.Table
	numberWords, multipliers, scales  map[string]float64
	numberPhrases                     phrases
	weak, joiners, links, minus       map[string]bool
	afterNumber, pronounBefore        map[string]bool
	wholeFractions                    map[string]bool
	fractionJoiners                   map[string]bool
	ratio                             phrases
	homonyms, centsJoiners            map[string]bool
	currencies, countUnits, timeUnits phrases
	per, percent, ageBefore, ageAfter phrases
	percentPoints, measuresBefore     phrases
	apposition                        phrases
	ago, agoBefore, identifiers       phrases
	timeOfDay                         phrases
	boundsBefore, boundsAfter         phrases
	reported, attribution             phrases
	condBefore, condAfter             phrases
	concepts, places                  phrases
	rangeTo                           map[string]bool
	rangeBetween                      map[string]string
	rangeWords                        map[string]bool // words that end a range: rangeTo and the closers of rangeBetween
	changeVerbs, periodKinds, idioms  phrases
	changeModals                      map[string]bool
	months, weekdays                  map[string]int
	shortScales                       map[string]float64
	numberStarts                      map[string]bool // first two bytes of every number word
	abbreviations                     map[string]bool
	unitSizes                         map[string]float64 // phrase key of a time unit -> how many of its unit it is
	ordinalUnits, unitExtras          map[string]bool
	frequencies                       map[string]bool
	unitEnds                          map[string]bool // last two bytes of every one-word time unit, for gluedDuration
}

var (
	grammarsMu sync.Mutex
	grammars   = map[string]*grammar{}
)

// grammarFor compiles (once) the table of a language; unknown languages fall back to English.
func grammarFor(code string) *grammar {
	grammarsMu.Lock()
	defer grammarsMu.Unlock()
	if g, ok := grammars[code]; ok {
		return g
	}
	t, ok := lang.Get(code)
	if !ok {
		t, _ = lang.Get("en")
	}
	g := compileGrammar(t)
	grammars[code] = g
	return g
}

func set(l []string) map[string]bool {
	m := make(map[string]bool, len(l))
	for _, s := range l {
		m[s] = true
	}
	return m
}

func compileGrammar(t *lang.Table) *grammar {
	g := &grammar{t: t,
		numberWords: t.NumberWords, multipliers: t.Multipliers, scales: t.Scales, shortScales: t.ShortScales,
		weak: set(t.WeakNumbers), afterNumber: set(t.AfterNumber), wholeFractions: set(t.WholeFractions), joiners: set(t.NumberJoiners), links: set(t.Links), minus: set(t.Minus),
		pronounBefore: set(t.PronounBefore), fractionJoiners: set(t.FractionJoiners),
		rangeTo: set(t.RangeTo), months: t.Months, weekdays: t.Weekdays, abbreviations: set(t.Abbreviations),
		homonyms: set(t.CurrencyHomonyms), centsJoiners: set(t.CentsJoiners),
		rangeBetween: map[string]string{},
	}
	nw := map[string]string{}
	for k := range t.NumberWords {
		nw[k] = k
	}
	for k := range t.Multipliers {
		nw[k] = k
	}
	g.numberPhrases = newPhrases(t, nw)
	g.numberStarts = map[string]bool{}
	for k := range nw {
		if len(k) >= 2 {
			g.numberStarts[k[:2]] = true
		}
	}
	g.currencies = newPhrases(t, t.Currencies)
	g.countUnits = newPhrases(t, t.CountUnits).inflected(t.Inflections)
	g.timeUnits = newPhrases(t, t.TimeUnits)
	g.unitSizes = map[string]float64{}
	for k, v := range t.TimeUnitSizes {
		g.unitSizes[phraseKey(tokenize(k, t))] = v
	}
	g.ordinalUnits, g.unitExtras, g.frequencies = set(t.OrdinalUnits), set(t.UnitExtras), set(t.Frequencies)
	g.unitEnds = map[string]bool{}
	for k := range t.TimeUnits {
		if len(k) >= 2 {
			g.unitEnds[k[len(k)-2:]] = true
		}
	}
	g.per = newPhrases(t, t.Per)
	g.percent = listPhrases(t, t.Percent)
	g.percentPoints = listPhrases(t, t.PercentPoints)
	g.measuresBefore = newPhrases(t, t.MeasuresBefore)
	g.apposition = listPhrases(t, t.Apposition)
	g.ratio = listPhrases(t, t.Ratio)
	g.ageBefore = listPhrases(t, t.AgeBefore)
	g.ageAfter = listPhrases(t, t.AgeAfter)
	g.ago = listPhrases(t, t.Ago)
	g.timeOfDay = listPhrases(t, t.TimeOfDay)
	g.agoBefore = listPhrases(t, t.AgoBefore)
	g.identifiers = listPhrases(t, t.Identifiers)
	g.boundsBefore = newPhrases(t, t.BoundsBefore)
	g.boundsAfter = newPhrases(t, t.BoundsAfter)
	g.reported = listPhrases(t, t.Reported)
	g.attribution = listPhrases(t, t.Attribution)
	g.condBefore = listPhrases(t, t.ConditionalBefore)
	g.condAfter = listPhrases(t, t.ConditionalAfter)
	g.concepts = newPhrases(t, t.Concepts).inflected(t.Inflections)
	g.places = newPhrases(t, t.Places)
	g.rangeWords = set(t.RangeTo)
	for _, p := range t.RangeBetween {
		g.rangeBetween[lang.Fold(p[0])] = lang.Fold(p[1])
		g.rangeWords[lang.Fold(p[1])] = true
	}
	g.changeVerbs = listPhrases(t, t.ChangeVerbs)
	g.changeModals = set(t.ChangeModals)
	g.periodKinds = listPhrases(t, t.PeriodKinds)
	g.idioms = listPhrases(t, t.Idioms)
	return g
}

// Reset forgets the compiled language tables, so that extensions added since (lang.Extend) apply.
func Reset() {
	grammarsMu.Lock()
	defer grammarsMu.Unlock()
	grammars = map[string]*grammar{}
}
