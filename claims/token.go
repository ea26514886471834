package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/lang"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNumber
	tSymbol // currency symbols and %
	tPunct
)

// token is one word, number, symbol or punctuation mark, with its byte span in the article.
type token struct {
	kind        tokKind
	start, end  int
	text        string // as written
	low         string // folded (lang.Fold)
	spaceBefore bool   // white space between the previous token and this one
	lineBefore  bool   // a line break between the previous token and this one
}

func (t token) upperInitial() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) allUpper() bool {
	n := 0
	for _, r := range t.text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isSpaceSep reports the spaces that may group digits: plain, no-break, narrow no-break and thin.
func isSpaceSep(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// currency symbols that stand alone as a token.
const symbolRunes = "€£$¥₹₩₽₺₪₫฿₱₦₡₾₭₿₴₸¢%‰"

// dollarPrefixes glue to a following "$": "US$", "A$", "HK$".
var dollarPrefixes = map[string]bool{"us": true, "u.s.": true, "a": true, "au": true, "aud": true, "c": true, "ca": true, "cad": true,
	"nz": true, "nzd": true, "hk": true, "hkd": true, "s": true, "sg": true, "sgd": true, "r": true, "nt": true, "mx": true, "mxn": true, "mex": true}

// spacedDollar are the prefixes also read with a space before "$" ("c $ 16.4 million" in wire copy);
// "a $5 fee" is not an Australian dollar.
var spacedDollar = map[string]bool{"c": true, "hk": true, "us": true, "nz": true}

// tokenize splits text into tokens. Elisions of the language ("d’", "l’") become tokens of their own.
func tokenize(text string, t *lang.Table) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	space, line := false, true
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r':
			line, space = true, true
			i += n
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = true
			i += n
		case (r == '.' || r == ',' && t != nil && t.DecimalMark == ',') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' && (i == 0 || space || line):
			// ".08", ",08": a decimal written without its zero
			end := scanNumber(text, i+1)
			toks = append(toks, token{kind: tNumber, start: i, end: end, text: text[i:end], low: text[i:end], spaceBefore: space, lineBefore: line})
			i = end
			space, line = false, false
		case strings.ContainsRune(vulgarFractions, r):
			toks = append(toks, token{kind: tNumber, start: i, end: i + n, text: text[i : i+n], low: text[i : i+n], spaceBefore: space, lineBefore: line})
			i += n
			space, line = false, false
		case r >= '0' && r <= '9':
			end := scanNumber(text, i)
			toks = append(toks, token{kind: tNumber, start: i, end: end, text: text[i:end], low: text[i:end], spaceBefore: space, lineBefore: line})
			i = end
			space, line = false, false
		case unicode.IsLetter(r) && isURLStart(text[i:]):
			// a web address holds no quantity: skip it to the next space
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(r) {
					break
				}
				i += n
			}
			space, line = false, false
		case unicode.IsLetter(r):
			end := scanWord(text, i)
			w := text[i:end]
			// "U$S", "U$D": a sign spelled around "$"
			if end+1 < len(text) && text[end] == '$' && unicode.IsLetter(rune(text[end+1])) {
				k := scanWord(text, end+1)
				if _, ok := lang.Symbols[lang.Fold(text[i:k])]; ok {
					toks = append(toks, token{kind: tSymbol, start: i, end: k, text: text[i:k], low: lang.Fold(text[i:k]), spaceBefore: space, lineBefore: line})
					i = k
					space, line = false, false
					continue
				}
			}
			// "US$", "C$", "mxn$", "hk $": a dollar prefix glued (or next) to "$"
			if dollarPrefixes[lang.Fold(w)] {
				k := end
				if k+1 < len(text) && text[k] == ' ' && text[k+1] == '$' && spacedDollar[lang.Fold(w)] {
					k++
				}
				if k < len(text) && text[k] == '$' {
					toks = append(toks, token{kind: tSymbol, start: i, end: k + 1, text: text[i : k+1], low: lang.Fold(w) + "$", spaceBefore: space, lineBefore: line})
					i = k + 1
					space, line = false, false
					continue
				}
			}
			low := lang.Fold(w)
			split := 0
			if t != nil {
				for _, e := range t.Elisions {
					if len(low) > len(e) && strings.HasPrefix(low, e) {
						split = elisionBytes(w, len([]rune(e)))
						break
					}
				}
			}
			if split > 0 {
				toks = append(toks, token{kind: tWord, start: i, end: i + split, text: w[:split], low: lang.Fold(w[:split]), spaceBefore: space, lineBefore: line})
				toks = append(toks, token{kind: tWord, start: i + split, end: end, text: w[split:], low: lang.Fold(w[split:])})
			} else {
				toks = append(toks, token{kind: tWord, start: i, end: end, text: w, low: low, spaceBefore: space, lineBefore: line})
			}
			i = end
			space, line = false, false
		default:
			kind := tPunct
			if strings.ContainsRune(symbolRunes, r) {
				kind = tSymbol
			}
			toks = append(toks, token{kind: kind, start: i, end: i + n, text: text[i : i+n], low: lang.Fold(text[i : i+n]), spaceBefore: space, lineBefore: line})
			i += n
			space, line = false, false
		}
	}
	return toks
}

// elisionBytes returns the byte length of the first n runes of w.
func elisionBytes(w string, n int) int {
	b := 0
	for k := 0; k < n && b < len(w); k++ {
		_, size := utf8.DecodeRuneInString(w[b:])
		b += size
	}
	return b
}

// scanWord reads letters, with inner hyphens and apostrophes ("quatre-vingt", "euro's", "d’euros")
// and inner dots between single letters ("U.S.").
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r >= '0' && r <= '9' && j > i && currencyWord(text[i:j]) {
			return j // "USD3.14", "Rp20": a currency glued to its amount
		}
		if unicode.IsLetter(r) || unicode.IsMark(r) || (r >= '0' && r <= '9' && j > i) {
			j += n
			continue
		}
		if r == '-' || isApostrophe(r) || r == '.' {
			next, m := utf8.DecodeRuneInString(text[j+n:])
			if j+n < len(text) && unicode.IsLetter(next) {
				if r == '.' {
					// only "U.S" style: one letter before and after the dot
					prev, _ := utf8.DecodeLastRuneInString(text[i:j])
					before := text[i : j-len(string(prev))]
					if len(before) > 0 && before[len(before)-1] != '.' {
						return j
					}
					after, _ := utf8.DecodeRuneInString(text[j+n+m:])
					if j+n+m < len(text) && unicode.IsLetter(after) {
						return j
					}
					j += n + m
					if j < len(text) && text[j] == '.' {
						j++ // the final dot of "U.S."
					}
					continue
				}
				j += n
				continue
			}
		}
		break
	}
	return j
}

// scanNumber reads digits with their group and decimal separators: "1,234.5", "1.234,5",
// "100 000" (any space that groups digits), "1'234". A space groups only three digits after
// groups of at most three.
func scanNumber(text string, i int) int {
	j := i
	group := 0
	allShort := true // every group so far has at most three digits
	first := true
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
		group++
	}
	for {
		if group > 3 || (first && group > 3) {
			allShort = false
		}
		if j >= len(text) {
			return j
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		k := j + n
		digits := 0
		for k+digits < len(text) && text[k+digits] >= '0' && text[k+digits] <= '9' {
			digits++
		}
		if digits == 0 {
			return j
		}
		switch {
		case r == '.' || r == ',':
			// a separator followed by digits continues the number
		case (isSpaceSep(r) || r == '\'' || r == '’') && digits == 3 && allShort:
			// "100 000": only three digits after, and no longer group before
		default:
			return j
		}
		j = k + digits
		group = digits
		first = false
	}
}

// phraseKey builds the string a phrase of tokens is looked up by: folded words,
// joined by a space where the text has one.
func phraseKey(toks []token) string {
	if len(toks) == 1 {
		return toks[0].low
	}
	var b strings.Builder
	for k, tk := range toks {
		if k > 0 && tk.spaceBefore {
			b.WriteByte(' ')
		}
		b.WriteString(tk.low)
	}
	return b.String()
}

// currencyWord: an ISO 4217 code or a currency sign written in letters ("Rp", "RM").
func currencyWord(w string) bool {
	if lang.ISOCodes[w] {
		return true
	}
	_, ok := lang.Symbols[lang.Fold(w)]
	return ok && len(w) <= 3
}

func isURLStart(s string) bool {
	if len(s) < 4 {
		return false
	}
	switch s[0] {
	case 'h', 'H', 'w', 'W', 'f', 'F':
	default:
		return false
	}
	for _, p := range []string{"http://", "https://", "www.", "ftp://"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// vulgarFractions are the one-character fractions: "½", "¾".
const vulgarFractions = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

var vulgarValue = map[string]float64{"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
