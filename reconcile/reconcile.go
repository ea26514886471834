package reconcile

import (
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
)

// Input is one article with the claims extracted from it.
type Input struct {
	Article claims.Article
	Claims  []claims.Claim
}

// Options tune a reconciliation.
type Options struct {
	Corpus string // described in the report
	// Population is the size of the corpus the input was drawn from, when the input is a sample
	// of it (check reconciles new articles with a few candidates): it decides which names are too
	// common to mark a story. 0 means the input is the whole corpus.
	Population int
}

// Reconcile groups the claims of a corpus into facts and finds the contradictions inside each fact.
// Claims are compared only inside a story, inside a block of the same kind, measure and concept,
// so the cost grows with the size of the blocks, not with the square of the corpus.
func Reconcile(in []Input, opt Options) Report {
	in = append([]Input(nil), in...)
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	all := renumber(in)
	for k := range all {
		peopleUnit(&all[k])
	}
	ns, starts := corpusNames(in)
	stories := clusterStories(in, ns, opt.Population)
	storyYears(all, stories)
	subjects := newSubjectFinder(in, ns, stories)

	rep := Report{Version: 1, Corpus: opt.Corpus, Articles: make([]ArticleRef, 0, len(in)), Facts: []Fact{}}
	for i, x := range in {
		a := x.Article
		rep.Articles = append(rep.Articles, ArticleRef{ID: a.ID, Lang: a.Lang, Title: a.Title, Source: a.Source, Story: stories.name(i)})
	}
	byID := map[string]*claims.Claim{}
	for k := range all {
		byID[all[k].ID] = &all[k]
	}
	ctx := newContexts(in, all, stories, ns, starts)
	learnUnits(byID, ctx)
	ev := evidence{translated: ctx.isAligned, parts: sentenceParts(all)}
	groups := group(all, byID, stories, subjects, ctx)
	rep.Facts = buildFacts(groups, byID, ev)
	sortFacts(rep.Facts)
	for k := range rep.Facts {
		rep.Facts[k].ID = "f" + strconv.Itoa(k+1)
	}
	return rep
}

// storyYears gives the dates an article leaves without a year the year of its story's dates.
func storyYears(all []claims.Claim, stories *storyIndex) {
	byStory := map[string][]claims.Claim{}
	for _, c := range all {
		if c.Kind == claims.KindDate {
			st := stories.of(c.Article)
			byStory[st] = append(byStory[st], c)
		}
	}
	years := map[string]int{}
	for st, cs := range byStory {
		years[st] = claims.ReferenceYear(cs)
	}
	for k := range all {
		if c := &all[k]; c.Kind == claims.KindDate && claims.Yearless(c.Date) {
			claims.ResolveYears(all[k:k+1], years[stories.of(c.Article)], "the story's other articles")
		}
	}
}

// renumber gives every claim a corpus-wide id c1…cN in article order and fixes the references.
func renumber(in []Input) []claims.Claim {
	var all []claims.Claim
	n := 0
	for i := range in {
		local := map[string]string{}
		cs := append([]claims.Claim(nil), in[i].Claims...)
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
		for k := range cs {
			n++
			id := "c" + strconv.Itoa(n)
			local[cs[k].ID] = id
			cs[k].ID = id
			cs[k].Article = in[i].Article.ID
			if cs[k].Lang == "" {
				cs[k].Lang = in[i].Article.Lang
			}
		}
		for k := range cs {
			cs[k].DerivedFrom = local[cs[k].DerivedFrom]
			cs[k].RepeatOf = local[cs[k].RepeatOf]
		}
		in[i].Claims = cs
		all = append(all, cs...)
	}
	return all
}

// peopleUnit reads "200 morts" as "200 people killed": one language counts deaths where another
// counts people with a word for dying, and both state one fact.
func peopleUnit(c *claims.Claim) {
	concept, ok := lang.PeopleUnits[c.Unit]
	if c.Kind != claims.KindCount || !ok || c.Concept != "" && c.Concept != concept {
		return
	}
	c.Unit = "person"
	if concept != "" {
		c.Concept = concept
	}
}

// sentenceParts gives, for a count, the counts of its sentence in its unit that stand apart (not
// conversions or repeats).
func sentenceParts(all []claims.Claim) func(c *claims.Claim) []*claims.Claim {
	type key struct {
		article string
		start   int
		unit    string
	}
	index := map[key][]*claims.Claim{}
	for k := range all {
		c := &all[k]
		if c.Kind == claims.KindCount && c.DerivedFrom == "" && c.RepeatOf == "" {
			kk := key{c.Article, c.SentenceStart, c.Unit}
			index[kk] = append(index[kk], c)
		}
	}
	return func(c *claims.Claim) []*claims.Claim { return index[key{c.Article, c.SentenceStart, c.Unit}] }
}

// fact under construction: claim ids and what it is about.
type proto struct {
	story, kind, concept, unit, subject string
	claims                              []string
}

func sortFacts(fs []Fact) {
	rank := map[string]int{StatusContradiction: 0, StatusConsistent: 1, StatusSingle: 2}
	first := func(f Fact) int {
		n, _ := strconv.Atoi(strings.TrimPrefix(f.Claims[0].ID, "c"))
		return n
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if rank[fs[i].Status] != rank[fs[j].Status] {
			return rank[fs[i].Status] < rank[fs[j].Status]
		}
		return first(fs[i]) < first(fs[j])
	})
}

// buildFacts checks every fact, on every core: facts are independent, and checking them is the
// larger half of the rules' work on a big corpus.
func buildFacts(groups []*proto, byID map[string]*claims.Claim, ev evidence) []Fact {
	facts := make([]Fact, len(groups))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				facts[k] = buildFact(groups[k], byID, ev)
			}
		}()
	}
	for k := range groups {
		next <- k
	}
	close(next)
	wg.Wait()
	return facts
}

func buildFact(p *proto, byID map[string]*claims.Claim, ev evidence) Fact {
	f := Fact{Kind: p.kind, Story: p.story, Claims: []claims.Claim{}, Contradictions: []Contradiction{}}
	sort.Slice(p.claims, func(i, j int) bool { return idNum(p.claims[i]) < idNum(p.claims[j]) })
	articles := map[string]bool{}
	for _, id := range p.claims {
		c := byID[id]
		f.Claims = append(f.Claims, *c)
		if c.DerivedFrom == "" {
			articles[c.Article] = true
		}
	}
	f.Label = label(p)
	f.Contradictions = append(checkFact(f.Claims, ev), checkWeekdays(f.Claims)...)
	f.Contradictions = append(f.Contradictions, checkConversions(f.Claims)...)
	switch {
	case len(f.Contradictions) > 0 && hasSerious(f.Contradictions):
		f.Status = StatusContradiction
	case len(articles) >= 2:
		f.Status = StatusConsistent
	default:
		f.Status = StatusSingle
	}
	return f
}

func hasSerious(cs []Contradiction) bool {
	for _, c := range cs {
		if c.Severity != SeverityLow {
			return true
		}
	}
	return false
}

func idNum(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "c"))
	return n
}

func label(p *proto) string {
	what := p.concept
	if what == "" {
		what = p.unit
	}
	if what == "" || what == "date" {
		what = p.kind
	}
	switch p.kind {
	case claims.KindCount:
		if p.concept != "" && p.concept != p.unit {
			what = p.concept + " (" + p.unit + ")"
		} else {
			what = p.unit + " count"
		}
	case claims.KindRate:
		what += " per " + p.unit[strings.Index(p.unit, "/")+1:]
	}
	if p.subject != "" {
		what += " · " + displaySubject(p.subject)
	}
	return what
}

func displaySubject(s string) string {
	s = strings.TrimPrefix(s, "place:")
	if strings.HasPrefix(s, "org:") {
		return strings.ToUpper(s[4:5]) + s[5:]
	}
	return s
}

// unitDimension is what makes two claims measurable against each other.
func unitDimension(c *claims.Claim) string {
	switch c.Kind {
	case claims.KindMoney:
		return "money"
	case claims.KindRate:
		if i := strings.Index(c.Unit, "/"); i >= 0 {
			return "money" + c.Unit[i:]
		}
		return c.Unit
	case claims.KindDuration:
		return "time"
	case claims.KindAge:
		return "age"
	case claims.KindCount:
		if m, ok := lang.Measures[c.Unit]; ok {
			return m.Dimension // miles and kilometres are one measure
		}
		return c.Unit
	default:
		return c.Unit
	}
}

// conceptOf is what a claim's block is about: its concept word, or a counted unit specific enough
// to name a fact on its own ("images"; not "people").
func conceptOf(c *claims.Claim) string {
	if c.Concept != "" {
		return c.Concept
	}
	if c.Kind == claims.KindCount && claims.KnownUnit(c.Unit) && !lang.GenericUnits[c.Unit] {
		return c.Unit
	}
	return ""
}

// FactRef is what a report says about one claim: the fact it states and that fact's status.
type FactRef struct {
	Fact   string `json:"fact"`
	Label  string `json:"label"`
	Status string `json:"status"`
}

// FactsByClaim maps each article's own claim ids to the fact the report puts them in
// (article id -> claim id -> FactRef), for storing beside the claims. rep must be Reconcile(in, …):
// the report numbers claims corpus-wide, articles by id and claims by offset.
func FactsByClaim(in []Input, rep Report) map[string]map[string]FactRef {
	in = append([]Input(nil), in...)
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	local := map[string][2]string{}
	n := 0
	for _, x := range in {
		cs := append([]claims.Claim(nil), x.Claims...)
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
		for _, c := range cs {
			n++
			local["c"+strconv.Itoa(n)] = [2]string{x.Article.ID, c.ID}
		}
	}
	out := map[string]map[string]FactRef{}
	for _, f := range rep.Facts {
		for _, c := range f.Claims {
			l := local[c.ID]
			if out[l[0]] == nil {
				out[l[0]] = map[string]FactRef{}
			}
			out[l[0]][l[1]] = FactRef{Fact: f.ID, Label: f.Label, Status: f.Status}
		}
	}
	return out
}

// related: two figures that one fact misreported could give: within a factor of 20, or a scale
// word apart (×1000). "1 person" and "20.4 million people" are two facts.
func related(a, b *claims.Claim) bool {
	if a.Kind == claims.KindDate || b.Kind == claims.KindDate {
		return true
	}
	x, y := math.Abs(scalar(a)), math.Abs(scalar(b))
	if ca, cb := currencyOf(a), currencyOf(b); ca != cb {
		ua, okA := toUSD(a)
		ub, okB := toUSD(b)
		if !okA || !okB {
			return true
		}
		x, y = ua, ub
	}
	if x == 0 || y == 0 {
		return true
	}
	r := math.Max(x, y) / math.Min(x, y)
	return r <= 20 || scaleRule.Conflict(a, b)
}

// bears: c may be a statement of the same fact as o: the two agree, and not only through an open
// bound far from the other figure ("more than 1,100 people" agrees with "226,000 people").
func bears(c, o *claims.Claim) bool { return agree(c, o) && related(c, o) }
