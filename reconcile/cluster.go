package reconcile

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
)

// Grouping claims into facts is a clustering of each story's statements of one kind of measure.
// Outlets that tell one story do not tell it in the same order or words, so no single signal
// decides; each pair of statements is scored on what makes them one fact:
//
//   - their place in parallel articles (a translation states its original's facts where the
//     original does);
//   - the concept they measure ("fine", "death"), or a counted noun specific enough to name a fact
//     ("images"), in any language;
//   - their figures: the same figure, figures whose wordings agree, or figures that disagree (a
//     misreport is still related to what it misreports: within ×20, or a scale word apart);
//   - what surrounds them: the other figures, dates and rare names of their sentences;
//   - their subject (whose fine: France's or Britain's) and their period ("this year", "2024").
//
// Some pairs can never be one fact: two different readings in one article (it states two facts),
// figures too far apart, counts of different things in one language, different periods.
// Statements then join, best pair first, while the average score between two groups stays above
// joinThreshold and no pair between them is impossible.

// Weights of the evidence that two statements state one fact.
const (
	wAligned          = 6.0  // they stand at the same place of parallel articles
	wConcept          = 4.0  // the same concept, or the same specific counted noun
	wConceptClash     = -5.0 // different concepts
	wSoleConcept      = 1.0  // and no article of the story states two figures of that concept
	wKnownUnit        = 1.0  // the same known counted noun, or the same unit of time or percentage
	wSameFigure       = 2.0  // the same figure as written
	wAgree            = 1.5  // figures whose wordings agree ("about 300", "312")
	wDisagree         = -2.0 // related figures that cannot both be right
	wFarDates         = -4.0 // dates more than two months apart
	wOwnName          = -1.0 // a disagreeing figure whose clause names someone the other's does not
	wSameFigureHedged = 1.5  // the same figure, as a fact on one side and a possibility on the other
	wSameDigits       = 1.0  // the same digits in another currency
	wSameDigitsScaled = 1.5  // the same digits with a scale word a thousand times apart
	wFigure           = 1.5  // each other figure or date their sentences share
	wRareName         = 1.0  // each rare name their sentences share
	wCommonName       = 0.0  // each name most of the story's sentences share
	wContextCap       = 4.0  // what surrounding figures and names can add at most
	wSubject          = 1.0  // the same subject
	wSubjectClash     = -3.0 // different subjects
	joinThreshold     = 2.5
	impossible        = math.MaxFloat64 * -1
	maxClusterSize    = 400 // a larger block is grouped by reading only (n log n)
)

// family is the kind of measure a block holds: counts of any noun are one family, because nouns the
// tables do not know are written differently in every language.
func family(c *claims.Claim) string {
	if c.Kind == claims.KindCount {
		return "count"
	}
	return c.Kind + ":" + unitDimension(c)
}

// scorer holds what scoring a story's statements needs.
type scorer struct {
	ctx      contexts
	subj     *subjectFinder
	nameDF   map[string]map[string]int // story -> name feature -> sentences with a statement that name it
	storyN   map[string]int            // story -> sentences with a statement
	periods  map[string]string         // claim id -> period
	subjects map[string]string         // claim id -> subject
	byID     map[string]*claims.Claim
	// story|concept -> some article of the story states two different figures of the concept
	// (two fines, this year's and last year's deaths): the concept alone does not name one fact
	ambiguous map[string]bool
	nameLangs map[string]map[string]bool // story|name -> languages whose sentences name it
}

func newScorer(stmts []*claims.Claim, byID map[string]*claims.Claim, stories *storyIndex, subj *subjectFinder, ctx contexts) *scorer {
	s := &scorer{ctx: ctx, subj: subj, byID: byID, nameDF: map[string]map[string]int{}, storyN: map[string]int{}, periods: map[string]string{}, subjects: map[string]string{}}
	type sentence struct {
		article string
		start   int
	}
	s.ambiguous = map[string]bool{}
	s.nameLangs = map[string]map[string]bool{}
	figures := map[string][]*claims.Claim{} // story|concept|article -> statements
	for _, c := range stmts {
		if sc := conceptOf(c); sc != "" {
			k := stories.of(c.Article) + "|" + sc
			for _, o := range figures[k+"|"+c.Article] {
				if !restatement(o, c) || !agree(o, c) {
					s.ambiguous[k] = true
				}
			}
			figures[k+"|"+c.Article] = append(figures[k+"|"+c.Article], c)
		}
	}
	seen := map[sentence]bool{}
	for _, c := range stmts {
		s.subjects[c.ID] = subj.of(c)
		k := sentence{c.Article, c.SentenceStart}
		if seen[k] {
			continue
		}
		seen[k] = true
		st := stories.of(c.Article)
		s.storyN[st]++
		if s.nameDF[st] == nil {
			s.nameDF[st] = map[string]int{}
		}
		for f := range ctx.features[c.ID] {
			if !strings.HasPrefix(f, "n:") && !strings.HasPrefix(f, "d:") {
				s.nameDF[st][f]++
				k := st + "|" + f
				if s.nameLangs[k] == nil {
					s.nameLangs[k] = map[string]bool{}
				}
				s.nameLangs[k][c.Lang] = true
			}
		}
	}
	return s
}

// countsCompatible: two counts may count one thing: the same noun, two units of one measure, or,
// across languages, a noun the tables do not know (every language names aftershocks its own way).
func countsCompatible(a, b *claims.Claim) bool {
	if a.Kind != claims.KindCount || b.Kind != claims.KindCount || a.Unit == b.Unit {
		return true
	}
	if ma, ok := lang.Measures[a.Unit]; ok {
		mb, ok := lang.Measures[b.Unit]
		return ok && ma.Dimension == mb.Dimension
	}
	if _, ok := lang.Measures[b.Unit]; ok {
		return false
	}
	if claims.KnownUnit(a.Unit) && claims.KnownUnit(b.Unit) {
		return false
	}
	return a.Lang != b.Lang
}

// score is the evidence that a and b, statements of one story and family, state one fact, or
// impossible.
func (s *scorer) score(a, b *claims.Claim, story string) float64 {
	if !countsCompatible(a, b) || !related(a, b) {
		return impossible
	}
	ok := agree(a, b)
	if a.Article == b.Article && (!ok || !restatement(a, b)) {
		if !s.twins(a, b) {
			return impossible // one article stating two readings states two facts
		}
		return wDisagree // a translation that changed one of the two places it states a figure
	}
	pa, pb := s.periods[a.ID], s.periods[b.ID]
	if pa != "" && pb != "" && pa != pb {
		return impossible // "this year" against "last year"
	}
	aligned := s.ctx.isAligned(a, b)
	v := 0.0
	if aligned {
		v += wAligned
	}
	ca, cb := conceptOf(a), conceptOf(b)
	switch {
	case ca != "" && ca == cb:
		v += wConcept
		if !s.ambiguous[story+"|"+ca] {
			v += wSoleConcept
		}
	case ca != "" && cb != "" && !aligned && !lang.SameFamily(ca, cb):
		v += wConceptClash
	}
	// the same counted noun the tables know, or the same unit of time, percentage or age (not the
	// same currency: every sum of one story is in it)
	if a.Unit == b.Unit && (a.Kind == claims.KindCount && claims.KnownUnit(a.Unit) || a.Kind != claims.KindCount && a.Kind != claims.KindMoney && a.Kind != claims.KindDate) {
		v += wKnownUnit
	}
	switch {
	case !ok:
		v += disagreement(a, b) + s.ownNames(a, b, story) + s.ownNames(b, a, story)
	case sameFigure(a, b) || a.Kind == claims.KindDate && a.Date == b.Date:
		v += wSameFigure
	case bears(a, b) && !farThroughOpenBound(a, b):
		v += wAgree
	}
	v += s.context(a, b, story)
	if !aligned {
		sub := s.subjectScore(a, b)
		// the same figure or date with different places in two sentences is more often one fact
		// told with other details ("near the border with Portugal") than two facts
		if sub < 0 && ok && (sameFigure(a, b) || a.Kind == claims.KindDate && a.Date == b.Date) {
			sub /= 3
		}
		v += sub
	}
	return v
}

// disagreement weighs two statements that cannot both be right by how they differ: the same
// figure hedged on one side, or in another currency, is one fact misreported more often than two
// facts, and so are the same digits a scale word apart; other figures say they may be two facts.
func disagreement(a, b *claims.Claim) float64 {
	if d, ok := daysApart(a, b); ok && d > 62 {
		return wFarDates // a misdated event is misdated by days or a month, not by seasons
	}
	r, _ := classify(a, b)
	switch r.Name {
	case modalityRule.Name:
		return wSameFigureHedged
	case currencyRule.Name:
		return wSameDigits
	case scaleRule.Name:
		return wSameDigitsScaled
	}
	return wDisagree
}

// daysApart is how far apart two dates are, from the first day each allows ("mai 2020" is 1 May).
func daysApart(a, b *claims.Claim) (float64, bool) {
	if a.Kind != claims.KindDate || b.Kind != claims.KindDate {
		return 0, false
	}
	ta, okA := firstDay(a.Date)
	tb, okB := firstDay(b.Date)
	if !okA || !okB {
		return 0, false
	}
	return math.Abs(ta.Sub(tb).Hours()) / 24, true
}

func firstDay(d string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// subjectScore weighs whose fact the two statements are about: the subjects their clauses or
// sentences name, else their articles' headline subjects, which count for less.
func (s *scorer) subjectScore(a, b *claims.Claim) float64 {
	sa, sb := s.subjects[a.ID], s.subjects[b.ID]
	switch {
	case sa != "" && sb != "":
		if sa == sb {
			return wSubject
		}
		return wSubjectClash
	case sa == "" && sb == "":
		return 0
	}
	if sa == "" {
		a, b, sa = b, a, sb
	}
	// one subject named, the other from its article's headline
	if lead := s.subj.lead[b.Article]; lead != "" && lead != sa {
		return wSubjectClash / 2
	}
	return 0
}

// ownNames weighs, for two figures that disagree, a rare name in a's clause that b's sentence
// does not name: "2.600 werknemers in Eindhoven" against "4.300 medewerkers" are the staff of two
// places, not one staff misreported.
func (s *scorer) ownNames(a, b *claims.Claim, story string) float64 {
	n := float64(s.storyN[story])
	fb := s.ctx.features[b.ID]
	for _, e := range a.Entities[:min(a.ClauseEntities, len(a.Entities))] {
		// a name several languages write (a place, a company), not a word one language
		// capitalises ("Havenbedrijf")
		if !fb[e] && float64(s.nameDF[story][e]) <= 0.25*n && !s.subj.topic[story][e] && len(s.nameLangs[story+"|"+e]) >= 2 {
			return wOwnName
		}
	}
	return 0
}

// context scores what the two sentences share besides the claims themselves: other figures and
// dates (specific to one passage), and names (the rarer in the story, the more they say).
func (s *scorer) context(a, b *claims.Claim, story string) float64 {
	fa, fb := s.ctx.features[a.ID], s.ctx.features[b.ID]
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	v := 0.0
	n := float64(s.storyN[story])
	for f := range fa {
		if !fb[f] {
			continue
		}
		switch {
		case strings.HasPrefix(f, "n:") || strings.HasPrefix(f, "d:"):
			v += wFigure
		case float64(s.nameDF[story][f]) <= 0.25*n:
			v += wRareName
		default:
			v += wCommonName
		}
	}
	return math.Min(v, wContextCap)
}

// twins: a and b, of one article, stand where a parallel article states one figure twice (in its
// headline and its body): the article states one fact twice, and one of the two is changed.
func (s *scorer) twins(a, b *claims.Claim) bool {
	for x := range s.ctx.partners[a.ID] {
		for y := range s.ctx.partners[b.ID] {
			if x == y {
				continue
			}
			cx, cy := s.byID[x], s.byID[y]
			if cx.Article == cy.Article && cx.Article != a.Article && sameFigure(cx, cy) {
				return true
			}
		}
	}
	return false
}

// restatement: two statements of one article can be one fact only as the same figure, or as a
// rounded or bounded figure beside the exact one ("nearly 2,000 dead" in the headline, "1,987" in
// the body); "up to €8.5 million" and "€1.2 million" in one article are two sums.
func restatement(a, b *claims.Claim) bool {
	if sameFigure(a, b) || a.Kind == claims.KindDate || currencyOf(a) != currencyOf(b) {
		return true // sums in two currencies that agree are one sum converted
	}
	x, y := math.Abs(scalar(a)), math.Abs(scalar(b))
	return (a.Bound == claims.BoundExact) != (b.Bound == claims.BoundExact) && x > 0 && y > 0 && math.Max(x, y)/math.Min(x, y) <= 1.1
}

// farThroughOpenBound: the wordings agree only because one is open-ended far from the other figure
// ("more than 7.5 million" and "20 million"): no evidence that they state one fact.
func farThroughOpenBound(a, b *claims.Claim) bool {
	if sameFigure(a, b) || a.Kind == claims.KindDate {
		return false
	}
	open := func(c *claims.Claim) bool { return math.IsInf(c.Low, -1) || math.IsInf(c.High, 1) }
	if !open(a) && !open(b) {
		return false
	}
	x, y := math.Abs(scalar(a)), math.Abs(scalar(b))
	return x == 0 || y == 0 || math.Max(x, y)/math.Min(x, y) > 1.25
}

// linkage is how strongly two groups of statements are one fact: impossible when any pair of them
// is, else the mean over pairs of articles of the best score between their statements (an article
// that states a fact twice, in its headline and its body, is one voice, not two).
func linkage(cs []*claims.Claim, scores [][]float64, g, h []int) float64 {
	type articles struct{ a, b string }
	best := map[articles]float64{}
	for _, x := range g {
		for _, y := range h {
			v := scores[x][y]
			if v == impossible {
				return impossible
			}
			k := articles{cs[x].Article, cs[y].Article}
			if old, ok := best[k]; !ok || v > old {
				best[k] = v
			}
		}
	}
	sum := 0.0
	for _, v := range best {
		sum += v
	}
	return sum / float64(len(best))
}

// clusterBlock groups the statements of one story and family into facts.
func (s *scorer) clusterBlock(cs []*claims.Claim, story string) [][]*claims.Claim {
	if len(cs) > maxClusterSize {
		return byReading(cs)
	}
	n := len(cs)
	scores := make([][]float64, n)
	for i := range scores {
		scores[i] = make([]float64, n)
	}
	type pair struct {
		i, j int
		v    float64
	}
	var pairs []pair
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			v := s.score(cs[i], cs[j], story)
			scores[i][j], scores[j][i] = v, v
			if v >= joinThreshold {
				pairs = append(pairs, pair{i, j, v})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].v > pairs[y].v })
	group := make([]int, n)
	members := make([][]int, n)
	for i := range cs {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		g, h := group[p.i], group[p.j]
		if g == h {
			continue
		}
		if linkage(cs, scores, members[g], members[h]) < joinThreshold {
			continue
		}
		for _, x := range members[h] {
			group[x] = g
		}
		members[g] = append(members[g], members[h]...)
		members[h] = nil
	}
	var out [][]*claims.Claim
	for g := range members {
		if len(members[g]) == 0 {
			continue
		}
		sort.Ints(members[g])
		set := make([]*claims.Claim, len(members[g]))
		for k, x := range members[g] {
			set[k] = cs[x]
		}
		out = append(out, set)
	}
	sort.SliceStable(out, func(a, b int) bool { return idNum(out[a][0].ID) < idNum(out[b][0].ID) })
	return out
}

// group puts every claim into exactly one fact.
func group(all []claims.Claim, byID map[string]*claims.Claim, stories *storyIndex, subj *subjectFinder, ctx contexts) []*proto {
	type blockKey struct{ story, family string }
	blocks := map[blockKey][]*claims.Claim{}
	var keys []blockKey
	var stmts []*claims.Claim
	for k := range all {
		c := &all[k]
		if c.DerivedFrom != "" || c.RepeatOf != "" {
			continue // they follow the claim they convert or repeat
		}
		stmts = append(stmts, c)
		bk := blockKey{stories.of(c.Article), family(c)}
		if c.Kind == claims.KindNumber {
			bk.family += ":" + c.ID // bare numbers say nothing of what they count
		}
		if _, ok := blocks[bk]; !ok {
			keys = append(keys, bk)
		}
		blocks[bk] = append(blocks[bk], c)
	}
	s := newScorer(stmts, byID, stories, subj, ctx)
	var facts []*proto
	factOf := map[string]*proto{}
	for _, bk := range keys {
		for _, members := range s.clusterBlock(blocks[bk], bk.story) {
			p := &proto{story: bk.story, kind: members[0].Kind}
			for _, c := range members {
				p.claims = append(p.claims, c.ID)
				factOf[c.ID] = p
			}
			p.concept, p.unit, p.subject = describe(members, s.subjects)
			facts = append(facts, p)
		}
	}
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
			p.claims = append(p.claims, c.ID)
			factOf[c.ID] = p
		} else {
			p := &proto{story: stories.of(c.Article), kind: c.Kind, unit: c.Unit}
			p.claims = append(p.claims, c.ID)
			facts = append(facts, p)
		}
	}
	return facts
}

// describe names a fact by the concept, unit and subject most of its statements give.
func describe(cs []*claims.Claim, subjects map[string]string) (concept, unit, subject string) {
	commonest := func(get func(c *claims.Claim) string) string {
		n := map[string]int{}
		best := ""
		for _, c := range cs {
			v := get(c)
			if v == "" {
				continue
			}
			n[v]++
			if best == "" || n[v] > n[best] || n[v] == n[best] && v < best {
				best = v
			}
		}
		return best
	}
	concept = commonest(func(c *claims.Claim) string { return c.Concept })
	unit = commonest(func(c *claims.Claim) string {
		if claims.KnownUnit(c.Unit) || c.Kind != claims.KindCount {
			return c.Unit
		}
		return ""
	})
	if unit == "" {
		unit = cs[0].Unit
	}
	subject = commonest(func(c *claims.Claim) string { return subjects[c.ID] })
	return concept, unit, subject
}
