package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// sep is a separator between groups of digits.
type sep struct {
	ch  byte // '.', ',' or ' ' (any grouping space or apostrophe)
	pos int  // index in groups: the separator after groups[pos]
}

// ParseDigits reads a number written in digits with the conventions of a language whose decimal
// mark is decimalMark: "1,234.5" and "1.234,5" and "1 234,5" and "1'234". A lone separator
// is decimal when it is the language's mark, or when it is not followed by exactly three digits.
// It returns the value and its step, the place value of the last digit written (1 for "20",
// 0.1 for "7.5", 100 for "2 200" is still 1: trailing zeros are the caller's concern).
func ParseDigits(s string, decimalMark byte) (value, step float64, ok bool) {
	var groups []string
	var seps []sep
	cur := strings.Builder{}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			cur.WriteByte(byte(r))
		case r == '.' || r == ',':
			groups = append(groups, cur.String())
			cur.Reset()
			seps = append(seps, sep{byte(r), len(groups) - 1})
		case isSpaceSep(r) || r == '\'' || r == '’':
			groups = append(groups, cur.String())
			cur.Reset()
			seps = append(seps, sep{' ', len(groups) - 1})
		default:
			return 0, 0, false
		}
		i += n
	}
	groups = append(groups, cur.String())
	if len(groups) == 2 && groups[0] == "" && (seps[0].ch == '.' || seps[0].ch == decimalMark) && groups[1] != "" && len(groups[1]) <= 12 {
		// ".08", ",08" where the comma is decimal: a decimal written without its zero
		v, err := strconv.ParseFloat("0."+groups[1], 64)
		return v, math.Pow(10, -float64(len(groups[1]))), err == nil
	}
	for _, g := range groups {
		if g == "" {
			return 0, 0, false
		}
	}
	if len(seps) == 0 {
		v, err := strconv.ParseFloat(groups[0], 64)
		return v, 1, err == nil
	}
	// decide which separator, if any, is the decimal mark
	decimalAt := -1
	kinds := map[byte]int{}
	for _, sp := range seps {
		kinds[sp.ch]++
	}
	last := seps[len(seps)-1]
	switch {
	case len(kinds) >= 2:
		// the last separator of another kind than the others is decimal, if it occurs once
		if kinds[last.ch] == 1 && last.ch != ' ' {
			decimalAt = len(seps) - 1
		}
	case kinds[last.ch] == 1 && last.ch != ' ':
		// "0.683" and "1111.121" cannot be thousands groups, whatever the language's mark
		after := groups[len(groups)-1]
		if last.ch == decimalMark || len(after) != 3 || groups[0] == "0" || len(groups[0]) > 3 {
			decimalAt = 0
		}
	}
	intEnd := len(groups)
	if decimalAt >= 0 {
		intEnd = seps[decimalAt].pos + 1
	}
	// grouped integer part: first group 1-3 digits, the rest exactly 3, or the Indian
	// grouping by lakhs and crores ("12,34,567")
	if !indianGrouping(groups[:intEnd], seps) {
		for k := 0; k < intEnd; k++ {
			if (k == 0 && len(groups[k]) > 3 && intEnd > 1) || (k > 0 && len(groups[k]) != 3) {
				return 0, 0, false
			}
		}
	}
	intPart := strings.Join(groups[:intEnd], "")
	frac := strings.Join(groups[intEnd:], "")
	if len(intPart) > 21 || len(frac) > 12 {
		return 0, 0, false // no news figure is written with so many digits
	}
	if decimalAt >= 0 && intEnd != len(groups)-1 {
		return 0, 0, false
	}
	num := intPart
	step = 1
	if frac != "" {
		num += "." + frac
		step = math.Pow(10, -float64(len(frac)))
	}
	v, err := strconv.ParseFloat(num, 64)
	return v, step, err == nil
}

// indianGrouping reports integer groups written by lakhs and crores: commas, a first group of one
// or two digits, then groups of two, and a last group of three ("1,00,000", "12,34,567").
func indianGrouping(groups []string, seps []sep) bool {
	if len(groups) < 3 {
		return false
	}
	for k, g := range groups {
		want := 2
		if k == len(groups)-1 {
			want = 3
		}
		if k < len(groups)-1 && seps[k].ch != ',' || len(g) != want && !(k == 0 && len(g) == 1) {
			return false
		}
	}
	return true
}

// trailingZeroStep returns the place value of the last non-zero digit of an integer: 1 for 28, 100 for 2200.
func trailingZeroStep(v float64) float64 {
	if v == 0 || v != math.Trunc(v) || v > 1e15 {
		return 1
	}
	step := 1.0
	n := int64(v)
	for n != 0 && n%10 == 0 {
		n /= 10
		step *= 10
	}
	return step
}

// numberWords reads a spelled number starting at toks[i]: "dua puluh tiga", "twenty-three",
// "vingt et un", "zweiundzwanzig". Weak numbers ("a", "un", "een") count only before a
// multiplier or scale. It returns the value and the number of tokens read.
func (g *grammar) spelledNumber(toks []token, i, lim int) (float64, int, bool) {
	// total holds the parts under a scale of a lakh or more, sub the thousands since the last
	// such scale, group the hundreds, tens and units since the last thousand
	var total, sub, group, last, lastScale float64
	read, parts := 0, 0
	afterJoiner := false  // the word before was "and", "et", "en"
	bareThousand := false // "ribu orang": a thousand alone is a vague plural ("thousands"), "mil quinientos" is not
	weakOnly := true
	for j := i; j < lim && j-i < maxSpelled; {
		tk := toks[j]
		// "fifty - two", "one - fourth": a compound written with a spaced hyphen
		if tk.text == "-" && parts > 0 && !afterJoiner && j+1 < lim && g.hyphenCompound(toks, j+1, lim, last) {
			j++
			continue
		}
		if tk.kind != tWord || (j > i && tk.lineBefore) {
			break
		}
		// "half a dozen", "two thirds of a million": the caller reads the scale a fraction is of
		if parts > 0 && total+sub == 0 && group > 0 && group < 1 && g.weak[tk.low] {
			break
		}
		// "ciento tres con dos tercios": a fraction added with its own joiner ends the number
		if j > i && g.fractionJoiners[tk.low] && j+1 < lim && parts > 0 {
			if f, n, ok := g.spelledNumber(toks, j+1, lim); ok && f > 0 && f < 1 {
				group += f
				weakOnly = false
				read = j + 1 + n - i
			}
			break
		}
		if j > i && g.joiners[tk.low] && j+1 < lim && parts > 0 {
			if _, _, ok := g.wordValue(toks, j+1, lim); ok {
				j++
				afterJoiner = true
				continue
			}
			break
		}
		joined := afterJoiner
		afterJoiner = false
		vals, n, ok := g.wordValue(toks, j, lim)
		// "un veinticinco por ciento", "a twenty-dollar bill": an article before a whole number
		if ok && j == i && g.weak[vals[0].word] && j+1 < lim && !g.weak[toks[j+1].low] {
			if next, _, isNum := g.wordValue(toks, j+1, lim); isNum && wholeNumber(next) {
				return 0, 0, false
			}
		}
		if !ok {
			// a scale word between spelled parts: "tres millones trescientos…", "two million five hundred thousand"
			if sc, isScale := g.scales[tk.low]; isScale && sc >= 1e5 && parts > 0 {
				next := false
				if j+1 < lim {
					_, _, next = g.wordValue(toks, j+1, lim)
					next = next && !g.weak[toks[j+1].low]
				}
				// the long scale: "cuatrocientos cincuenta y cinco mil doscientos veintiocho
				// millones" after "tres billones" multiplies only what came since the billones,
				// even when the number ends there
				smaller := lastScale > sc
				if next || smaller {
					if smaller || lastScale == 0 {
						total += orOne(sub+group) * sc
					} else {
						total = (total + sub + group) * sc
					}
					sub, group, last, lastScale = 0, 0, 0, sc
					j++
					read = j - i
					if next {
						continue
					}
				}
			}
			break
		}
		afterJoiner = joined
		// "another six million": the article belongs to the number after it
		if weakOnly && j == i+1 && !joined && !vals[0].mult && vals[0].value >= 1 && !g.weak[tk.low] {
			return 0, 0, false
		}
		for _, v := range vals {
			if v.joined {
				afterJoiner = true
			}
			if v.mult {
				m := g.multipliers[v.word]
				if m == 0 {
					m = v.value // a scale ending a hyphenated compound: "demi-million", "half-million"
				}
				if parts == 0 && m >= 1000 {
					bareThousand = true
				}
				if m >= 1000 {
					sub += orOne(group) * m
					group, last = 0, 0
				} else {
					if last == 0 && group == 0 {
						group, last = 1, 1 // "hundred", "cento": one hundred
					}
					if group < m {
						group *= m // "tweeëntwintighonderd", "twenty two hundred", "two dozen"
					} else {
						group = group - last + math.Max(last, 1)*m // "dua ratus dua puluh": only the last part
					}
					last = 0
				}
			} else if v.value > 0 && v.value < 1 && parts > 0 && (afterJoiner || g.wholeFractions[v.word]) {
				// "deux et demi": a fraction after "and" adds, as does one that carries its own one
				// ("zweieinhalb", "dua setengah")
				group += v.value
				last = 0
			} else if v.value > 0 && v.value < 1 && parts > 0 {
				// "two thirds", "a half", "one and a half": a fraction multiplies the part before it
				l := math.Max(last, 1)
				group = group - l + l*v.value
				last = 0
			} else {
				if v.value > 0 && v.value < 1 && (v.value != 0.5 || g.afterNumber[v.word]) && parts == 0 && !g.wholeFractions[v.word] && !g.scaleNext(toks, j+n, lim) {
					return 0, 0, false // "fourth" alone is an ordinal ("the fourth time"), "quarter million" is not, "de halve finale" a semi-final
				}
				group += v.value
				last = v.value
			}
			if !g.weak[v.word] {
				weakOnly = false
			}
			if v.mult {
				weakOnly = false
			}
			parts++
			afterJoiner = false
		}
		j += n
		read = j - i
	}
	if read == 0 || bareThousand && parts == 1 {
		return 0, 0, false
	}
	if weakOnly {
		// "a", "un", "een": a number only before a scale word ("un million"), a currency ("a
		// dollar") or a time unit ("an hour"); "a company" states no count
		if k := i + read; k < lim {
			if _, ok := g.scales[toks[k].low]; ok {
				return total + sub + group, read, true
			}
			if _, _, ok := g.currencies.at(toks, k, lim); ok {
				return total + sub + group, read, true
			}
			if g.articleUnit(toks, i, k, lim) {
				return total + group, read, true
			}
		}
		return 0, 0, false
	}
	if parts == 1 && total+sub+group == 1 && g.pronoun(toks, i, i+read, lim) {
		return 0, 0, false
	}
	return total + sub + group, read, true
}

// orOne is the amount a multiplier applies to: "thousand" alone is one thousand, "half-million" half.
func orOne(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// pronoun reports a lone "one" at toks[i:end] used as a pronoun: after a determiner, maybe with an
// adjective between ("which one", "the red one"), unless what is counted follows ("that one
// person", "this one year", "the one million").
func (g *grammar) pronoun(toks []token, i, end, lim int) bool {
	det := i > 0 && g.pronounBefore[toks[i-1].low] ||
		i > 1 && toks[i-1].kind == tWord && startsLower(toks[i-1].text) && (g.pronounBefore[toks[i-2].low] || g.weak[toks[i-2].low])
	if !det || end >= lim {
		return det
	}
	_, sc := g.scales[toks[end].low]
	_, _, cur := g.currencies.at(toks, end, lim)
	_, _, count := g.countUnits.at(toks, end, lim)
	_, _, unit := g.timeUnits.at(toks, end, lim)
	_, _, pct := g.percent.at(toks, end, lim)
	return !(sc || cur || count || unit || pct || toks[end].text == "%")
}

// wholeNumber: number word parts with no multiplier or fraction ("veinticinco", "twenty-five").
func wholeNumber(parts []wordPart) bool {
	for _, p := range parts {
		if p.mult || p.value < 1 {
			return false
		}
	}
	return true
}

// scaleNext reports a scale or multiplier word at toks[j].
func (g *grammar) scaleNext(toks []token, j, lim int) bool {
	if j >= lim {
		return false
	}
	_, sc := g.scales[toks[j].low]
	_, m := g.multipliers[toks[j].low]
	return sc || m
}

// hyphenCompound reports a number word at toks[j] that a spaced hyphen joins to the part before:
// a unit after a ten ("fifty - two"), or a fraction ("one - fourth").
func (g *grammar) hyphenCompound(toks []token, j, lim int, last float64) bool {
	if toks[j].spaceBefore != toks[j-1].spaceBefore {
		return false
	}
	vals, _, ok := g.wordValue(toks, j, lim)
	if !ok || len(vals) != 1 || vals[0].mult {
		return false
	}
	v := vals[0].value
	tens := last >= 20 && last < 100 && math.Mod(last, 10) == 0
	return tens && v >= 1 && v <= 9 && v == math.Trunc(v) || v > 0 && v < 1
}

// maxSpelled is the most words a spelled number is read over ("two hundred and fifty-three
// thousand four hundred and twelve" is 10, a number in the trillions may take 20); it keeps runs of
// number words linear.
const maxSpelled = 24

// maxGlued is the longest glued number word tried ("siebenhundertsiebenundsiebzigtausend" is 37 bytes).
const maxGlued = 64

type wordPart struct {
	word   string
	value  float64
	mult   bool
	joined bool // after a joiner glued in the word: "einundhalb", "tweeënhalf"
}

// wordValue reads one number word or phrase at toks[j]: a table entry (possibly several
// tokens: "dua belas"), a hyphenated compound, or a glued compound split into table entries.
func (g *grammar) wordValue(toks []token, j, lim int) ([]wordPart, int, bool) {
	if w, n, ok := g.numberPhrases.at(toks, j, lim); ok {
		if _, isMult := g.multipliers[w]; isMult {
			return []wordPart{{word: w, mult: true}}, n, true
		}
		return []wordPart{{word: w, value: g.numberWords[w]}}, n, true
	}
	low := toks[j].low
	if g.weak[low] {
		return []wordPart{{word: low, value: 1}}, 1, true
	}
	if len(low) < 5 || len(low) > maxGlued {
		return nil, 0, false
	}
	if parts, ok := g.segment(low); ok {
		return parts, 1, true
	}
	return nil, 0, false
}

// segment splits a glued or hyphenated number word into table entries, longest first:
// "zweiundzwanzig" = zwei+und+zwanzig, "quatre-vingt-dix-sept" = quatre-vingt-dix+sept.
func (g *grammar) segment(w string) ([]wordPart, bool) {
	if len(w) < 2 || !g.numberStarts[w[:2]] {
		return nil, false // no number word starts so: most words end here
	}
	var out []wordPart
	joined := false
	for len(w) > 0 {
		hyphen := strings.HasPrefix(w, "-")
		w = strings.TrimPrefix(w, "-")
		if sc, ok := g.scales[w]; ok && sc >= 1e6 && hyphen && len(out) > 0 {
			out = append(out, wordPart{word: w, value: sc, mult: true})
			break
		}
		best := ""
		for k := len(w); k > 0; k-- {
			p := w[:k]
			if _, ok := g.numberWords[p]; ok {
				best = p
				break
			}
			if _, ok := g.multipliers[p]; ok {
				best = p
				break
			}
			if g.joiners[p] && len(out) > 0 {
				best = p
				break
			}
		}
		if best == "" {
			return nil, false
		}
		w = w[len(best):]
		if w == "" && g.joiners[best] && !isNumberKey(g, best) {
			return nil, false // "tienduizenden": a vague plural, not a figure
		}
		if g.joiners[best] && !isNumberKey(g, best) {
			joined = true
			continue
		}
		if _, ok := g.multipliers[best]; ok {
			out = append(out, wordPart{word: best, mult: true, joined: joined})
		} else if g.numberWords[best] == 0 && len(out) > 0 {
			return nil, false // "two-nil" is a score: no compound ends in zero
		} else {
			out = append(out, wordPart{word: best, value: g.numberWords[best], joined: joined})
		}
		joined = false
	}
	return out, len(out) >= 2
}

func isNumberKey(g *grammar, w string) bool {
	_, a := g.numberWords[w]
	_, b := g.multipliers[w]
	return a || b
}

// digitFraction reads "3/4" at toks[j]: small whole numbers glued to a slash, and nothing glued after.
func digitFraction(toks []token, j, lim int) (num, den float64, n int, ok bool) {
	if j+2 >= lim || toks[j+1].text != "/" || toks[j+1].spaceBefore || toks[j+2].spaceBefore || toks[j+2].kind != tNumber {
		return 0, 0, 0, false
	}
	if j+3 < lim && !toks[j+3].spaceBefore && (toks[j+3].text == "/" || toks[j+3].kind == tNumber) {
		return 0, 0, 0, false
	}
	a, errA := strconv.Atoi(toks[j].text)
	b, errB := strconv.Atoi(toks[j+2].text)
	if errA != nil || errB != nil || b < 2 || b > 100 || a >= 1000 {
		return 0, 0, 0, false
	}
	return float64(a), float64(b), 3, true
}
