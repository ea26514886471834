package reconcile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// contexts holds, for every claim, what surrounds it in its sentence (the other figures and the
// names) and, between articles that tell the story in the same order (translations, wire copy
// republished), which claims stand at the same place. Both work whatever the language.
type contexts struct {
	features  map[string]map[string]bool // claim id -> features
	aligned   map[[2]string]bool         // claim ids (smaller first) at the same place of parallel articles
	parallels map[[2]string]bool         // article ids (sorted) that tell the story in the same order
}

func (cx contexts) parallel(a, b string) bool {
	if b < a {
		a, b = b, a
	}
	return cx.parallels[[2]string{a, b}]
}

func (cx contexts) isAligned(a, b *claims.Claim) bool {
	k := [2]string{a.ID, b.ID}
	if idNum(k[1]) < idNum(k[0]) {
		k[0], k[1] = k[1], k[0]
	}
	return cx.aligned[k]
}

func newContexts(in []Input, all []claims.Claim, stories *storyIndex, ns []names, starts sentenceStarts) contexts {
	cx := contexts{features: map[string]map[string]bool{}, aligned: map[[2]string]bool{}, parallels: map[[2]string]bool{}}
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
		sents[x.Article.ID] = sentenceInfos(ns[i], starts[i], seq[x.Article.ID])
		st := stories.of(x.Article.ID)
		byStory[st] = append(byStory[st], i)
	}
	for _, idx := range byStory {
		if len(idx) > maxParallelStory {
			continue
		}
		for i := range idx {
			for j := i + 1; j < len(idx); j++ {
				a, b := in[idx[i]].Article.ID, in[idx[j]].Article.ID
				cx.alignParallel(seq[a], seq[b])
				cx.alignSentences(sents[a], sents[b])
			}
		}
	}
	return cx
}

// sentenceInfo is what one sentence shares with its translation: names and figures, and its statements.
type sentenceInfo struct {
	features map[string]bool
	claims   []*claims.Claim
}

func sentenceInfos(ns names, starts []int, stmts []*claims.Claim) []sentenceInfo {
	out := make([]sentenceInfo, len(starts))
	index := map[int]int{}
	for k, st := range starts {
		index[st] = k
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

// alignSentences aligns two articles sentence by sentence, a sentence matching another when they
// share a name or a figure. When most sentences that name anything match in order, the articles
// are parallel (a translation, a copy), and the statements of matched sentences are paired slot
// by slot: a figure changed in one translation still stands in the sentence that matches.
func (cx contexts) alignSentences(a, b []sentenceInfo) {
	var ia, ib []int // sentences with features
	for k := range a {
		if len(a[k].features) > 0 {
			ia = append(ia, k)
		}
	}
	for k := range b {
		if len(b[k].features) > 0 {
			ib = append(ib, k)
		}
	}
	n, m := len(ia), len(ib)
	if n < 3 || m < 3 || 2*min(n, m) < max(n, m) {
		return
	}
	match := func(i, j int) bool {
		fa, fb := a[ia[i]].features, b[ib[j]].features
		for f := range fa {
			if fb[f] {
				return true
			}
		}
		return false
	}
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if match(i, j) {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	if 10*l[0][0] < 7*min(n, m) {
		return
	}
	var first, second string
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case match(i, j) && l[i][j] == l[i+1][j+1]+1:
			cx.pairSlots(a[ia[i]].claims, b[ib[j]].claims)
			for _, c := range a[ia[i]].claims {
				first = c.Article
			}
			for _, c := range b[ib[j]].claims {
				second = c.Article
			}
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
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
		if len(xs) != len(ys) {
			continue
		}
		for i := range xs {
			p := [2]string{xs[i].ID, ys[i].ID}
			if idNum(p[1]) < idNum(p[0]) {
				p[0], p[1] = p[1], p[0]
			}
			cx.aligned[p] = true
		}
	}
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
	if l[0][0] < 3 || 5*l[0][0] < 3*min(n, m) {
		return
	}
	pa, pb := a[0].Article, b[0].Article
	if pb < pa {
		pa, pb = pb, pa
	}
	cx.parallels[[2]string{pa, pb}] = true
	pair := func(x, y *claims.Claim) {
		k := [2]string{x.ID, y.ID}
		if idNum(k[1]) < idNum(k[0]) {
			k[0], k[1] = k[1], k[0]
		}
		cx.aligned[k] = true
	}
	i, j := 0, 0
	gi, gj := 0, 0 // start of the current gap
	flush := func(ei, ej int) {
		if ei-gi == ej-gj {
			for k := 0; k < ei-gi; k++ {
				if sameSlot(a[gi+k], b[gj+k]) {
					pair(a[gi+k], b[gj+k])
				}
			}
		}
	}
	for i < n && j < m {
		switch {
		case eq(i, j) && l[i][j] == l[i+1][j+1]+1:
			flush(i, j)
			pair(a[i], b[j])
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

// similarity scores how likely two claims of different articles state the same fact: 4 when
// their figures agree, 4 for each other figure their sentences share, 6 when parallel articles
// put them at the same place.
func (cx contexts) similarity(a, b *claims.Claim) int {
	s := 0
	if agree(a, b) {
		s += 4
	}
	// names are shared by every sentence of a story: only figures tell sentences apart
	fa, fb := cx.features[a.ID], cx.features[b.ID]
	for f := range fa {
		if fb[f] && (strings.HasPrefix(f, "n:") || strings.HasPrefix(f, "d:")) {
			s += 4
		}
	}
	if cx.isAligned(a, b) {
		s += 6
	}
	return s
}

// minAlign is the similarity two claims need to be aligned: agreeing figures, or a changed figure
// whose sentence still shares another figure, or its place in a parallel article.
const minAlign = 4

// align groups the claims of an ambiguous block: the most similar pairs first, never two claims of
// one article in a group unless they agree. A claim aligned with nothing is a fact of its own.
func align(cs []*claims.Claim, cx contexts) [][]*claims.Claim {
	if len(cs) > maxAlignBlock {
		return byReading(cs)
	}
	type pair struct{ i, j, sim int }
	var pairs []pair
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Article == cs[j].Article {
				continue
			}
			if s := cx.similarity(cs[i], cs[j]); s >= minAlign {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].sim > pairs[b].sim })
	group := make([]int, len(cs))
	members := make([][]int, len(cs))
	for i := range cs {
		group[i] = i
		members[i] = []int{i}
	}
	// every claim of a group must agree with, or be aligned with, every other: no chains of
	// weak links between claims that have nothing to do with each other
	compatible := func(g, h int) bool {
		for _, x := range members[g] {
			for _, y := range members[h] {
				if agree(cs[x], cs[y]) {
					continue
				}
				if cs[x].Article == cs[y].Article || cx.similarity(cs[x], cs[y]) < minAlign {
					return false
				}
			}
		}
		return true
	}
	for _, p := range pairs {
		g, h := group[p.i], group[p.j]
		if g == h || !compatible(g, h) {
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

// maxAlignBlock bounds the pairwise alignment of one block; a larger block (a story told hundreds of
// times) is only grouped where readings are the same, which costs n log n.
const maxAlignBlock = 150

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
