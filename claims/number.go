package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseDigits reads a number written in digits with the conventions of a language whose decimal
// mark is decimalMark: "1,234.5" and "1.234,5" and "1 234,5" and "1'234". A lone separator
// is decimal when it is the language's mark, or when it is not followed by exactly three digits.
// It returns the value and its step, the place value of the last digit written (1 for "20",
// 0.1 for "7.5", 100 for "2 200" is still 1: trailing zeros are the caller's concern).
func ParseDigits(s string, decimalMark byte) (value, step float64, ok bool) {
	type sep struct {
		ch  byte // '.', ',' or ' ' (any grouping space or apostrophe)
		pos int  // index in groups: the separator after groups[pos]
	}
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
	if len(groups) == 2 && groups[0] == "" && seps[0].ch == '.' && groups[1] != "" && len(groups[1]) <= 12 {
		// ".08": a decimal written without its zero
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
		after := groups[len(groups)-1]
		if last.ch == decimalMark || len(after) != 3 {
			decimalAt = 0
		}
	}
	intEnd := len(groups)
	if decimalAt >= 0 {
		intEnd = seps[decimalAt].pos + 1
	}
	// grouped integer part: first group 1-3 digits, the rest exactly 3
	for k := 0; k < intEnd; k++ {
		if (k == 0 && len(groups[k]) > 3 && intEnd > 1) || (k > 0 && len(groups[k]) != 3) {
			return 0, 0, false
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
	var total, group, last float64
	read, parts := 0, 0
	afterJoiner := false  // the word before was "and", "et", "en"
	bareThousand := false // "ribu orang": a thousand alone is a vague plural ("thousands"), "mil quinientos" is not
	weakOnly := true
	for j := i; j < lim && j-i < maxSpelled; {
		tk := toks[j]
		if tk.kind != tWord || (j > i && tk.lineBefore) {
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
		if !ok {
			// a scale word between spelled parts: "tres millones trescientos…", "two million five hundred thousand"
			if sc, isScale := g.scales[tk.low]; isScale && sc >= 1e6 && parts > 0 && j+1 < lim {
				if _, _, next := g.wordValue(toks, j+1, lim); next && !g.weak[toks[j+1].low] {
					total += math.Max(group, 1) * sc
					group, last = 0, 0
					j++
					read = j - i
					continue
				}
			}
			break
		}
		afterJoiner = joined
		for _, v := range vals {
			if m, isMult := g.multipliers[v.word]; isMult && v.mult {
				if parts == 0 && m >= 1000 {
					bareThousand = true
				}
				if m >= 1000 {
					total += math.Max(group, 1) * m
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
			} else if v.value > 0 && v.value < 1 && parts > 0 && afterJoiner {
				// "deux et demi": a fraction after "and" adds
				group += v.value
				last = 0
			} else if v.value > 0 && v.value < 1 && parts > 0 {
				// "two thirds", "a half", "one and a half": a fraction multiplies the part before it
				l := math.Max(last, 1)
				group = group - l + l*v.value
				last = 0
			} else {
				if v.value > 0 && v.value < 1 && v.value != 0.5 && parts == 0 && !fractionStandalone[v.word] {
					return 0, 0, false // "fourth" alone is an ordinal ("the fourth time")
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
		// "a", "un", "een": a number only before a scale word ("un million") or a currency ("a
		// dollar"); "a week later" states no duration
		if k := i + read; k < lim {
			if _, ok := g.scales[toks[k].low]; ok {
				return total + group, read, true
			}
			if _, _, ok := g.currencies.at(toks, k, lim); ok {
				return total + group, read, true
			}
		}
		return 0, 0, false
	}
	return total + group, read, true
}

// fractionStandalone are fraction words that carry their own "one" ("setengah", "sepertiga").
var fractionStandalone = map[string]bool{"setengah": true, "sepertiga": true, "seperempat": true, "separuh": true}

// maxSpelled is the most words a spelled number is read over ("two hundred and fifty-three
// thousand four hundred and twelve" is 10); it keeps runs of number words linear.
const maxSpelled = 16

// maxGlued is the longest glued number word tried ("siebenhundertsiebenundsiebzigtausend" is 37 bytes).
const maxGlued = 64

type wordPart struct {
	word  string
	value float64
	mult  bool
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
	for len(w) > 0 {
		w = strings.TrimPrefix(w, "-")
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
			continue
		}
		if _, ok := g.multipliers[best]; ok {
			out = append(out, wordPart{word: best, mult: true})
		} else {
			out = append(out, wordPart{word: best, value: g.numberWords[best]})
		}
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
