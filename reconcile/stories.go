package reconcile

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// storyIndex assigns every article to a story: articles that share enough rare names and
// figures are the same story, told by different outlets or in different languages.
type storyIndex struct {
	ofArticle map[string]string // article id -> story name
	names     []string          // by input position
}

func (s *storyIndex) of(article string) string { return s.ofArticle[article] }
func (s *storyIndex) name(i int) string        { return s.names[i] }

// Shared features link two articles when at least minShared are shared; features found in more
// than maxShare of the corpus (and more than a few articles) are too common to tell stories apart.
const (
	minShared = 3
	maxShare  = 0.02
	// maxStoryFeatureDF: a name or figure in more articles than this is common currency, not the
	// mark of one story (and counting such pairs would make clustering quadratic)
	maxStoryFeatureDF = 60
)

// names: an article's entities, sentence by sentence, without the capitalised words that the
// corpus also writes in lower case ("Fines" in a title-case headline, "Parlamento"): those are
// ordinary words, and ordinary words do not tell stories or subjects apart.
type names [][]string

// sentenceSpans holds, per article, the byte span of each sentence (parallel to names).
type sentenceSpans [][][2]int

func corpusNames(in []Input) ([]names, sentenceSpans) {
	lower := map[string]map[string]bool{} // language -> words written in lower case
	for _, x := range in {
		set := lower[x.Article.Lang]
		if set == nil {
			set = map[string]bool{}
			lower[x.Article.Lang] = set
		}
		for _, w := range strings.FieldsFunc(x.Article.Text, notWordRune) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				set[w] = true
			}
		}
	}
	out := make([]names, len(in))
	starts := make(sentenceSpans, len(in))
	split := make([][]claims.Sentence, len(in))
	nameLangs := map[string]map[string]bool{} // name -> languages whose articles write it as a name
	for i, x := range in {
		split[i] = claims.Sentences(x.Article)
		for _, st := range split[i] {
			for _, e := range st.Entities {
				if nameLangs[e] == nil {
					nameLangs[e] = map[string]bool{}
				}
				nameLangs[e][x.Article.Lang] = true
			}
		}
	}
	// a capitalised German word is a name when another language writes it as one ("Trump"), or
	// when there is no other language to ask
	confirmed := func(e, lang string) bool {
		for l := range nameLangs[e] {
			if l != lang {
				return true
			}
		}
		return len(lower) == 1
	}
	for i, x := range in {
		set := lower[x.Article.Lang]
		ss := split[i]
		sents := make([][]string, len(ss))
		for k, st := range ss {
			sents[k] = st.Entities
			for _, e := range st.Candidates {
				if confirmed(e, x.Article.Lang) && !slices.Contains(sents[k], e) {
					sents[k] = append(sents[k], e)
				}
			}
			starts[i] = append(starts[i], [2]int{st.Start, st.End})
		}
		inBody := map[string]bool{}
		for _, sent := range sents[min(1, len(sents)):] {
			for _, e := range sent {
				inBody[e] = true
			}
		}
		titleCase := len(sents) > 0 && isTitleCase(x.Article.Title)
		for k, sent := range sents {
			var keep []string
			for _, e := range sent {
				if strings.HasPrefix(e, "org:") && (set[e[4:]] || k == 0 && titleCase && !inBody[e]) {
					continue
				}
				keep = append(keep, e)
			}
			out[i] = append(out[i], keep)
		}
	}
	return out, starts
}

// isTitleCase: a headline whose words nearly all start with a capital ("UK Clearview AI Fines IDR
// 117 Billion And Asks…"), where a capital says nothing about a name.
func isTitleCase(title string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(title) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 3 && float64(caps) >= 0.7*float64(words)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }

// storyFeatures are what an article shares with the other tellings of its story: rare names
// (places are too broad), and figures and dates.
func storyFeatures(x Input, ns names) []string {
	seen := map[string]bool{}
	var out []string
	addf := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, sent := range ns {
		for _, e := range sent {
			if strings.HasPrefix(e, "org:") && len(e) > 6 {
				addf(e)
			}
		}
	}
	for _, c := range x.Claims {
		switch {
		case c.Kind == claims.KindDate:
			addf("date:" + c.Date)
		case c.Value >= 10 && c.DerivedFrom == "":
			addf(fmt.Sprintf("num:%g", c.Value))
		}
	}
	return out
}

func clusterStories(in []Input, ns []names, population int) *storyIndex {
	n := len(in)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	posting := map[string][]int{}
	feats := make([][]string, n)
	for i, x := range in {
		feats[i] = storyFeatures(x, ns[i])
		for _, f := range feats[i] {
			posting[f] = append(posting[f], i)
		}
	}
	// a feature in up to 12 articles always counts: six translations of a story share all its names
	limit := min(max(int(float64(max(n, population))*maxShare)+5, 12), maxStoryFeatureDF)
	nUsable := make([]int, n)
	for i := range feats {
		nUsable[i] = usable(feats[i], posting, limit)
	}
	// strong links (many rare features in common) join stories; an article with only weak links
	// joins the story it shares most with, so that weak links never chain stories together
	type weak struct{ j, k int }
	best := make([]weak, n)
	for i := range in {
		shared := map[int]int{}
		for _, f := range feats[i] {
			p := posting[f]
			if len(p) > limit {
				continue
			}
			for _, j := range p {
				if j != i {
					shared[j]++
				}
			}
		}
		best[i] = weak{-1, 0}
		for j, k := range shared {
			if j > i && k >= minShared && float64(k) >= 0.2*float64(min(nUsable[i], nUsable[j])) && float64(k) >= 0.15*float64(max(nUsable[i], nUsable[j])) {
				parent[find(i)] = find(j)
			}
			if k >= 2 && (k > best[i].k || k == best[i].k && j < best[i].j) {
				best[i] = weak{j, k}
			}
		}
	}
	size := map[int]int{}
	for i := range in {
		size[find(i)]++
	}
	for i := range in {
		if size[find(i)] == 1 && best[i].j >= 0 {
			parent[find(i)] = find(best[i].j)
		}
	}
	// name stories s1… in order of their first article
	idx := &storyIndex{ofArticle: map[string]string{}, names: make([]string, n)}
	rootName := map[int]string{}
	for i := range in {
		r := find(i)
		if _, ok := rootName[r]; !ok {
			rootName[r] = "s" + strconv.Itoa(len(rootName)+1)
		}
	}
	for i, x := range in {
		name := rootName[find(i)]
		idx.names[i] = name
		idx.ofArticle[x.Article.ID] = name
	}
	return idx
}

// subjectFinder tells what a claim is about: the nearest country its sentence names, directly or
// through an organisation the story ties to one country (the CNIL to France, the ICO to Britain).
type subjectFinder struct {
	orgPlace map[string]map[string]string // story -> org -> place
	topic    map[string]map[string]bool   // story -> names in most of the story's articles
	story    *storyIndex
	lead     map[string]string // article -> the subject its headline, or else its lead, names
}

func newSubjectFinder(in []Input, ns []names, stories *storyIndex) *subjectFinder {
	sf := &subjectFinder{orgPlace: map[string]map[string]string{}, topic: map[string]map[string]bool{}, story: stories, lead: map[string]string{}}
	co := map[string]map[string]map[string]int{} // story -> org -> place -> sentences
	docs := map[string]map[string]int{}          // story -> org -> articles
	size := map[string]int{}
	for i := range in {
		st := stories.name(i)
		size[st]++
		if co[st] == nil {
			co[st] = map[string]map[string]int{}
			docs[st] = map[string]int{}
		}
		inDoc := map[string]bool{}
		for _, sent := range ns[i] {
			var places, orgs []string
			for _, e := range sent {
				if strings.HasPrefix(e, "place:") {
					places = append(places, e)
				} else {
					orgs = append(orgs, e)
				}
				inDoc[e] = true
			}
			for _, o := range orgs {
				if co[st][o] == nil {
					co[st][o] = map[string]int{}
				}
				for _, p := range places {
					co[st][o][p]++
				}
			}
		}
		for e := range inDoc {
			docs[st][e]++
		}
	}
	for st, orgs := range co {
		sf.orgPlace[st] = map[string]string{}
		sf.topic[st] = map[string]bool{}
		for e, d := range docs[st] {
			if size[st] >= 3 && float64(d) >= 0.8*float64(size[st]) && strings.HasPrefix(e, "org:") {
				sf.topic[st][e] = true
			}
		}
		for o, places := range orgs {
			if sf.topic[st][o] {
				continue
			}
			best, second, bestN := "", 0, 0
			keys := make([]string, 0, len(places))
			for p := range places {
				keys = append(keys, p)
			}
			sort.Strings(keys)
			for _, p := range keys {
				n := places[p]
				if n > bestN {
					second = bestN
					best, bestN = p, n
				} else if n > second {
					second = n
				}
			}
			if bestN >= 2 && bestN >= 2*second {
				sf.orgPlace[st][o] = best
			}
		}
	}
	sf.leadSubjects(in, ns)
	return sf
}

// leadSubjects finds each article's default subject: the first place its headline names, directly
// or through an organisation, or else its first sentence ("Perancis Denda Clearview AI…": France).
func (sf *subjectFinder) leadSubjects(in []Input, ns []names) {
	for i, x := range in {
		st := sf.story.of(x.Article.ID)
		for _, sent := range ns[i][:min(2, len(ns[i]))] {
			for _, e := range sent {
				p := e
				if !strings.HasPrefix(e, "place:") {
					p = sf.orgPlace[st][e]
				}
				if p != "" && sf.lead[x.Article.ID] == "" {
					sf.lead[x.Article.ID] = p
				}
			}
		}
	}
}

// of returns the claim's subject ("place:FR") or "" when its sentence names none. The names of
// the claim's own clause decide when there are any but the story's own topic: a clause that names
// someone the story ties to no place has no subject the sentence's other clauses could give it.
func (sf *subjectFinder) of(c *claims.Claim) string {
	st := sf.story.of(c.Article)
	clauseNames := false
	for k, e := range c.Entities {
		if k == c.ClauseEntities && clauseNames {
			return ""
		}
		if strings.HasPrefix(e, "place:") {
			return e
		}
		if p, ok := sf.orgPlace[st][e]; ok {
			return p
		}
		if k < c.ClauseEntities && !sf.topic[st][e] {
			clauseNames = true
		}
	}
	return ""
}

// usable counts the features rare enough to link stories.
func usable(feats []string, posting map[string][]int, limit int) int {
	n := 0
	for _, f := range feats {
		if len(posting[f]) <= limit {
			n++
		}
	}
	return n
}
