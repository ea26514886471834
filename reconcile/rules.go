package reconcile

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
)

// rule is one kind of contradiction between two statements of the same fact.
type rule struct {
	Name     string
	Conflict func(a, b *claims.Claim) bool
	Severity func(a, b *claims.Claim) string
	Explain  func(out, maj sideView) string
}

// rules, most specific first: the first that fires names the contradiction.
var rules = []rule{modalityRule, currencyRule, scaleRule, dateRule, valueRule}

// agree reports whether two statements of a fact can both be true.
func agree(a, b *claims.Claim) bool {
	for _, r := range rules {
		if r.Conflict(a, b) {
			return false
		}
	}
	return true
}

func classify(a, b *claims.Claim) (rule, bool) {
	for _, r := range rules {
		if r.Conflict(a, b) {
			return r, true
		}
	}
	return rule{}, false
}

// tolerance is half the rounding step of the figure as written, at most 5% of it:
// "20 billion" may be 20.4 billion, "1.2 billion" may be 1.19 billion.
func tolerance(c *claims.Claim) float64 {
	t := c.Precision / 2
	if lim := 0.05 * math.Abs(c.Value); t > lim {
		t = lim
	}
	return t
}

// days converts durations to one unit so "two months" and "60 days" compare.
var days = map[string]float64{"second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7, "month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5, "century": 36525}

// span returns the interval the wording allows, widened by rounding, in a unit common to the fact.
func span(c *claims.Claim) (lo, hi float64) {
	f := unitSize(c)
	t := tolerance(c)
	return (c.Low - t) * f, (c.High + t) * f
}

func scalar(c *claims.Claim) float64 {
	return c.Value * unitSize(c)
}

// unitSize is what one unit of the claim is worth in its dimension's base unit (days, metres…).
func unitSize(c *claims.Claim) float64 {
	if c.Kind == claims.KindDuration {
		if d, ok := days[c.Unit]; ok {
			return d
		}
	}
	if c.Kind == claims.KindCount {
		if m, ok := lang.Measures[c.Unit]; ok {
			return m.Size
		}
	}
	return 1
}

// converted: the two claims measure one dimension in different units ("miles" and "km"), so that
// one side is a rounded conversion and only a wider tolerance is fair.
func converted(a, b *claims.Claim) bool {
	return a.Kind == claims.KindCount && a.Unit != b.Unit && sameMeasure(a, b)
}

func currencyOf(c *claims.Claim) string {
	if c.Kind != claims.KindMoney && c.Kind != claims.KindRate {
		return ""
	}
	if i := strings.Index(c.Unit, "/"); i >= 0 {
		return c.Unit[:i]
	}
	return c.Unit
}

// sameMeasure: two statements whose numbers can be compared directly.
func sameMeasure(a, b *claims.Claim) bool {
	if a.Kind == claims.KindDate || b.Kind == claims.KindDate {
		return false
	}
	if a.Kind == claims.KindDuration && b.Kind == claims.KindDuration {
		_, okA := days[a.Unit]
		_, okB := days[b.Unit]
		return okA && okB
	}
	if a.Kind == claims.KindCount && b.Kind == claims.KindCount && a.Unit != b.Unit {
		ma, okA := lang.Measures[a.Unit]
		mb, okB := lang.Measures[b.Unit]
		return okA && okB && ma.Dimension == mb.Dimension
	}
	return a.Kind == b.Kind && a.Unit == b.Unit
}

func overlap(a, b *claims.Claim) bool {
	alo, ahi := span(a)
	blo, bhi := span(b)
	if converted(a, b) {
		// a conversion rounds: 385 miles is "620 km"; allow 3%
		alo, ahi, blo, bhi = alo*0.97, ahi*1.03, blo*0.97, bhi*1.03
	}
	return alo <= bhi && blo <= ahi
}

// sameFigure: the numbers written are the same, whatever the bound ("more than 7.5 million" and "7.5 million").
func sameFigure(a, b *claims.Claim) bool {
	d := math.Abs(scalar(a) - scalar(b))
	if converted(a, b) {
		return d <= 0.03*math.Max(math.Abs(scalar(a)), math.Abs(scalar(b)))
	}
	return d <= math.Max(tolerance(a)*unitSize(a), tolerance(b)*unitSize(b))+1e-9*math.Abs(scalar(a))
}

func hedged(c *claims.Claim) bool {
	return c.Modality == claims.Conditional || c.Bound == claims.BoundUpTo || c.Bound == claims.BoundAtMost
}

// toUSD converts money with the rough rates of lang.PerUSD.
func toUSD(c *claims.Claim) (float64, bool) {
	r, ok := lang.PerUSD[currencyOf(c)]
	if !ok || r == 0 {
		return 0, false
	}
	return c.Value / r, true
}

// sideView is one side of a contradiction, as the explanation needs it.
type sideView struct {
	claims   []*claims.Claim
	articles []string
	evidence []*claims.Claim // amounts in other currencies the side's articles give for the same fact
}

func (s sideView) first() *claims.Claim { return s.claims[0] }

func (s sideView) who() string {
	if len(s.articles) == 1 {
		return fmt.Sprintf("%s (%s)", short(s.articles[0]), s.first().Lang)
	}
	names := make([]string, len(s.articles))
	for k, a := range s.articles {
		names[k] = short(a)
	}
	return fmt.Sprintf("%d articles (%s)", len(s.articles), strings.Join(names, ", "))
}

// short is how an article is cited in a sentence: "001" for "001_1d2ce94459935e22.txt".
func short(article string) string {
	if i := strings.IndexByte(article, '_'); i > 0 {
		return article[:i]
	}
	return strings.TrimSuffix(article, ".txt")
}

// quote gives the passage around the claim, short enough to read in a sentence.
func quote(c *claims.Claim) string { return "«" + Excerpt(c) + "»" }

// Excerpt returns the claim with up to about 60 bytes of its sentence before it and 40 after,
// cut at spaces, with "…" where the sentence goes on. Offsets that do not quote the claim's
// text give the text alone.
func Excerpt(c *claims.Claim) string {
	s := c.Sentence
	rs, re := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rs < 0 || re > len(s) || rs > re || s[rs:re] != c.Text {
		return c.Text
	}
	from, to := runeStart(s, max(0, rs-60)), runeStart(s, min(len(s), re+40))
	if from > 0 {
		if i := strings.IndexByte(s[from:rs], ' '); i >= 0 {
			from += i + 1
		}
	}
	if to < len(s) {
		if i := strings.LastIndexByte(s[re:to], ' '); i >= 0 {
			to = re + i
		}
	}
	q := strings.Join(strings.Fields(s[from:to]), " ")
	if from > 0 {
		q = "…" + q
	}
	if to < len(s) {
		q += "…"
	}
	return q
}

func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// reading says what a statement states: "about 20 billion image", "EUR 20 million (up to, conditional)".
func reading(c *claims.Claim) string {
	var v string
	switch {
	case c.Kind == claims.KindDate:
		v = c.Date
	case c.Kind == claims.KindMoney || c.Kind == claims.KindRate:
		v = currencyOf(c) + " " + humanNumber(c.Value)
		if i := strings.Index(c.Unit, "/"); i >= 0 {
			v += c.Unit[i:]
		}
	case c.Kind == claims.KindPercentage:
		v = humanNumber(c.Value) + "%"
	default:
		v = humanNumber(c.Value) + " " + c.Unit
	}
	var q []string
	if c.Bound != claims.BoundExact && c.Bound != "" {
		q = append(q, strings.ReplaceAll(c.Bound, "_", " "))
	}
	if c.Modality != claims.Asserted && c.Modality != "" {
		q = append(q, c.Modality)
	}
	if len(q) > 0 {
		v += " (" + strings.Join(q, ", ") + ")"
	}
	return v
}

func humanNumber(v float64) string {
	abs := math.Abs(v)
	for _, s := range []struct {
		f    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.f {
			return trimFloat(v/s.f) + " " + s.name
		}
	}
	if v == math.Trunc(v) && abs >= 1000 {
		s := fmt.Sprintf("%.0f", abs)
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		if v < 0 {
			return "-" + b.String()
		}
		return b.String()
	}
	return trimFloat(v)
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.3f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// rolesAware is agree, except that two different figures both passages state are not a
// contradiction: "three points out of four" and "tiga dari empat poin", "aged 17, 18 and 20" and
// "one of 17, two of 18 and one of 20" state the same figures, read in different roles.
//
// parts, when set, gives the counts of a claim's sentence in its unit: "one aged 17, two aged 18
// and one aged 20" states four people in parts, against "the four young people".
func rolesAware(parts func(c *claims.Claim) []*claims.Claim) func(a, b *claims.Claim) bool {
	figures := map[[2]string][]float64{}
	sums := func(c *claims.Claim, v float64) bool {
		if parts == nil || c.Kind != claims.KindCount {
			return false
		}
		ps := parts(c)
		if len(ps) < 2 {
			return false
		}
		total := 0.0
		for _, p := range ps {
			total += p.Value
		}
		return math.Abs(total-v) <= 1e-9*math.Max(1, math.Abs(v))
	}
	states := func(c *claims.Claim, v float64) bool {
		if sums(c, v) {
			return true
		}
		k := [2]string{c.Lang, c.Sentence}
		fs, ok := figures[k]
		if !ok {
			fs = claims.Figures(c.Lang, c.Sentence)
			figures[k] = fs
		}
		for _, f := range fs {
			if math.Abs(f-v) <= 1e-9*math.Max(1, math.Abs(v)) {
				return true
			}
		}
		return false
	}
	return func(a, b *claims.Claim) bool {
		if agree(a, b) {
			return true
		}
		r, _ := classify(a, b)
		if r.Name != valueRule.Name || a.Article == b.Article || currencyOf(a) != currencyOf(b) || a.Unit != b.Unit {
			return false
		}
		// a total against one of its parts
		if sums(a, b.Value) || sums(b, a.Value) {
			return true
		}
		return states(a, b.Value) && states(b, a.Value)
	}
}

// evidence is what the corpus tells the rules about a fact's statements beyond their own words.
type evidence struct {
	translated func(a, b *claims.Claim) bool // the two stand at the same place of parallel articles
	parts      func(c *claims.Claim) []*claims.Claim
}

// strictForTranslations: a translation states the figure of its original, so two open bounds on
// the same side ("more than 200", "plus de 320") that the wording lets agree still disagree when
// they stand at the same place of parallel articles and their figures differ.
func strictForTranslations(agreeing func(a, b *claims.Claim) bool, translated func(a, b *claims.Claim) bool) func(a, b *claims.Claim) bool {
	return func(a, b *claims.Claim) bool {
		if !agreeing(a, b) {
			return false
		}
		return !(a.Bound != claims.BoundExact && a.Bound == b.Bound && sameSide(a, b) && translated(a, b) && !sameFigure(a, b))
	}
}

// checkFact finds the contradictions inside one fact: the largest set of statements that all agree
// is the majority; every other statement is an outlier, named by the first rule it breaks.
// translated tells the statements that stand at the same place of parallel articles (nil: none).
func checkFact(cs []claims.Claim, ev evidence) []Contradiction {
	translated := ev.translated
	byID := map[string]*claims.Claim{}
	var stmts []*claims.Claim
	for k := range cs {
		c := &cs[k]
		byID[c.ID] = c
		if c.DerivedFrom == "" && c.RepeatOf == "" {
			stmts = append(stmts, c)
		}
	}
	arts := map[string]bool{}
	for _, s := range stmts {
		arts[s.Article] = true
	}
	if len(arts) < 2 {
		return []Contradiction{}
	}
	agreeing := rolesAware(ev.parts)
	if translated != nil {
		agreeing = strictForTranslations(agreeing, translated)
	}
	support := map[string]int{}
	for _, s := range stmts {
		seen := map[string]bool{}
		for _, o := range stmts {
			if agreeing(s, o) {
				seen[o.Article] = true
			}
		}
		support[s.ID] = len(seen)
	}
	order := append([]*claims.Claim(nil), stmts...)
	sort.SliceStable(order, func(i, j int) bool {
		if support[order[i].ID] != support[order[j].ID] {
			return support[order[i].ID] > support[order[j].ID]
		}
		return idNum(order[i].ID) < idNum(order[j].ID)
	})
	var major, out []*claims.Claim
	for _, s := range order {
		ok := true
		for _, m := range major {
			if !agreeing(s, m) {
				ok = false
				break
			}
		}
		if ok {
			major = append(major, s)
		} else {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return []Contradiction{}
	}
	type key struct{ rule, reading string }
	groups := map[key][]*claims.Claim{}
	rulesOf := map[key]rule{}
	against := map[key]*claims.Claim{} // the majority statement the outliers break the rule with
	var keys []key
	for _, o := range out {
		for _, m := range major {
			if agreeing(o, m) {
				continue
			}
			r, ok := classify(o, m)
			if !ok && translated != nil && translated(o, m) {
				r, ok = valueRule, true // "more than 200" against "more than 320" in a translation
			}
			if ok {
				k := key{r.Name, reading(o)}
				if _, seen := groups[k]; !seen {
					keys = append(keys, k)
					rulesOf[k] = r
					against[k] = m
				}
				groups[k] = append(groups[k], o)
				break
			}
		}
	}
	var res []Contradiction
	for _, k := range keys {
		r := rulesOf[k]
		outSide := side(groups[k], cs)
		// the majority side: its statements that read like the one broken with, that one first
		m0 := against[k]
		maj := []*claims.Claim{m0}
		for _, m := range major {
			if m != m0 && (r.Name != currencyRule.Name || currencyOf(m) == currencyOf(m0)) {
				maj = append(maj, m)
			}
		}
		o, m := outSide, side(maj, cs)
		if len(o.articles) > len(m.articles) {
			o, m = m, o
		}
		c := Contradiction{
			Type:        r.Name,
			Severity:    r.Severity(o.first(), m.first()),
			Explanation: r.Explain(o, m),
		}
		c.Sides[0] = Side{Reading: reading(o.first()), Claims: ids(o.claims), Articles: o.articles}
		c.Sides[1] = Side{Reading: reading(m.first()), Claims: ids(m.claims), Articles: m.articles}
		c.Claims = append(append([]string{}, c.Sides[0].Claims...), c.Sides[1].Claims...)
		res = append(res, c)
	}
	return res
}

// side collects the statements of one side with their repeats, and the articles that state it.
func side(stmts []*claims.Claim, all []claims.Claim) sideView {
	in := map[string]bool{}
	for _, s := range stmts {
		in[s.ID] = true
	}
	var v sideView
	arts := map[string]bool{}
	addc := func(c *claims.Claim) {
		v.claims = append(v.claims, c)
		if !arts[c.Article] {
			arts[c.Article] = true
			v.articles = append(v.articles, c.Article)
		}
	}
	for _, s := range stmts {
		addc(s)
	}
	for k := range all {
		if c := &all[k]; c.RepeatOf != "" && in[c.RepeatOf] {
			addc(c)
		}
	}
	sort.Strings(v.articles)
	if len(v.claims) > 0 {
		cur := currencyOf(v.claims[0])
		for k := range all {
			c := &all[k]
			if arts[c.Article] && !in[c.ID] && cur != "" && currencyOf(c) != "" && currencyOf(c) != cur {
				v.evidence = append(v.evidence, c)
			}
		}
	}
	return v
}

func ids(cs []*claims.Claim) []string {
	out := make([]string, len(cs))
	for k, c := range cs {
		out[k] = c.ID
	}
	return out
}

func others(m sideView) string {
	if len(m.articles) == 1 {
		return fmt.Sprintf("%s (%s)", short(m.articles[0]), m.first().Lang)
	}
	return m.who()
}
