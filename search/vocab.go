package search

import (
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/lang"
)

// vocab is every language's words for concepts, units and places, turned around: a word in any
// language leads to the language-neutral names the claims carry ("denda" → concept fine,
// "afbeeldingen" → unit image, "prancis" → place FR).
type vocab struct {
	concepts map[string][]string // folded word → concepts
	units    map[string][]string // folded word → units (counted nouns, currencies, time units)
	places   map[string][]string // folded word → country codes

	conceptNames map[string]bool // every concept a table names
	unitNames    map[string]bool // every unit a table names ("image", "EUR", "month")
}

var (
	vocabOnce sync.Once
	vocabData *vocab
)

// words returns the vocabulary of the registered language tables, built once.
func words() *vocab {
	vocabOnce.Do(func() {
		v := &vocab{
			concepts: map[string][]string{}, units: map[string][]string{}, places: map[string][]string{},
			conceptNames: map[string]bool{}, unitNames: map[string]bool{},
		}
		for _, code := range lang.Codes() {
			t, ok := lang.Get(code)
			if !ok {
				continue
			}
			for w, c := range t.Concepts {
				v.concepts[w] = addOnce(v.concepts[w], c)
				v.conceptNames[c] = true
			}
			for _, m := range []map[string]string{t.CountUnits, t.Currencies, t.TimeUnits} {
				for w, u := range m {
					v.units[w] = addOnce(v.units[w], u)
					v.unitNames[u] = true
				}
			}
			for w, p := range t.Places {
				v.places[w] = addOnce(v.places[w], p)
			}
		}
		for _, m := range []map[string][]string{v.concepts, v.units, v.places} {
			for _, l := range m {
				sort.Strings(l)
			}
		}
		vocabData = v
	})
	return vocabData
}

func addOnce(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

// key is how a word is looked up: folded (lower case, typographic apostrophes made plain) and
// with its spaces collapsed.
func key(s string) string { return strings.Join(strings.Fields(lang.Fold(s)), " ") }

// conceptsOf returns the concepts a word names in any language: "boete" → fine; a concept's own
// name counts ("deadline").
func (v *vocab) conceptsOf(s string) []string {
	k := key(s)
	out := append([]string(nil), v.concepts[k]...)
	if v.conceptNames[k] {
		out = addOnce(out, k)
	}
	return out
}

// unitsOf returns the units a word names in any language: "images", "gambar" → image; "livres
// sterling", "GBP" → GBP.
func (v *vocab) unitsOf(s string) []string {
	k := key(s)
	out := append([]string(nil), v.units[k]...)
	for _, u := range []string{k, strings.ToUpper(k)} {
		if v.unitNames[u] {
			out = addOnce(out, u)
		}
	}
	return out
}

// entitiesOf returns the entity names a word may stand for: a country in any language
// ("Frankrijk" → place:FR) and a name ("CNIL" → org:cnil).
func (v *vocab) entitiesOf(s string) []string {
	k := key(s)
	var out []string
	for _, p := range v.places[k] {
		out = addOnce(out, "place:"+p)
	}
	if k != "" && !strings.Contains(k, " ") {
		out = addOnce(out, "org:"+k)
	}
	return out
}
