package e2e

import (
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
	"github.com/crosscheck/crosscheck/reconcile"
)

// A perturbation changes one claim in one language version of a story, the way reporting goes
// wrong: another number, another scale word, another currency, or a hedge ("up to").
type perturbation struct {
	kind    string
	article string
	start   int // span of the changed claim in the changed text
	end     int
	text    string // the new article text
	before  string // the claim as it was
	after   string // the changed passage
}

var perturbKinds = []string{"number", "scale", "currency", "hedge"}

// perturb builds a perturbation of kind for claim c of article a, or false when it does not apply.
func perturb(kind string, a claims.Article, c claims.Claim) (perturbation, bool) {
	t, _ := lang.Get(a.Lang)
	quote := c.Text
	var repl string
	switch kind {
	case "number":
		// the first run of digits in the quote, multiplied by 1.6 (rounded to the same number of digits)
		i := strings.IndexAny(quote, "0123456789")
		if i < 0 {
			return perturbation{}, false
		}
		j := i
		for j < len(quote) && quote[j] >= '0' && quote[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(quote[i:j])
		if n == 0 || j-i > 6 {
			return perturbation{}, false
		}
		m := int(math.Round(float64(n) * 1.6))
		if m == n {
			m = n + 2
		}
		// "820.000", "226 000": the first group of a grouped number keeps its width, or the
		// change would make a malformed number rather than a misreported one
		if grouped(quote[j:]) && len(strconv.Itoa(m)) > j-i {
			m = int(math.Round(float64(n) * 0.6))
		}
		repl = quote[:i] + strconv.Itoa(m) + quote[j:]
	case "scale":
		// a scale word of the quote swapped for the one a thousand times larger or smaller
		words := strings.Fields(quote)
		done := false
		for k, w := range words {
			v, ok := t.Scales[lang.Fold(w)]
			if !ok || v < 1e6 {
				continue
			}
			want := v * 1000
			if v >= 1e9 {
				want = v / 1000
			}
			for _, cand := range slices.Sorted(maps.Keys(t.Scales)) {
				if t.Scales[cand] == want && len(cand) > 3 && samePlural(w, cand) {
					words[k] = matchCase(w, cand)
					done = true
					break
				}
			}
			if done {
				break
			}
		}
		if !done {
			return perturbation{}, false
		}
		repl = strings.Join(words, " ")
	case "currency":
		if c.Kind != claims.KindMoney {
			return perturbation{}, false
		}
		for _, sym := range []string{"€", "£", "$"} {
			if strings.Contains(quote, sym) {
				other := map[string]string{"€": "£", "£": "€", "$": "€"}[sym]
				repl = strings.Replace(quote, sym, other, 1)
				break
			}
		}
		if repl == "" {
			// a currency name of the table swapped for one of another currency
			low := lang.Fold(quote)
			for _, name := range sortedKeysByLen(t.Currencies) {
				if i := strings.Index(low, name); i >= 0 && len(name) > 3 {
					code := t.Currencies[name]
					for _, other := range slices.Sorted(maps.Keys(t.Currencies)) {
						if oc := t.Currencies[other]; oc != code && (oc == "EUR" || oc == "USD" || oc == "GBP") && len(other) > 3 {
							repl = quote[:i] + other + quote[i+len(name):]
							break
						}
					}
					break
				}
			}
		}
		if repl == "" {
			return perturbation{}, false
		}
	case "hedge":
		if c.Kind != claims.KindMoney || c.Bound != claims.BoundExact {
			return perturbation{}, false
		}
		upTo := ""
		for _, cue := range slices.Sorted(maps.Keys(t.BoundsBefore)) {
			if t.BoundsBefore[cue] == claims.BoundUpTo && (upTo == "" || len(cue) < len(upTo)) {
				upTo = cue
			}
		}
		if upTo == "" {
			return perturbation{}, false
		}
		repl = upTo + " " + quote
	}
	text := a.Text[:c.Start] + repl + a.Text[c.End:]
	return perturbation{kind: kind, article: a.ID, start: c.Start, end: c.Start + len(repl), text: text, before: quote, after: repl}, true
}

// grouped: the digits before rest are the first group of a number with thousands separators.
func grouped(rest string) bool {
	for _, sep := range []string{".", ",", " ", "\u00a0", "\u202f"} {
		if r, ok := strings.CutPrefix(rest, sep); ok && len(r) >= 3 && strings.Trim(r[:3], "0123456789") == "" && (len(r) == 3 || r[3] < '0' || r[3] > '9') {
			return true
		}
	}
	return false
}

func samePlural(a, b string) bool { return strings.HasSuffix(a, "s") == strings.HasSuffix(b, "s") }

func matchCase(orig, w string) string {
	if orig != "" && strings.ToUpper(orig[:1]) == orig[:1] {
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

func sortedKeysByLen[V any](m map[string]V) []string {
	out := slices.Sorted(maps.Keys(m))
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// TestPerturbationRecall changes one claim in one language version of an NTREX story and checks
// that the report flags a contradiction holding the changed claim.
func TestPerturbationRecall(t *testing.T) {
	arts := ntrexArticles(t, 1)
	byStory := map[string][]claims.Article{}
	var stories []string
	for _, a := range arts {
		s := a.ID[:strings.LastIndex(a.ID, ".")]
		if _, ok := byStory[s]; !ok {
			stories = append(stories, s)
		}
		byStory[s] = append(byStory[s], a)
	}
	extract := func(a claims.Article) []claims.Claim {
		cs, err := claims.Extract(a, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	caught, total := map[string]int{}, map[string]int{}
	var missed []string
	k := 0
	for si, s := range stories {
		versions := byStory[s]
		inputs := make([]reconcile.Input, len(versions))
		for i, a := range versions {
			inputs[i] = reconcile.Input{Article: a, Claims: extract(a)}
		}
		// one version per story, rotating through the languages; each of its claims in turn
		v := (si + perturbOffset()) % len(versions)
		target := inputs[v]
		// a claim the real translations already contradict is no test: changing it may as well
		// mend it (newsweek.51318.fr has pounds where the others have dollars)
		base := reconcile.Reconcile(inputs, reconcile.Options{})
		for _, c := range target.Claims {
			if c.DerivedFrom != "" || c.RepeatOf != "" || c.Kind == claims.KindDate || c.Kind == claims.KindNumber || !anchoredClaim(c) {
				continue
			}
			if flagged(base, perturbation{article: target.Article.ID, start: c.Start, end: c.End}) {
				continue
			}
			for _, p := range perturbationsOf(target.Article, c, &k) {
				changed := target.Article
				changed.Text = p.text
				in := append([]reconcile.Input(nil), inputs...)
				in[v] = reconcile.Input{Article: changed, Claims: extract(changed)}
				rep := reconcile.Reconcile(in, reconcile.Options{})
				total[p.kind]++
				if flagged(rep, p) {
					caught[p.kind]++
				} else {
					missed = append(missed, fmt.Sprintf("%s %s: %q → %q%s", p.kind, p.article, p.before, p.after, whereIs(rep, p)))
				}
			}
		}
	}
	n, c := 0, 0
	for _, kind := range perturbKinds {
		n += total[kind]
		c += caught[kind]
		t.Logf("%-8s %3d of %3d caught", kind, caught[kind], total[kind])
	}
	recall := float64(c) / math.Max(1, float64(n))
	t.Logf("perturbations caught: %d of %d (%.1f%%)", c, n, 100*recall)
	if os.Getenv("PERTURB_VERBOSE") != "" {
		for _, m := range missed {
			t.Log("missed ", m)
		}
	}
	if recall < minPerturbRecall {
		t.Errorf("perturbation recall %.3f below %.2f", recall, minPerturbRecall)
	}
}

// perturbationsOf gives the perturbations made of claim c: one kind per claim, rotating through
// the kinds (k counts the claims perturbed) and falling back to a changed number where the kind
// does not apply; with PERTURB_EVERY=1, every kind that applies, to measure each kind on more cases.
func perturbationsOf(a claims.Article, c claims.Claim, k *int) []perturbation {
	if os.Getenv("PERTURB_EVERY") != "" {
		var out []perturbation
		for _, kind := range perturbKinds {
			if p, ok := perturb(kind, a, c); ok {
				out = append(out, p)
			}
		}
		return out
	}
	p, ok := perturb(perturbKinds[*k%len(perturbKinds)], a, c)
	if !ok {
		if p, ok = perturb("number", a, c); !ok {
			return nil
		}
	}
	*k++
	return []perturbation{p}
}

// perturbOffset shifts the rotation (PERTURB_OFFSET=1…5), to measure on other versions than the
// guarded ones.
func perturbOffset() int {
	n, _ := strconv.Atoi(os.Getenv("PERTURB_OFFSET"))
	return n
}

// minPerturbRecall is a regression guard just under the level reached (0.906); the goal is 0.9.
const minPerturbRecall = 0.88

func anchoredClaim(c claims.Claim) bool {
	return c.Concept != "" || (c.Kind == claims.KindCount && claims.KnownUnit(c.Unit)) || c.Kind == claims.KindMoney
}

func flagged(rep reconcile.Report, p perturbation) bool {
	for _, f := range rep.Facts {
		byID := map[string]claims.Claim{}
		for _, c := range f.Claims {
			byID[c.ID] = c
		}
		for _, x := range f.Contradictions {
			for _, id := range x.Claims {
				c := byID[id]
				if c.Article == p.article && c.Start < p.end && p.start < c.End {
					return true
				}
			}
		}
	}
	return false
}

// whereIs describes the fact that holds the changed claim, for PERTURB_VERBOSE: what a miss was
// grouped with tells whether extraction, grouping or the rules lost it.
func whereIs(rep reconcile.Report, p perturbation) string {
	if os.Getenv("PERTURB_VERBOSE") == "" {
		return ""
	}
	for _, f := range rep.Facts {
		for _, c := range f.Claims {
			if c.Article != p.article || c.End <= p.start || p.end <= c.Start {
				continue
			}
			var b strings.Builder
			fmt.Fprintf(&b, "\n\tclaim %s %g %s concept=%q bound=%s; fact %q %s:", c.Kind, c.Value, c.Unit, c.Concept, c.Bound, f.Label, f.Status)
			for _, o := range f.Claims {
				fmt.Fprintf(&b, "\n\t\t%s %q %g %s", o.Article, o.Text, o.Value, o.Unit)
			}
			// where the other versions' claims of the original figure went
			orig := claims.Figures(c.Lang, p.before)
			for _, g := range rep.Facts {
				if &g == &f {
					continue
				}
				for _, o := range g.Claims {
					if o.Article != p.article && len(orig) > 0 && math.Abs(o.Value-orig[0]*(o.Value/math.Max(1e-9, o.Value))) < 1e-9 && strings.HasPrefix(o.Article, p.article[:strings.LastIndex(p.article, ".")]) {
						fmt.Fprintf(&b, "\n\t  counterpart %s %q %g %s concept=%q in fact %q %s", o.Article, o.Text, o.Value, o.Unit, o.Concept, g.Label, g.Status)
					}
				}
			}
			return b.String()
		}
	}
	return "\n\tno claim at the changed span"
}
