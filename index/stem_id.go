package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// IndonesianStemmer is the name of the Indonesian stemming token filter, registered with bleve
// in init() so that an index whose mapping names it can be opened.
const IndonesianStemmer = "crosscheck_stem_id"

func init() {
	err := registry.RegisterTokenFilter(IndonesianStemmer,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return stemIDFilter{}, nil
		})
	if err != nil {
		panic(err)
	}
}

// stemIDFilter replaces each token by its Indonesian stem. Where a nasal prefix hides the
// root's first letter ("mengumpulkan": umpul or kumpul?) both readings are emitted at the
// token's position, so that a search for either root finds the word.
type stemIDFilter struct{}

func (stemIDFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in))
	for _, t := range in {
		if t.KeyWord {
			out = append(out, t)
			continue
		}
		stems := StemIndonesian(string(t.Term))
		t.Term = []byte(stems[0])
		out = append(out, t)
		for _, s := range stems[1:] {
			alt := *t
			alt.Term = []byte(s)
			out = append(out, &alt)
		}
	}
	return out
}

// minStem is the shortest stem the stemmer leaves: no rule strips a word below it.
const minStem = 3

// StemIndonesian returns the stems of a lower-case Indonesian word, the likelier first: one
// stem, or two where a nasal prefix is ambiguous. It follows Tala's rule-based stemmer (as in
// Lucene's IndonesianStemmer): particles (-lah, -kah, -pun), then possessives (-ku, -mu, -nya),
// then derivational prefixes and suffixes, each only while the word keeps more than two
// syllables and never below three letters. Words with anything but the letters a–z are left as
// they are.
//
// The archaic particle -tah is not stripped: it would turn "pemerintah" (government), one of the
// commonest words of the news, into "pemerin".
func StemIndonesian(w string) []string {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return []string{w}
		}
	}
	if syllables(w) > 2 {
		w = stripSuffix(w, "lah", "kah", "pun")
	}
	if syllables(w) > 2 {
		w = stripSuffix(w, "nya", "ku", "mu")
	}
	return derive(w)
}

// prefix flags: which prefix was removed, for the suffix rules.
type prefixFlag int

const (
	noPrefix prefixFlag = iota
	prefixDi
	prefixMeng // me-, mem-, men-, meng-, meny-
	prefixPeng // pem-, pen-, peng-, peny-
	prefixTer
	prefixKe
	prefixSe
	prefixBer
	prefixPe // per-, pe-
)

// nasal is a first-order prefix ending in a nasal that replaces the root's first letter before a
// vowel ("menulis" is meN- + tulis). restore is the letter to put back, and the other reading
// keeps the nasal itself as the root's first letter ("menanti" is me- + nanti).
type nasal struct {
	prefix, restore, keep string
	flag                  prefixFlag
}

// nasals are tried in order; the first that fits is taken.
var nasals = []nasal{
	{"meng", "k", "", prefixMeng}, // mengirim: kirim; mengambil: ambil
	{"meny", "s", "ny", prefixMeng},
	{"men", "t", "n", prefixMeng},
	{"mem", "p", "m", prefixMeng},
	{"peng", "k", "", prefixPeng},
	{"peny", "s", "ny", prefixPeng},
	{"pen", "t", "n", prefixPeng},
	{"pem", "p", "m", prefixPeng},
}

// plain first-order prefixes, removed as they are.
var firstOrder = []struct {
	prefix string
	flag   prefixFlag
}{
	{"di", prefixDi}, {"ter", prefixTer}, {"ke", prefixKe}, {"se", prefixSe},
}

// derive removes the derivational affixes: a first-order prefix (meN-, peN-, di-, ter-, ke-,
// se-) and then a suffix (and, if a suffix went, a second-order prefix); or, when no first-order
// prefix fits, a second-order prefix (ber-, per-, pe-) and then a suffix.
func derive(w string) []string {
	if syllables(w) <= 2 {
		return []string{w}
	}
	if rests, flag, ok := removeFirstOrder(w); ok {
		out := make([]string, 0, len(rests))
		for _, r := range rests {
			if syllables(r) > 2 {
				if s := removeSuffix(r, flag); s != r {
					r = s
					if syllables(r) > 2 {
						r, _ = removeSecondOrder(r)
					}
				}
			}
			if !contains(out, r) {
				out = append(out, r)
			}
		}
		return out
	}
	r, flag := removeSecondOrder(w)
	if syllables(r) > 2 {
		r = removeSuffix(r, flag)
	}
	return []string{r}
}

// removeFirstOrder removes a first-order prefix: the readings left (two for an ambiguous nasal),
// and which prefix it was.
func removeFirstOrder(w string) ([]string, prefixFlag, bool) {
	for _, n := range nasals {
		rest, ok := cutPrefix(w, n.prefix)
		if !ok {
			continue
		}
		if !isVowel(rest[0]) {
			if n.prefix == "meny" || n.prefix == "peny" {
				continue // "meny" + consonant does not occur; let "men"/"pen" try
			}
			return []string{rest}, n.flag, true // mendenda: denda; memberikan: berikan
		}
		first := n.restore + rest
		second := n.keep + rest
		if len(second) < minStem {
			return []string{first}, n.flag, true
		}
		return []string{first, second}, n.flag, true
	}
	// me- before l, r, w, y: melapor, merusak (pe- is second-order: pelaku)
	if rest, ok := cutPrefix(w, "me"); ok && !isVowel(rest[0]) {
		return []string{rest}, prefixMeng, true
	}
	for _, p := range firstOrder {
		if rest, ok := cutPrefix(w, p.prefix); ok {
			return []string{rest}, p.flag, true
		}
	}
	return nil, noPrefix, false
}

// removeSecondOrder removes ber-, per- or pe- (with belajar and pelajar, and be- before a
// consonant and "er": bekerja).
func removeSecondOrder(w string) (string, prefixFlag) {
	switch {
	case w == "belajar" || w == "pelajar":
		return "ajar", prefixBer
	case len(w) > 4 && w[:2] == "be" && !isVowel(w[2]) && w[3:5] == "er":
		if r, ok := cutPrefix(w, "be"); ok {
			return r, prefixBer
		}
	}
	if r, ok := cutPrefix(w, "ber"); ok {
		return r, prefixBer
	}
	if r, ok := cutPrefix(w, "per"); ok {
		return r, prefixPe
	}
	if r, ok := cutPrefix(w, "pe"); ok && !isVowel(r[0]) {
		return r, prefixPe
	}
	return w, noPrefix
}

// removeSuffix removes -kan, -an or -i, unless the prefix removed before excludes it (ke-…-an
// is one confix, not ke- plus a -kan verb).
func removeSuffix(w string, flag prefixFlag) string {
	if flag != prefixKe && flag != prefixPeng && flag != prefixPe {
		if r, ok := cutSuffix(w, "kan"); ok {
			return r
		}
	}
	if flag != prefixDi && flag != prefixMeng && flag != prefixTer {
		if r, ok := cutSuffix(w, "an"); ok {
			return r
		}
	}
	if flag != prefixBer && flag != prefixKe && flag != prefixPeng && len(w) > 2 && w[len(w)-2:] != "si" {
		if r, ok := cutSuffix(w, "i"); ok {
			return r
		}
	}
	return w
}

func stripSuffix(w string, suffixes ...string) string {
	for _, s := range suffixes {
		if r, ok := cutSuffix(w, s); ok {
			return r
		}
	}
	return w
}

// cutPrefix removes p when at least minStem letters remain.
func cutPrefix(w, p string) (string, bool) {
	if len(w) >= len(p)+minStem && w[:len(p)] == p {
		return w[len(p):], true
	}
	return w, false
}

// cutSuffix removes s when at least minStem letters remain.
func cutSuffix(w, s string) (string, bool) {
	if len(w) >= len(s)+minStem && w[len(w)-len(s):] == s {
		return w[:len(w)-len(s)], true
	}
	return w, false
}

func syllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			n++
		}
	}
	return n
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
