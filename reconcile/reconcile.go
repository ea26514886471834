package reconcile

import (
	"math"
	"runtime"
	"slices"
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

// anchored claims say what they measure (a concept word, or a known counted unit); only they
// are ever compared in a way that can raise a contradiction.
func anchored(c *claims.Claim) bool {
	switch c.Kind {
	case claims.KindDate:
		return c.Concept != ""
	case claims.KindCount:
		return c.Concept != "" || claims.KnownUnit(c.Unit)
	case claims.KindNumber:
		return false
	}
	return true
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

// group puts every claim into exactly one fact.
func group(all []claims.Claim, byID map[string]*claims.Claim, stories *storyIndex, subj *subjectFinder, ctx contexts) []*proto {
	type blockKey struct{ story, kind, dim, concept string }
	blocks := map[blockKey][]*claims.Claim{}
	var keys []blockKey
	var generic []*claims.Claim
	for k := range all {
		c := &all[k]
		if c.DerivedFrom != "" || c.RepeatOf != "" {
			continue // they follow the claim they convert or repeat
		}
		if !anchored(c) {
			generic = append(generic, c)
			continue
		}
		bk := blockKey{stories.of(c.Article), c.Kind, unitDimension(c), conceptOf(c)}
		if _, ok := blocks[bk]; !ok {
			keys = append(keys, bk)
		}
		blocks[bk] = append(blocks[bk], c)
	}
	var facts []*proto
	factOf := map[string]*proto{}
	add := func(p *proto, c *claims.Claim) {
		p.claims = append(p.claims, c.ID)
		factOf[c.ID] = p
	}
	// blocks with a concept first, so that claims without one can join the fact they agree with
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].concept != "" && keys[j].concept == "" })
	type slotKey struct{ story, kind, dim string }
	withConcept := map[slotKey][]*proto{}
	for _, bk := range keys {
		for _, grp := range splitBySubject(blocks[bk], subj, ctx) {
			for _, members := range splitAmbiguous(grp.members, bk.concept != "", ctx) {
				slot := slotKey{bk.story, bk.kind, bk.dim}
				// "dans les 2 mois prescrits": no concept word, but the same two months as the deadline
				if bk.concept == "" && oneArticle(members) {
					if p := joinable(withConcept[slot], members, grp.subject, byID, subj); p != nil {
						for _, c := range members {
							add(p, c)
						}
						continue
					}
				}
				p := &proto{story: bk.story, kind: bk.kind, concept: bk.concept, unit: members[0].Unit, subject: grp.subject}
				for _, c := range members {
					add(p, c)
				}
				facts = append(facts, p)
				if bk.concept != "" {
					withConcept[slot] = append(withConcept[slot], p)
				}
			}
		}
	}
	// generic claims: join an anchored fact they agree with, else group with generic claims they agree with
	bySlot := map[slotKey][]*proto{}
	for _, p := range facts {
		k := slotKey{p.story, p.kind, unitDimension(byID[p.claims[0]])}
		bySlot[k] = append(bySlot[k], p)
	}
	for _, c := range generic {
		story, dim := stories.of(c.Article), unitDimension(c)
		s := subj.of(c)
		var best *proto
		// the fact that holds its counterpart in a parallel article first, then one it agrees with
		bestN := 0
		for id := range ctx.partners[c.ID] {
			p := factOf[id]
			if p == nil || p.story != story || p.kind != c.Kind || unitDimension(byID[p.claims[0]]) != dim || !related(c, byID[id]) {
				continue
			}
			if n := alignedIn(c, p, ctx); n > bestN || n == bestN && best != nil && idNum(p.claims[0]) < idNum(best.claims[0]) {
				best, bestN = p, n
			}
		}
		if best != nil && !hasArticle(best, c.Article, byID) {
			add(best, c)
			continue
		}
		best = nil
		if c.Kind != claims.KindDate {
			for _, p := range bySlot[slotKey{story, c.Kind, dim}] {
				if s != "" && p.subject != "" && s != p.subject {
					continue
				}
				if !agreesWithAll(c, p, byID) {
					continue
				}
				if best == nil || len(p.claims) > len(best.claims) {
					best = p
				}
			}
		}
		if best != nil {
			add(best, c)
			continue
		}
		p := &proto{story: story, kind: c.Kind, unit: c.Unit, subject: s, concept: ""}
		add(p, c)
		facts = append(facts, p)
		k := slotKey{story, c.Kind, dim}
		bySlot[k] = append(bySlot[k], p)
	}
	facts = joinAligned(facts, factOf, byID, ctx)
	facts = joinStrays(facts, factOf, byID, ctx)
	// conversions and repeats follow their claim
	for k := range all {
		c := &all[k]
		ref := c.DerivedFrom
		if ref == "" {
			ref = c.RepeatOf
		}
		if ref == "" {
			continue
		}
		for byID[ref] != nil && (byID[ref].DerivedFrom != "" || byID[ref].RepeatOf != "") {
			r := byID[ref]
			if r.DerivedFrom != "" {
				ref = r.DerivedFrom
			} else {
				ref = r.RepeatOf
			}
		}
		if p := factOf[ref]; p != nil {
			add(p, c)
		} else {
			p := &proto{story: stories.of(c.Article), kind: c.Kind, unit: c.Unit}
			add(p, c)
			facts = append(facts, p)
		}
	}
	return facts
}

// joinAligned: translations state the same facts in the same places, whatever words each
// language's tables know ("540 orang" has no concept where "540 people injured" has one). Facts
// holding two claims that stand at the same place of parallel articles become one, when their
// concepts and subjects do not differ and no article is in both.
func joinAligned(facts []*proto, factOf map[string]*proto, byID map[string]*claims.Claim, ctx contexts) []*proto {
	pairs := make([][2]string, 0, len(ctx.aligned))
	for k := range ctx.aligned {
		pairs = append(pairs, k)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if a, b := idNum(pairs[i][0]), idNum(pairs[j][0]); a != b {
			return a < b
		}
		return idNum(pairs[i][1]) < idNum(pairs[j][1])
	})
	dead := map[*proto]bool{}
	for _, k := range pairs {
		p, q := factOf[k[0]], factOf[k[1]]
		if p == nil || q == nil || p == q || p.story != q.story || p.kind != q.kind {
			continue
		}
		if unitDimension(byID[p.claims[0]]) != unitDimension(byID[q.claims[0]]) {
			continue
		}
		// only where one side lacks the concept word: facts of one block were already aligned
		if (p.concept == "") == (q.concept == "") {
			continue
		}
		if p.subject != "" && q.subject != "" && p.subject != q.subject {
			continue
		}
		arts := map[string]bool{}
		for _, id := range p.claims {
			arts[byID[id].Article] = true
		}
		shared := false
		for _, id := range q.claims {
			shared = shared || arts[byID[id].Article]
		}
		if shared {
			continue
		}
		for _, id := range q.claims {
			p.claims = append(p.claims, id)
			factOf[id] = p
		}
		if p.concept == "" {
			p.concept, p.unit = q.concept, q.unit
		}
		if p.subject == "" {
			p.subject = q.subject
		}
		dead[q] = true
	}
	out := facts[:0]
	for _, p := range facts {
		if !dead[p] {
			out = append(out, p)
		}
	}
	return out
}

// joinStrays: a claim left alone in its fact, standing at the place of claims of two or more
// translations that state one fact, is that fact with a changed figure, whatever concept word
// or subject its own sentence gave it ("29 estados" in a sentence the tables read as about
// unemployment, beside "18 states" in four other versions).
func joinStrays(facts []*proto, factOf map[string]*proto, byID map[string]*claims.Claim, ctx contexts) []*proto {
	partners := map[string][]string{}
	for _, k := range sortedPairs(ctx.aligned) {
		partners[k[0]] = append(partners[k[0]], k[1])
		partners[k[1]] = append(partners[k[1]], k[0])
	}
	// strays: claims alone in their fact, or grouped only by agreement with claims none of which
	// stands at their place while another fact's do
	var strays []string
	for _, p := range facts {
		for _, id := range p.claims {
			if byID[id].DerivedFrom == "" && byID[id].RepeatOf == "" && (len(p.claims) == 1 || alignedIn(byID[id], p, ctx) == 0) {
				strays = append(strays, id)
			}
		}
	}
	sort.Slice(strays, func(i, j int) bool { return idNum(strays[i]) < idNum(strays[j]) })
	for _, sid := range strays {
		c, p := byID[sid], factOf[sid]
		votes := map[*proto]map[string]bool{} // fact -> articles whose claim there stands at c's place
		var order []*proto
		for _, id := range partners[c.ID] {
			o := byID[id]
			q := factOf[id]
			if q == nil || q == p || q.kind != p.kind || unitDimension(byID[q.claims[0]]) != unitDimension(c) || !related(c, o) {
				continue
			}
			if votes[q] == nil {
				votes[q] = map[string]bool{}
				order = append(order, q)
			}
			votes[q][o.Article] = true
		}
		var best *proto
		for _, q := range order {
			if len(votes[q]) >= 2 && (best == nil || len(votes[q]) > len(votes[best])) && relatedToMost(c, q, byID) && (len(p.claims) == 1 || !hasArticle(q, c.Article, byID)) {
				best = q
			}
		}
		if best == nil {
			continue
		}
		best.claims = append(best.claims, c.ID)
		factOf[c.ID] = best
		p.claims = slices.DeleteFunc(p.claims, func(id string) bool { return id == c.ID })
	}
	out := facts[:0]
	for _, p := range facts {
		if len(p.claims) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// relatedToMost: c's figure could be a misreport of most statements of p.
func relatedToMost(c *claims.Claim, p *proto, byID map[string]*claims.Claim) bool {
	n, rel := 0, 0
	for _, id := range p.claims {
		if o := byID[id]; o.DerivedFrom == "" && o.RepeatOf == "" {
			n++
			if related(c, o) {
				rel++
			}
		}
	}
	return 2*rel > n
}

func agreesWithAll(c *claims.Claim, p *proto, byID map[string]*claims.Claim) bool {
	for _, id := range p.claims {
		o := byID[id]
		if o.DerivedFrom != "" || o.RepeatOf != "" {
			continue
		}
		if !bears(c, o) {
			return false
		}
	}
	return true
}

type subjectGroup struct {
	subject string
	members []*claims.Claim
}

// splitBySubject separates claims about different subjects (the CNIL's fine, the ICO's fine).
// A claim whose sentence names no subject joins the subject group that holds its counterpart in a
// parallel article (a translation that dropped the name), else the group it agrees with, or stays
// with the other claims that name none.
func splitBySubject(cs []*claims.Claim, subj *subjectFinder, ctx contexts) []subjectGroup {
	var groups []subjectGroup
	index := map[string]int{}
	var floating []*claims.Claim
	for _, c := range cs {
		s := subj.of(c)
		if s == "" {
			floating = append(floating, c)
			continue
		}
		k, ok := index[s]
		if !ok {
			k = len(groups)
			index[s] = k
			groups = append(groups, subjectGroup{subject: s})
		}
		groups[k].members = append(groups[k].members, c)
	}
	var rest []*claims.Claim
	groupOf := map[string]int{}
	for k, g := range groups {
		for _, m := range g.members {
			groupOf[m.ID] = k
		}
	}
	for _, c := range floating {
		best, bestAligned := -1, 0
		aligned := map[int]int{}
		for id := range ctx.partners[c.ID] {
			if k, ok := groupOf[id]; ok {
				aligned[k]++
			}
		}
		for k := range groups {
			if n := aligned[k]; n > bestAligned {
				best, bestAligned = k, n
			}
		}
		if best >= 0 {
			groups[best].members = append(groups[best].members, c)
			groupOf[c.ID] = best
			continue
		}
		for k, g := range groups {
			ok := true
			for _, m := range g.members {
				if !bears(c, m) {
					ok = false
					break
				}
			}
			if ok && (best < 0 || len(g.members) > len(groups[best].members)) {
				best = k
			}
		}
		if best >= 0 {
			groups[best].members = append(groups[best].members, c)
			groupOf[c.ID] = best
		} else {
			rest = append(rest, c)
		}
	}
	if len(rest) > 0 {
		groups = append(groups, subjectGroup{members: rest})
	}
	return groups
}

// splitAmbiguous: a group is one fact only if no article states two different things in it.
// When one does (a story gives "14 people injured" and "8 people killed"), the group holds several
// facts, and claims are aligned across articles by what surrounds them (see align).
func splitAmbiguous(cs []*claims.Claim, hasConcept bool, ctx contexts) [][]*claims.Claim {
	// without a concept ("two months", "40%", "$5 million" alone) only alignment says two claims
	// are about the same thing
	ambiguous := !hasConcept
	for i := 0; i < len(cs) && !ambiguous; i++ {
		for j := i + 1; j < len(cs); j++ {
			a, b := cs[i], cs[j]
			switch {
			case a.Article == b.Article && !agree(a, b):
				ambiguous = true // one article states two different things
			case !related(a, b):
				ambiguous = true // figures too far apart to be one fact misreported
			case ctx.parallel(a.Article, b.Article) && !agree(a, b) && !ctx.isAligned(a, b):
				ambiguous = true // translations that put the two figures in different places
			}
			if ambiguous {
				break
			}
		}
	}
	if !ambiguous {
		return [][]*claims.Claim{cs}
	}
	return align(cs, ctx)
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

func oneArticle(cs []*claims.Claim) bool {
	for _, c := range cs {
		if c.Article != cs[0].Article {
			return false
		}
	}
	return true
}

// joinable finds the fact with a concept that claims without one can join: every claim agrees,
// the subjects do not differ, and the article says nothing else in that fact. The largest wins.
func joinable(facts []*proto, cs []*claims.Claim, subject string, byID map[string]*claims.Claim, subj *subjectFinder) *proto {
	var best *proto
	for _, p := range facts {
		if subject != "" && p.subject != "" && subject != p.subject {
			continue
		}
		ok := true
		for _, id := range p.claims {
			o := byID[id]
			if o.DerivedFrom != "" || o.RepeatOf != "" {
				continue
			}
			for _, c := range cs {
				if o.Article == c.Article || !bears(c, o) {
					ok = false
				}
			}
		}
		if ok && (best == nil || len(p.claims) > len(best.claims)) {
			best = p
		}
	}
	return best
}

// bears: c may be a statement of the same fact as o: the two agree, and not only through an open
// bound far from the other figure ("more than 1,100 people" agrees with "226,000 people").
func bears(c, o *claims.Claim) bool { return agree(c, o) && related(c, o) }

// alignedIn counts the claims of p that stand at c's place in parallel articles.
func alignedIn(c *claims.Claim, p *proto, ctx contexts) int {
	n := 0
	for _, id := range p.claims {
		if ctx.partners[c.ID][id] {
			n++
		}
	}
	return n
}

// hasArticle: p already holds a statement of the article.
func hasArticle(p *proto, article string, byID map[string]*claims.Claim) bool {
	for _, id := range p.claims {
		if byID[id].Article == article {
			return true
		}
	}
	return false
}
