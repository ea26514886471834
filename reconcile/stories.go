package reconcile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

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
	maxShare  = 0.05
)

func storyFeatures(x Input) []string {
	seen := map[string]bool{}
	var out []string
	addf := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, sent := range claims.SentenceEntities(x.Article) {
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

func clusterStories(in []Input) *storyIndex {
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
		feats[i] = storyFeatures(x)
		for _, f := range feats[i] {
			posting[f] = append(posting[f], i)
		}
	}
	limit := int(float64(n)*maxShare) + 5
	for i := range in {
		shared := map[int]int{}
		for _, f := range feats[i] {
			p := posting[f]
			if len(p) > limit {
				continue
			}
			for _, j := range p {
				if j > i {
					shared[j]++
				}
			}
		}
		for j, k := range shared {
			small := min(len(feats[i]), len(feats[j]))
			if k >= minShared || (k >= 2 && float64(k) >= 0.3*float64(small)) || (k >= 1 && small <= 2) {
				parent[find(i)] = find(j)
			}
		}
	}
	// name stories s1… in order of their first article
	idx := &storyIndex{ofArticle: map[string]string{}, names: make([]string, n)}
	rootName := map[int]string{}
	roots := []int{}
	for i := range in {
		r := find(i)
		if _, ok := rootName[r]; !ok {
			rootName[r] = ""
			roots = append(roots, r)
		}
	}
	sort.SliceStable(roots, func(a, b int) bool { return firstOf(roots[a], parent, find) < firstOf(roots[b], parent, find) })
	for k, r := range roots {
		rootName[r] = "s" + strconv.Itoa(k+1)
	}
	for i, x := range in {
		name := rootName[find(i)]
		idx.names[i] = name
		idx.ofArticle[x.Article.ID] = name
	}
	return idx
}

func firstOf(root int, parent []int, find func(int) int) int {
	for i := range parent {
		if find(i) == root {
			return i
		}
	}
	return root
}

// subjectFinder tells what a claim is about: the nearest country its sentence names, directly or
// through an organisation the story ties to one country (the CNIL to France, the ICO to Britain).
type subjectFinder struct {
	orgPlace map[string]map[string]string // story -> org -> place
	topic    map[string]map[string]bool   // story -> names in most of the story's articles
	story    *storyIndex
}

func newSubjectFinder(in []Input, stories *storyIndex) *subjectFinder {
	sf := &subjectFinder{orgPlace: map[string]map[string]string{}, topic: map[string]map[string]bool{}, story: stories}
	co := map[string]map[string]map[string]int{} // story -> org -> place -> sentences
	docs := map[string]map[string]int{}          // story -> org -> articles
	size := map[string]int{}
	for i, x := range in {
		st := stories.name(i)
		size[st]++
		if co[st] == nil {
			co[st] = map[string]map[string]int{}
			docs[st] = map[string]int{}
		}
		inDoc := map[string]bool{}
		for _, sent := range claims.SentenceEntities(x.Article) {
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
	return sf
}

// of returns the claim's subject ("place:FR") or "" when its sentence names none.
func (sf *subjectFinder) of(c *claims.Claim) string {
	st := sf.story.of(c.Article)
	for _, e := range c.Entities {
		if strings.HasPrefix(e, "place:") {
			return e
		}
		if p, ok := sf.orgPlace[st][e]; ok {
			return p
		}
	}
	return ""
}
