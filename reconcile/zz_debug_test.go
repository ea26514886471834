package reconcile

import (
	"fmt"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/seeds"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/ntrex"
)

func TestZZAlign(t *testing.T) {
	story := os.Getenv("STORY")
	if story == "" {
		t.Skip()
	}
	arts, err := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var in []Input
	for _, a := range arts {
		if strings.HasPrefix(a.ID, story+".") {
			if r := os.Getenv("REPL"); r != "" && strings.HasSuffix(a.ID, os.Getenv("LANGV")) {
				old, nw, _ := strings.Cut(r, "=>")
				a.Text = strings.Replace(a.Text, old, nw, 1)
			}
			cs, _ := claims.Extract(a, claims.Options{})
			in = append(in, Input{Article: a, Claims: cs})
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	all := renumber(in)
	ns, starts := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	cx := newContexts(in, all, stories, ns, starts)
	byID := map[string]*claims.Claim{}
	for k := range all {
		byID[all[k].ID] = &all[k]
	}
	for p := range cx.parallels {
		fmt.Println("PARALLEL", p)
	}
	var keys [][2]string
	for k := range cx.aligned {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return idNum(keys[i][0])*10000+idNum(keys[i][1]) < idNum(keys[j][0])*10000+idNum(keys[j][1])
	})
	for _, k := range keys {
		a, b := byID[k[0]], byID[k[1]]
		fmt.Printf("ALIGNED %s %q  ~  %s %q\n", a.Article, a.Text, b.Article, b.Text)
	}
	for _, c := range all {
		fmt.Printf("CLAIM %s %s %q %s %g %s concept=%s\n", c.ID, c.Article, c.Text, c.Kind, c.Value, c.Unit, c.Concept)
	}
}

func TestZZParallelStats(t *testing.T) {
	if os.Getenv("PSTATS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	all := renumber(in)
	ns, starts := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	cx := newContexts(in, all, stories, ns, starts)
	same, cross := 0, 0
	stem := func(id string) string { return id[:strings.LastIndex(id, ".")] }
	for p := range cx.parallels {
		if stem(p[0]) == stem(p[1]) {
			same++
		} else {
			cross++
			fmt.Println("CROSS", p)
		}
	}
	fmt.Println("same-story parallel pairs", same, "of", 123*15, "cross", cross)
}

func TestZZAlignStats(t *testing.T) {
	if os.Getenv("ASTATS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	all := renumber(in)
	ns, starts := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	newContexts(in, all, stories, ns, starts)
}

func TestZZStories(t *testing.T) {
	if os.Getenv("SSTATS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	ns, _ := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	stem := func(id string) string { return id[:strings.LastIndex(id, ".")] }
	byStem := map[string]map[string][]string{}
	for _, x := range in {
		s := stem(x.Article.ID)
		if byStem[s] == nil {
			byStem[s] = map[string][]string{}
		}
		st := stories.of(x.Article.ID)
		byStem[s][st] = append(byStem[s][st], x.Article.ID[len(s)+1:])
	}
	split := 0
	for s, m := range byStem {
		if len(m) > 1 {
			split++
			fmt.Println("SPLIT", s, m)
		}
	}
	fmt.Println("split docs", split)
}

func TestZZFeatures(t *testing.T) {
	story := os.Getenv("FSTORY")
	if story == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		if strings.HasPrefix(a.ID, story) {
			cs, _ := claims.Extract(a, claims.Options{})
			in = append(in, Input{Article: a, Claims: cs})
		}
	}
	ns, _ := corpusNames(in)
	for i, x := range in {
		fmt.Println(x.Article.ID, storyFeatures(x, ns[i]))
	}
}

func TestZZMerges(t *testing.T) {
	if os.Getenv("MSTATS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	ns, _ := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	stem := func(id string) string { return id[:strings.LastIndex(id, ".")] }
	docs := map[string]map[string]bool{}
	for _, x := range in {
		st := stories.of(x.Article.ID)
		if docs[st] == nil {
			docs[st] = map[string]bool{}
		}
		docs[st][stem(x.Article.ID)] = true
	}
	for st, d := range docs {
		if len(d) > 1 {
			fmt.Println("MERGED", st, len(d), slices.Sorted(maps.Keys(d)))
		}
	}
}

func TestZZPairStats(t *testing.T) {
	if os.Getenv("PAIRSTATS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	ns, _ := corpusNames(in)
	stem := func(id string) string { return id[:strings.LastIndex(id, ".")] }
	n := len(in)
	limit := min(max(int(float64(n)*maxShare)+5, 12), maxStoryFeatureDF)
	posting := map[string][]int{}
	feats := make([][]string, n)
	for i, x := range in {
		feats[i] = storyFeatures(x, ns[i])
		for _, f := range feats[i] {
			posting[f] = append(posting[f], i)
		}
	}
	for i := range in {
		shared := map[int]int{}
		for _, f := range feats[i] {
			if len(posting[f]) > limit {
				continue
			}
			for _, j := range posting[f] {
				if j > i {
					shared[j]++
				}
			}
		}
		ui := usable(feats[i], posting, limit)
		for j, k := range shared {
			uj := usable(feats[j], posting, limit)
			same := stem(in[i].Article.ID) == stem(in[j].Article.ID)
			fmt.Printf("PAIR same=%v k=%d ui=%d uj=%d\n", same, k, ui, uj)
		}
	}
}

func TestZZSeedPairs(t *testing.T) {
	if os.Getenv("SEEDPAIRS") == "" {
		t.Skip()
	}
	var in []Input
	for _, a := range seedArts(t) {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	ns, _ := corpusNames(in)
	n := len(in)
	limit := min(max(int(float64(n)*maxShare)+5, 12), maxStoryFeatureDF)
	posting := map[string][]int{}
	feats := make([][]string, n)
	for i, x := range in {
		feats[i] = storyFeatures(x, ns[i])
		fmt.Println(x.Article.ID, feats[i])
		for _, f := range feats[i] {
			posting[f] = append(posting[f], i)
		}
	}
	for i := range in {
		for j := i + 1; j < n; j++ {
			k := 0
			for _, f := range feats[i] {
				if slices.Contains(feats[j], f) {
					k++
				}
			}
			fmt.Printf("SEEDPAIR %s %s k=%d ui=%d uj=%d\n", in[i].Article.ID, in[j].Article.ID, k, usable(feats[i], posting, limit), usable(feats[j], posting, limit))
		}
	}
}

func seedArts(t *testing.T) []claims.Article {
	names, _ := fs.Glob(seeds.FS, "*.txt")
	var out []claims.Article
	for _, n := range names {
		b, _ := seeds.FS.ReadFile(n)
		a, err := ingest.Text(n, "seeds/"+n, b, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func TestZZLinks(t *testing.T) {
	if os.Getenv("LINKS") == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	ns, _ := corpusNames(in)
	stem := func(id string) string { return id[:strings.LastIndex(id, ".")] }
	n := len(in)
	limit := min(max(int(float64(n)*maxShare)+5, 12), maxStoryFeatureDF)
	posting := map[string][]int{}
	feats := make([][]string, n)
	for i, x := range in {
		feats[i] = storyFeatures(x, ns[i])
		for _, f := range feats[i] {
			posting[f] = append(posting[f], i)
		}
	}
	for i := range in {
		for j := i + 1; j < n; j++ {
			if stem(in[i].Article.ID) == stem(in[j].Article.ID) {
				continue
			}
			var sh []string
			for _, f := range feats[i] {
				if len(posting[f]) <= limit && slices.Contains(feats[j], f) {
					sh = append(sh, fmt.Sprintf("%s(%d)", f, len(posting[f])))
				}
			}
			ui, uj := usable(feats[i], posting, limit), usable(feats[j], posting, limit)
			if len(sh) >= 3 && float64(len(sh)) >= 0.2*float64(min(ui, uj)) {
				fmt.Println("LINK", in[i].Article.ID, in[j].Article.ID, ui, uj, sh)
			}
		}
	}
}

func TestZZFacts(t *testing.T) {
	story := os.Getenv("STORY")
	if story == "" {
		t.Skip()
	}
	arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
	var in []Input
	for _, a := range arts {
		if strings.HasPrefix(a.ID, story+".") {
			if r := os.Getenv("REPL"); r != "" && strings.HasSuffix(a.ID, os.Getenv("LANGV")) {
				old, nw, _ := strings.Cut(r, "=>")
				a.Text = strings.Replace(a.Text, old, nw, 1)
			}
			cs, _ := claims.Extract(a, claims.Options{})
			in = append(in, Input{Article: a, Claims: cs})
		}
	}
	rep := Reconcile(in, Options{})
	for _, f := range rep.Facts {
		fmt.Printf("FACT %s %q %s\n", f.ID, f.Label, f.Status)
		for _, c := range f.Claims {
			fmt.Printf("\t%s %s %q %g %s concept=%s bound=%s\n", c.ID, c.Article, c.Text, c.Value, c.Unit, c.Concept, c.Bound)
		}
		for _, x := range f.Contradictions {
			fmt.Printf("\tX %s %s %v\n", x.Type, x.Explanation, x.Claims)
		}
	}
}

func dirInputs(t *testing.T, dir string) []Input {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(files)
	var in []Input
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		a, err := ingest.Text(filepath.Base(f), f, raw, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs, _ := claims.Extract(a, claims.Options{})
		in = append(in, Input{Article: a, Claims: cs})
	}
	return in
}

// DIR=../testdata/heldout/x go test ./reconcile -run ZZScores -v
func TestZZScores(t *testing.T) {
	dir := os.Getenv("DIR")
	if dir == "" {
		t.Skip()
	}
	var in []Input
	if dir == "seeds" {
		for _, a := range seedArts(t) {
			cs, _ := claims.Extract(a, claims.Options{})
			in = append(in, Input{Article: a, Claims: cs})
		}
	} else if strings.HasPrefix(dir, "ntrex:") {
		arts, _ := ntrex.Articles("../testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl")
		for _, a := range arts {
			if strings.HasPrefix(a.ID, dir[6:]+".") {
				if r := os.Getenv("REPL"); r != "" && strings.HasSuffix(a.ID, os.Getenv("LANGV")) {
					old, nw, _ := strings.Cut(r, "=>")
					a.Text = strings.Replace(a.Text, old, nw, 1)
				}
				cs, _ := claims.Extract(a, claims.Options{})
				in = append(in, Input{Article: a, Claims: cs})
			}
		}
	} else {
		in = dirInputs(t, dir)
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Article.ID < in[j].Article.ID })
	all := renumber(in)
	for k := range all {
		peopleUnit(&all[k])
	}
	ns, starts := corpusNames(in)
	stories := clusterStories(in, ns, 0)
	storyYears(all, stories)
	subj := newSubjectFinder(in, ns, stories)
	ctx := newContexts(in, all, stories, ns, starts)
	byID := map[string]*claims.Claim{}
	var stmts []*claims.Claim
	for k := range all {
		byID[all[k].ID] = &all[k]
		if all[k].DerivedFrom == "" && all[k].RepeatOf == "" {
			stmts = append(stmts, &all[k])
		}
	}
	learnUnits(byID, ctx)
	s := newScorer(stmts, byID, stories, subj, ctx)
	want := os.Getenv("IDS") // "c1,c2"
	for _, c := range stmts {
		fmt.Printf("%s %s %s %q kind=%s v=%g %s unit=%s concept=%s subj=%s period=%s b=%s m=%s feats=%v\n", c.ID, c.Article[:2], c.Lang, c.Text, c.Kind, c.Value, c.Date, c.Unit, c.Concept, s.subjects[c.ID], s.periods[c.ID], c.Bound, c.Modality, slices.Sorted(maps.Keys(ctx.features[c.ID])))
	}
	if who := os.Getenv("WHO"); who != "" {
		for _, c := range stmts {
			o := byID[who]
			if c.ID != who && family(c) == family(o) {
				fmt.Printf("SCORE %s %s %q = %g aligned=%v\n", who, c.ID, c.Text, s.score(o, c, stories.of(o.Article)), ctx.isAligned(o, c))
			}
		}
	}
	if want != "" {
		ids := strings.Split(want, ",")
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				a, b := byID[ids[i]], byID[ids[j]]
				fmt.Printf("SCORE %s %s = %g\n", a.ID, b.ID, s.score(a, b, stories.of(a.Article)))
			}
		}
	}
}

func TestZZGroups(t *testing.T) {
	dir := os.Getenv("GDIR")
	if dir == "" {
		t.Skip()
	}
	var in []Input
	if dir == "seeds" {
		for _, a := range seedArts(t) {
			cs, _ := claims.Extract(a, claims.Options{})
			in = append(in, Input{Article: a, Claims: cs})
		}
	} else {
		in = dirInputs(t, dir)
	}
	rep := Reconcile(in, Options{})
	for _, f := range rep.Facts {
		fmt.Printf("FACT %s %q %s\n", f.ID, f.Label, f.Status)
		for _, c := range f.Claims {
			fmt.Printf("\t%s %s %q %g %s %s concept=%s\n", c.ID, c.Article[:3], c.Text, c.Value, c.Date, c.Unit, c.Concept)
		}
	}
}
