package claims

import "unicode/utf8"

// entityAt is a name found in a sentence: "place:FR" for a country (by name or demonym, in any
// of the languages' tables) or "org:cnil" for a capitalised name or acronym.
type entityAt struct {
	tok  int
	name string
}

// entities finds the places and names of one sentence.
func (g *grammar) entities(toks []token, s span) []entityAt {
	var out []entityAt
	for i := s.from; i < s.to; {
		if code, n, ok := g.places.at(toks, i, s.to); ok && g.placeWritten(toks[i:i+n]) {
			out = append(out, entityAt{i, "place:" + code})
			i += n
			continue
		}
		tk := toks[i]
		if tk.kind == tWord && g.isName(toks, i, s) {
			out = append(out, entityAt{i, "org:" + tk.low})
		}
		i++
	}
	return out
}

// placeWritten rejects short place keys written in lower case ("as" is not "AS", the United States).
func (g *grammar) placeWritten(toks []token) bool {
	if len(toks) == 1 && utf8.RuneCountInString(toks[0].text) <= 3 {
		return toks[0].allUpper() || toks[0].upperInitial() && utf8.RuneCountInString(toks[0].text) == 3
	}
	return true
}

// isName: an acronym anywhere, or a capitalised word that does not open the sentence and is not a
// function word, month, weekday or number word (in German, where every noun is capitalised, only
// acronyms: see Sentence.Candidates).
func (g *grammar) isName(toks []token, i int, s span) bool {
	tk := toks[i]
	if tk.allUpper() && tk.upperInitial() && utf8.RuneCountInString(tk.text) >= 2 {
		return g.notSpecialWord(tk.low)
	}
	return !g.t.NounsCapitalised && g.isNameShape(toks, i, s)
}

func (g *grammar) notSpecialWord(low string) bool {
	if g.t.IsStopword(low) {
		return false
	}
	if _, ok := g.months[low]; ok {
		return false
	}
	if _, ok := g.weekdays[low]; ok {
		return false
	}
	_, ok := g.numberWords[low]
	return !ok
}

// isNameShape: a capitalised word that is not a function word, month, weekday or number word, and
// does not open the sentence or a quote.
func (g *grammar) isNameShape(toks []token, i int, s span) bool {
	tk := toks[i]
	if !tk.upperInitial() || utf8.RuneCountInString(tk.text) < 2 || !g.notSpecialWord(tk.low) {
		return false
	}
	if i == s.from || (i > s.from && toks[i-1].kind == tPunct && (isOpener(toks[i-1].text) || isTerminal(toks[i-1].text) || toks[i-1].text == ":")) {
		return false
	}
	return true
}

// Sentence is one sentence of an article: its byte span and the entities it names.
type Sentence struct {
	Start, End int
	Entities   []string // "place:FR", "org:cnil"
	// Candidates are capitalised words that may be names in a language that capitalises every noun
	// (German "Trump", but also "Regierung"): only a corpus can tell, by finding them among the
	// names of articles in other languages.
	Candidates []string
}

// Sentences splits an article into sentences as Extract does (a claim's SentenceStart is the
// Start of one of them) and lists the entities each names. The reconciler learns from them which
// names go with which country, and which sentences of two articles say the same thing.
func Sentences(a Article) []Sentence {
	g := grammarFor(a.Lang)
	toks := tokenize(a.Text, g.t)
	var out []Sentence
	for _, s := range splitSentences(toks, g) {
		var names []string
		for _, e := range g.entities(toks, s) {
			if !containsStr(names, e.name) {
				names = append(names, e.name)
			}
		}
		var cands []string
		if g.t.NounsCapitalised {
			for i := s.from + 1; i < s.to; i++ {
				if tk := toks[i]; tk.kind == tWord && !tk.allUpper() && g.isNameShape(toks, i, s) && !containsStr(cands, "org:"+tk.low) {
					cands = append(cands, "org:"+tk.low)
				}
			}
		}
		out = append(out, Sentence{Start: toks[s.from].start, End: toks[s.to-1].end, Entities: names, Candidates: cands})
	}
	return out
}

// SentenceEntities returns, for each sentence of the article, the entities it names.
func SentenceEntities(a Article) [][]string {
	ss := Sentences(a)
	out := make([][]string, len(ss))
	for k, s := range ss {
		out[k] = s.Entities
	}
	return out
}
