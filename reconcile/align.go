package reconcile

import (
	"fmt"
	"maps"
	"math"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
)

// contexts holds, for every claim, what surrounds it in its sentence (the other figures and the
// names) and, between articles that tell the story in the same order (translations, wire copy
// republished), which claims stand at the same place. Both work whatever the language.
type contexts struct {
	features  map[string]map[string]bool // claim id -> features
	aligned   map[[2]string]bool         // claim ids (smaller first) at the same place of parallel articles
	partners  map[string]map[string]bool // the same pairs, by claim id both ways, for fast look-ups
	sole      map[[2]string]bool         // aligned counts of different nouns, each the only count of its sentence
	parallels map[[2]string]bool         // article ids (sorted) that tell the story in the same order
}

// pair records two claims as standing at the same place of parallel articles.
func (cx contexts) pair(a, b *claims.Claim) {
	cx.aligned[alignKey(a, b)] = true
	for _, x := range [2][2]string{{a.ID, b.ID}, {b.ID, a.ID}} {
		m := cx.partners[x[0]]
		if m == nil {
			m = map[string]bool{}
			cx.partners[x[0]] = m
		}
		m[x[1]] = true
	}
}

func (cx contexts) isAligned(a, b *claims.Claim) bool { return cx.partners[a.ID][b.ID] }

// alignKey orders a pair of claim ids, the smaller first.
func alignKey(a, b *claims.Claim) [2]string {
	if idNum(b.ID) < idNum(a.ID) {
		a, b = b, a
	}
	return [2]string{a.ID, b.ID}
}

func newContexts(in []Input, all []claims.Claim, stories *storyIndex, ns []names, starts sentenceSpans) contexts {
	cx := contexts{features: map[string]map[string]bool{}, aligned: map[[2]string]bool{}, partners: map[string]map[string]bool{}, sole: map[[2]string]bool{}, parallels: map[[2]string]bool{}}
	type sentKey struct {
		article string
		start   int
	}
	bySentence := map[sentKey][]*claims.Claim{}
	seq := map[string][]*claims.Claim{} // article -> its statements in text order
	for k := range all {
		c := &all[k]
		bySentence[sentKey{c.Article, c.SentenceStart}] = append(bySentence[sentKey{c.Article, c.SentenceStart}], c)
		if c.DerivedFrom == "" && c.RepeatOf == "" && c.Kind != claims.KindNumber {
			seq[c.Article] = append(seq[c.Article], c)
		}
	}
	for k := range all {
		c := &all[k]
		f := map[string]bool{}
		for _, o := range bySentence[sentKey{c.Article, c.SentenceStart}] {
			if o.ID == c.ID || o.DerivedFrom != "" || o.DerivedFrom == c.ID || o.Kind == claims.KindNumber {
				continue
			}
			if o.Kind == claims.KindDate {
				f["d:"+o.Date] = true
			} else {
				f[fmt.Sprintf("n:%g", o.Value)] = true
			}
		}
		for _, e := range c.Entities {
			if strings.HasPrefix(e, "place:") || strings.HasPrefix(e, "org:") {
				f[e] = true
			}
		}
		cx.features[c.ID] = f
	}
	// parallel articles: pairs of one story whose statements, or whose sentences, mostly agree in
	// the same order
	sents := make(map[string][]sentenceInfo, len(in))
	byStory := map[string][]int{}
	for i, x := range in {
		sents[x.Article.ID] = sentenceInfos(ns[i], starts[i], x.Article.Text, seq[x.Article.ID])
		st := stories.of(x.Article.ID)
		byStory[st] = append(byStory[st], i)
	}
	// stories are aligned apart, on every core, each worker into maps of its own
	jobs := make(chan []int)
	results := make(chan contexts)
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		go func() {
			local := contexts{features: cx.features, aligned: map[[2]string]bool{}, partners: map[string]map[string]bool{},
				sole: map[[2]string]bool{}, parallels: map[[2]string]bool{}}
			for idx := range jobs {
				for i := range idx {
					for j := i + 1; j < len(idx); j++ {
						a, b := in[idx[i]].Article.ID, in[idx[j]].Article.ID
						local.alignParallel(seq[a], seq[b])
						local.alignSentences(sents[a], sents[b])
					}
				}
			}
			results <- local
		}()
	}
	for _, idx := range byStory {
		if len(idx) <= maxParallelStory {
			jobs <- idx
		}
	}
	close(jobs)
	for w := 0; w < workers; w++ {
		local := <-results
		maps.Copy(cx.aligned, local.aligned)
		maps.Copy(cx.sole, local.sole)
		maps.Copy(cx.parallels, local.parallels)
		for id, ps := range local.partners {
			if cx.partners[id] == nil {
				cx.partners[id] = ps
				continue
			}
			maps.Copy(cx.partners[id], ps)
		}
	}
	return cx
}

// sentenceInfo is what one sentence shares with its translation: its length, names and figures,
// and its statements.
type sentenceInfo struct {
	length   int // in runes
	features map[string]bool
	claims   []*claims.Claim
}

func sentenceInfos(ns names, spans [][2]int, text string, stmts []*claims.Claim) []sentenceInfo {
	out := make([]sentenceInfo, len(spans))
	index := map[int]int{}
	for k, sp := range spans {
		index[sp[0]] = k
		out[k].length = utf8.RuneCountInString(text[sp[0]:sp[1]])
		out[k].features = map[string]bool{}
		if k < len(ns) {
			for _, e := range ns[k] {
				out[k].features[e] = true
			}
		}
	}
	for _, c := range stmts {
		k, ok := index[c.SentenceStart]
		if !ok {
			continue
		}
		out[k].claims = append(out[k].claims, c)
		if c.Kind == claims.KindDate {
			out[k].features["d:"+c.Date] = true
		} else {
			out[k].features[fmt.Sprintf("n:%g", c.Value)] = true
		}
	}
	return out
}

// alignSentences aligns two articles sentence by sentence, the way translations are aligned
// (Gale and Church): a translated sentence is about as long as its original, relative to the
// lengths of the two texts, and it keeps its names and figures. When nearly every sentence finds
// its counterpart at a length that fits, and matched sentences that name anything share a name or
// a figure, the articles are parallel (a translation, a copy), and the statements of matched
// sentences are paired slot by slot: a figure changed in one translation still stands in the
// sentence that matches, whatever else changed around it.
func (cx contexts) alignSentences(a, b []sentenceInfo) {
	n, m := len(a), len(b)
	if n < 2 || m < 2 || 4*min(n, m) < 3*max(n, m) {
		return
	}
	var ta, tb int
	for _, s := range a {
		ta += s.length
	}
	for _, s := range b {
		tb += s.length
	}
	if ta == 0 || tb == 0 {
		return
	}
	ratio := float64(tb) / float64(ta)
	lenCost := func(la, lb int) float64 {
		return 6 * math.Abs(math.Log((float64(lb)+10)/(ratio*float64(la)+10)))
	}
	shared := func(fa, fb map[string]bool) (both, share bool) {
		if len(fa) == 0 || len(fb) == 0 {
			return false, false
		}
		for f := range fa {
			if fb[f] {
				return true, true
			}
		}
		return true, false
	}
	pairCost := func(i, j int) float64 {
		c := lenCost(a[i].length, b[j].length)
		switch both, share := shared(a[i].features, b[j].features); {
		case share:
			c -= 1
		case both:
			c += 1.5
		}
		return c
	}
	const skip, merge = 4.5, 2.3
	type move struct{ di, dj int }
	inf := math.Inf(1)
	cost := make([][]float64, n+1)
	from := make([][]move, n+1)
	for i := range cost {
		cost[i] = make([]float64, m+1)
		from[i] = make([]move, m+1)
		for j := range cost[i] {
			cost[i][j] = inf
		}
	}
	cost[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			c := cost[i][j]
			if math.IsInf(c, 1) {
				continue
			}
			try := func(di, dj int, step float64) {
				if i+di > n || j+dj > m {
					return
				}
				if c+step < cost[i+di][j+dj] {
					cost[i+di][j+dj] = c + step
					from[i+di][j+dj] = move{di, dj}
				}
			}
			try(1, 0, skip)
			try(0, 1, skip)
			if i < n && j < m {
				try(1, 1, pairCost(i, j))
			}
			if i+1 < n && j < m {
				try(2, 1, merge+lenCost(a[i].length+a[i+1].length, b[j].length))
			}
			if i < n && j+1 < m {
				try(1, 2, merge+lenCost(a[i].length, b[j].length+b[j+1].length))
			}
		}
	}
	type match struct{ ia, ib []int }
	var matches []match
	covered, both, share := 0, 0, 0
	var fit float64
	for i, j := n, m; i > 0 || j > 0; {
		mv := from[i][j]
		if mv.di > 0 && mv.dj > 0 {
			var x match
			la, lb := 0, 0
			for k := i - mv.di; k < i; k++ {
				x.ia = append(x.ia, k)
				la += a[k].length
			}
			for k := j - mv.dj; k < j; k++ {
				x.ib = append(x.ib, k)
				lb += b[k].length
			}
			matches = append(matches, x)
			covered += mv.di + mv.dj
			fit += lenCost(la, lb)
			fa, fb := map[string]bool{}, map[string]bool{}
			for _, k := range x.ia {
				maps.Copy(fa, a[k].features)
			}
			for _, k := range x.ib {
				maps.Copy(fb, b[k].features)
			}
			if bo, sh := shared(fa, fb); bo {
				both++
				if sh {
					share++
				}
			}
		}
		i, j = i-mv.di, j-mv.dj
	}
	// parallel: nearly all sentences matched, at lengths that fit, keeping their names and figures
	// (translations: lengths fit at about 0.6 a sentence, and three in four matched sentences that
	// name anything share a name or figure; other outlets' tellings of a story match at about 1 and
	// share half)
	if 10*covered < 9*(n+m) || fit > float64(len(matches)) || both == 0 || 4*share < 3*both {
		return
	}
	var first, second string
	for _, x := range matches {
		var ca, cb []*claims.Claim
		for _, k := range x.ia {
			ca = append(ca, a[k].claims...)
		}
		for _, k := range x.ib {
			cb = append(cb, b[k].claims...)
		}
		cx.pairSlots(ca, cb)
		if x, y := soleCount(ca, cb), soleCount(cb, ca); x != nil && y != nil && x.Unit != y.Unit {
			cx.sole[alignKey(x, y)] = true
		}
		for _, c := range ca {
			first = c.Article
		}
		for _, c := range cb {
			second = c.Article
		}
	}
	if first != "" && second != "" {
		if second < first {
			first, second = second, first
		}
		cx.parallels[[2]string{first, second}] = true
	}
}

// pairSlots pairs the statements of two matched sentences that measure the same kind of thing,
// in order, when both sentences have as many of them.
func (cx contexts) pairSlots(a, b []*claims.Claim) {
	type slot struct{ kind, dim string }
	group := func(cs []*claims.Claim) map[slot][]*claims.Claim {
		m := map[slot][]*claims.Claim{}
		for _, c := range cs {
			k := slot{c.Kind, unitDimension(c)}
			m[k] = append(m[k], c)
		}
		return m
	}
	ga, gb := group(a), group(b)
	for k, xs := range ga {
		ys := gb[k]
		if len(xs) == len(ys) {
			for i := range xs {
				cx.pair(xs[i], ys[i])
			}
			continue
		}
		// one side states more ("540 injured, 29 of them badly" against "540 injured"): figures
		// that agree pair first, and what is left pairs in order when as many are left on each side
		used := map[*claims.Claim]bool{}
		var rx []*claims.Claim
		for _, x := range xs {
			found := false
			for _, y := range ys {
				if !used[y] && agree(x, y) {
					used[y], found = true, true
					cx.pair(x, y)
					break
				}
			}
			if !found {
				rx = append(rx, x)
			}
		}
		var ry []*claims.Claim
		for _, y := range ys {
			if !used[y] {
				ry = append(ry, y)
			}
		}
		switch {
		case len(rx) == len(ry):
			for i := range rx {
				cx.pair(rx[i], ry[i])
			}
		case len(rx) == 1 && len(ry) > 1:
			if y := nearest(rx[0], ry); y != nil {
				cx.pair(rx[0], y)
			}
		case len(ry) == 1 && len(rx) > 1:
			if x := nearest(ry[0], rx); x != nil {
				cx.pair(x, ry[0])
			}
		}
	}
}

// soleCount is the one count of a thing (not a physical measure) among a sentence's statements
// whose noun its translation does not use: "24 centres" beside "16,700 people", against "24
// pusat" beside "16.700 orang".
func soleCount(cs, translation []*claims.Claim) *claims.Claim {
	nouns := map[string]bool{}
	for _, c := range translation {
		if c.Kind == claims.KindCount {
			nouns[c.Unit] = true
		}
	}
	var one *claims.Claim
	for _, c := range cs {
		if c.Kind != claims.KindCount || nouns[c.Unit] {
			continue
		}
		if _, measure := lang.Measures[c.Unit]; measure {
			continue
		}
		if one != nil {
			return nil
		}
		one = c
	}
	return one
}

// nearest is the claim of cs whose figure is closest to c's (as a ratio), if any is related to it.
func nearest(c *claims.Claim, cs []*claims.Claim) *claims.Claim {
	var best *claims.Claim
	bestD := math.Inf(1)
	for _, o := range cs {
		x, y := math.Abs(scalar(c)), math.Abs(scalar(o))
		if x == 0 || y == 0 || !related(c, o) {
			continue
		}
		if d := math.Abs(math.Log(x / y)); d < bestD {
			best, bestD = o, d
		}
	}
	return best
}

// maxParallelStory bounds the pairwise comparison of a story's articles.
const maxParallelStory = 64

func sameSlot(a, b *claims.Claim) bool {
	return a.Kind == b.Kind && unitDimension(a) == unitDimension(b)
}

// alignParallel aligns two articles' statements by their longest common subsequence of agreeing
// claims. When at least three and 60% of the shorter article agree in order, they are parallel, and
// the claims between two agreeing anchors are paired one for one: a changed figure in a
// translation stands exactly where the original one stood.
func (cx contexts) alignParallel(a, b []*claims.Claim) {
	n, m := len(a), len(b)
	if n < 2 || m < 2 {
		return
	}
	eq := func(i, j int) bool { return sameSlot(a[i], b[j]) && agree(a[i], b[j]) }
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if eq(i, j) {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	// a translation keeps nearly all its original's figures in order; outlets telling one story
	// share many figures too, but each tells its own (so 60% of the longer article, not the shorter)
	if l[0][0] < 3 || 5*l[0][0] < 3*max(n, m) {
		return
	}
	pa, pb := a[0].Article, b[0].Article
	if pb < pa {
		pa, pb = pb, pa
	}
	cx.parallels[[2]string{pa, pb}] = true
	i, j := 0, 0
	gi, gj := 0, 0 // start of the current gap
	flush := func(ei, ej int) {
		if ei-gi == ej-gj {
			for k := 0; k < ei-gi; k++ {
				if sameSlot(a[gi+k], b[gj+k]) {
					cx.pair(a[gi+k], b[gj+k])
				}
			}
		}
	}
	for i < n && j < m {
		switch {
		case eq(i, j) && l[i][j] == l[i+1][j+1]+1:
			flush(i, j)
			cx.pair(a[i], b[j])
			i, j = i+1, j+1
			gi, gj = i, j
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	flush(n, m)
}

// byReading groups claims that state the same figure in the same unit.
func byReading(cs []*claims.Claim) [][]*claims.Claim {
	index := map[string]int{}
	var out [][]*claims.Claim
	for _, c := range cs {
		k := fmt.Sprintf("%s|%s|%.3g|%s|%s", c.Kind, c.Unit, c.Value, c.Date, c.Bound)
		g, ok := index[k]
		if !ok {
			g = len(out)
			index[k] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], c)
	}
	return out
}
