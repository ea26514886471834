package lang

import (
	"strings"
	"unicode"
)

// Detect guesses the language of text among the registered tables by counting their
// stop words; it returns "" when no table's words occur.
func Detect(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	counts := map[string]int{}
	sets := stopSets()
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = Fold(w)
		for code, set := range sets {
			if _, ok := set[w]; ok {
				counts[code]++
			}
		}
	}
	best, bestN := "", 0
	for _, code := range Codes() { // sorted: ties go to the first code, deterministically
		if counts[code] > bestN {
			best, bestN = code, counts[code]
		}
	}
	return best
}

func stopSets() map[string]map[string]struct{} {
	mu.RLock()
	defer mu.RUnlock()
	out := make(map[string]map[string]struct{}, len(tables))
	for code, t := range tables {
		if t.stopSet == nil {
			continue
		}
		out[code] = t.stopSet
	}
	return out
}

// IsDateWord reports whether w names a month or a weekday in one of the languages ("avril", "Tuesday").
func IsDateWord(w string) bool {
	w = Fold(w)
	mu.RLock()
	defer mu.RUnlock()
	for _, t := range tables {
		if _, ok := t.Months[w]; ok {
			return true
		}
		if _, ok := t.Weekdays[w]; ok {
			return true
		}
	}
	return false
}
