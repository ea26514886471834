package search

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Filters restrict a search to claims with these properties; every non-empty one must hold,
// and a list holds when one of its values does. The zero value restricts nothing.
type Filters struct {
	Langs    []string // article languages: "nl"
	Kinds    []string // claim kinds: "money"
	Units    []string // units, as written or in any language's words: "EUR", "euros", "images"
	Articles []string // article ids
	Facts    []string // fact ids, as the last crosscheck add stored them: "f3"
	Statuses []string // statuses of the claim's fact: "contradiction", "consistent", "single"
	Min, Max *float64 // bounds on the normalised value, inclusive
}

// Empty reports whether f restricts nothing.
func (f Filters) Empty() bool {
	return len(f.Langs)+len(f.Kinds)+len(f.Units)+len(f.Articles)+len(f.Facts)+len(f.Statuses) == 0 &&
		f.Min == nil && f.Max == nil
}

// FactIndex is what Build reads from the index to resolve facts and statuses to claims;
// *index.Index implements it.
type FactIndex interface {
	ClaimsOfFact(fact string) ([]string, index.FactRef, bool, error)
	ClaimsWithStatus(status string) ([]string, error)
}

// Kinds lists the claim kinds a kind filter accepts.
var Kinds = []string{claims.KindMoney, claims.KindCount, claims.KindDuration, claims.KindRate,
	claims.KindPercentage, claims.KindDate, claims.KindAge, claims.KindNumber}

// Statuses lists the fact statuses a status filter accepts.
var Statuses = []string{reconcile.StatusContradiction, reconcile.StatusConsistent, reconcile.StatusSingle}

// Fields maps the field names a query may use to the claim property they search. Several
// names may search one property ("currency:" is "unit:").
var Fields = map[string]string{
	"article": "article", "lang": "lang", "language": "lang",
	"kind": "kind", "unit": "unit", "currency": "unit", "concept": "concept",
	"value": "value", "low": "low", "high": "high",
	"bound": "bound", "modality": "modality", "date": "date",
	"entity": "entity", "entities": "entity",
	"title": "title", "sentence": "sentence", "text": "text",
	"fact": "fact", "status": "status",
}

// fieldList is the sorted list of field names, for error messages.
func fieldList() string {
	names := make([]string, 0, len(Fields))
	for n := range Fields {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// langs are the language suffixes of the analysed fields, each searched with its analyzer.
var langs = index.Langs()

// Boosts of the parts of a free word: a word in the claim's sentence or naming its concept or
// unit weighs most; in the article's title, which every claim of the article shares, less.
const (
	boostSentence = 1.0
	boostTerm     = 1.0 // concept, unit, entity
	boostTitle    = 0.3
)

// Build turns a query string and filters into a bleve query over claim documents. The query
// string is bleve's query-string syntax (words, "phrases", field:value, field:>=N, +must,
// -mustnot, word~1, word^2) over the claim fields of Fields; a free word searches the claim's
// sentence in every language (each with its own analyzer), the article's title, and the
// concepts, units and names that word stands for in any language's tables. A malformed query
// is a *QueryError with the column of the mistake. An empty query with no filters matches every
// claim.
func Build(q string, f Filters, facts FactIndex) (query.Query, error) {
	b := &builder{q: q, facts: facts, v: words()}
	var conj []query.Query
	if strings.TrimSpace(q) != "" {
		uq, err := b.userQuery()
		if err != nil {
			return nil, err
		}
		conj = append(conj, uq)
	}
	fq, err := b.filters(f)
	if err != nil {
		return nil, err
	}
	conj = append(conj, fq...)
	if len(f.Kinds)+len(f.Units)+len(f.Articles)+len(f.Facts)+len(f.Statuses) > 0 || f.Min != nil || f.Max != nil {
		b.claimsOnly = true // a filter on a field only claims have
	}
	if !b.claimsOnly {
		// article documents share "lang" with claims, and a query of only -clauses matches
		// all documents; otherwise every field searched is a claim's, and this conjunct,
		// which matches a million documents in a large corpus, would only cost time
		conj = append(conj, unscored(term("type", index.TypeClaim)))
	}
	// a claim repeating an earlier one of its article (a repeated paragraph) is shown once
	repeat := query.NewBoolFieldQuery(true)
	repeat.SetField("repeat")
	return query.NewBooleanQuery(conj, nil, []query.Query{repeat}), nil
}

type builder struct {
	q     string
	facts FactIndex
	v     *vocab

	claimsOnly bool // a required clause searches a field only claim documents have
}

// userQuery parses the query string with bleve's parser, once it has passed the grammar check
// (which knows the column of a mistake), and translates each clause.
func (b *builder) userQuery() (query.Query, error) {
	parts, qerr := parse(b.q)
	if qerr != nil {
		return nil, qerr
	}
	text, err := b.normalise(parts)
	if err != nil {
		return nil, err
	}
	parsed, perr := query.NewQueryStringQuery(text).Parse()
	if perr != nil {
		return nil, &QueryError{Query: b.q, Msg: perr.Error()}
	}
	bq, ok := parsed.(*query.BooleanQuery)
	if !ok {
		return nil, &QueryError{Query: b.q, Msg: fmt.Sprintf("unexpected query %T", parsed)}
	}
	var byOccur [3][]part
	for _, p := range parts {
		byOccur[p.occur] = append(byOccur[p.occur], p)
	}
	leaves := [3][]query.Query{}
	if c, ok := bq.Must.(*query.ConjunctionQuery); ok {
		leaves[must] = c.Conjuncts
	}
	if d, ok := bq.Should.(*query.DisjunctionQuery); ok {
		leaves[should] = d.Disjuncts
	}
	if d, ok := bq.MustNot.(*query.DisjunctionQuery); ok {
		leaves[mustNot] = d.Disjuncts
	}
	// Clauses without + or - are read as people mean "denda unit:EUR value:>=1000000": the
	// words are ranked and at least one must match; a field clause must hold, like a flag, and
	// clauses on one field are alternatives (unit:GBP unit:USD), but bounds all hold
	// (date:>=2020-05 date:<2021).
	var required, excluded, words []query.Query
	groups := map[string][]query.Query{}
	var order []string
	ranges := map[string]*bounds{} // bounds on one field make one range: date:>=2020 date:<2021
	var rangeOrder []string
	for o := range leaves {
		if len(leaves[o]) != len(byOccur[o]) {
			return nil, &QueryError{Query: b.q, Msg: "could not read the query (clauses do not pair up)"}
		}
		for i, l := range leaves[o] {
			p := byOccur[o][i]
			if p.op != "" && o != mustNot {
				canon := Fields[strings.ToLower(p.field)]
				if ranges[canon] == nil {
					ranges[canon] = &bounds{}
					rangeOrder = append(rangeOrder, canon)
				}
				ranges[canon].add(p)
				continue
			}
			t, err := b.clause(l, p)
			if err != nil {
				return nil, err
			}
			switch {
			case o == must:
				required = append(required, t)
			case o == mustNot:
				excluded = append(excluded, t)
			case p.field == "":
				words = append(words, t)
			default:
				f := Fields[strings.ToLower(p.field)]
				if groups[f] == nil {
					order = append(order, f)
				}
				groups[f] = append(groups[f], t)
			}
		}
	}
	if len(words) > 0 {
		required = append(required, anyOf(words))
		b.claimsOnly = true
	}
	for _, f := range order {
		required = append(required, anyOf(groups[f]))
		if f != "lang" {
			b.claimsOnly = true
		}
	}
	for _, f := range rangeOrder {
		required = append(required, ranges[f].query(f))
		b.claimsOnly = true
	}
	for _, p := range byOccur[must] {
		if p.field == "" || Fields[strings.ToLower(p.field)] != "lang" {
			b.claimsOnly = true
		}
	}
	return query.NewBooleanQuery(required, nil, excluded), nil
}

// anyOf matches what one of qs matches.
func anyOf(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// normalise checks the field names and range values, and rewrites what bleve's grammar would
// refuse but people write: "value:>=1e6" (bleve reads only plain digits after >=) becomes
// "value:>=1000000", and a partial date bound ("date:>=2020-05") becomes a date bleve's parser
// accepts (the bound itself is taken from the original text, in clause).
func (b *builder) normalise(parts []part) (string, error) {
	var sb strings.Builder
	last := 0
	for _, p := range parts {
		if p.field == "" {
			continue
		}
		canon, ok := Fields[strings.ToLower(p.field)]
		if !ok {
			return "", errAt(b.q, p.fieldTok.start, fmt.Sprintf("unknown field %q (fields: %s)", p.field, fieldList()))
		}
		if p.op == "" {
			continue
		}
		var repl string
		switch canon {
		case "value", "low", "high":
			n, ok := parseNumber(p.value.text)
			if !ok || p.value.kind == tPhrase {
				return "", errAt(b.q, p.value.start, fmt.Sprintf("%s:%s needs a number (got %s)", p.field, p.op, p.value.show(b.q)))
			}
			if p.value.kind == tString {
				repl = strconv.FormatFloat(n, 'f', -1, 64)
			}
		case "date":
			if !datePrefix.MatchString(p.value.text) {
				return "", errAt(b.q, p.value.start, fmt.Sprintf("%s:%s needs a date: 2020, 2020-05 or 2020-05-22 (got %s)", p.field, p.op, p.value.show(b.q)))
			}
			repl = `"2000-01-01"`
		default:
			return "", errAt(b.q, p.fieldTok.start, fmt.Sprintf("%s: takes no > or <; only value, low, high and date do", p.field))
		}
		if repl != "" {
			sb.WriteString(b.q[last:p.value.start])
			sb.WriteString(repl)
			last = p.value.end
		}
	}
	sb.WriteString(b.q[last:])
	return sb.String(), nil
}

var datePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// parseNumber reads a number as people write it in a query: 1000000, 1e6, 1_000_000, 1,000,000.
func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if grouped.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		return 0, false
	}
	return n, true
}

var grouped = regexp.MustCompile(`^-?\d{1,3}(,\d{3})+(\.\d+)?$`)

// shape is what bleve made of a clause.
type shape int

const (
	shapeWord shape = iota
	shapePhrase
	shapeNumber
	shapeWildcard
	shapeRegexp
	shapeRange
)

// clause translates one of bleve's clauses (leaf), paired with its place in the text (p).
func (b *builder) clause(leaf query.Query, p part) (query.Query, error) {
	sh, fuzz, pattern := shapeWord, 0, ""
	switch l := leaf.(type) {
	case *query.MatchQuery:
		fuzz = l.Fuzziness
	case *query.MatchPhraseQuery:
		sh = shapePhrase
	case *query.DisjunctionQuery:
		sh = shapeNumber
	case *query.WildcardQuery:
		sh, pattern = shapeWildcard, l.Wildcard
	case *query.RegexpQuery:
		sh, pattern = shapeRegexp, l.Regexp
	case *query.NumericRangeQuery, *query.DateRangeQuery:
		sh = shapeRange
	default:
		return nil, errAt(b.q, p.start, fmt.Sprintf("unsupported clause %T", leaf))
	}
	var q query.Query
	var err error
	if p.field == "" {
		q = b.free(p.value.text, sh, fuzz, pattern)
	} else {
		q, err = b.field(Fields[strings.ToLower(p.field)], p, sh, fuzz, pattern)
		if err != nil {
			return nil, err
		}
	}
	if bl, ok := leaf.(interface{ Boost() float64 }); ok && bl.Boost() != 1 {
		if bq, ok := q.(query.BoostableQuery); ok {
			bq.SetBoost(bl.Boost())
		}
	}
	return q, nil
}

// free is a clause without a field: the word or phrase in every language's sentence and title
// fields, each analysed by that language's analyzer, or'ed with the concepts, units and names it
// stands for in any language.
func (b *builder) free(text string, sh shape, fuzz int, pattern string) query.Query {
	var qs []query.Query
	switch sh {
	case shapeWildcard, shapeRegexp:
		for _, l := range langs {
			for _, f := range []string{index.SentenceField(l), index.TitleField(l)} {
				qs = append(qs, patternQuery(sh, strings.ToLower(pattern), f))
			}
		}
		return query.NewDisjunctionQuery(qs)
	}
	qs = append(qs, analysed(text, sh == shapePhrase, fuzz, index.SentenceField, boostSentence)...)
	qs = append(qs, analysed(text, sh == shapePhrase, fuzz, index.TitleField, boostTitle)...)
	for _, c := range b.v.conceptsOf(text) {
		qs = append(qs, boosted(term("concept", c), boostTerm))
	}
	for _, u := range b.v.unitsOf(text) {
		qs = append(qs, boosted(term("unit", u), boostTerm))
	}
	for _, e := range b.v.entitiesOf(text) {
		qs = append(qs, boosted(term("entities", e), boostTerm))
	}
	if sh == shapeNumber {
		if n, ok := parseNumber(text); ok {
			qs = append(qs, boosted(numRange("value", &n, &n, true, true), boostTerm))
		}
	}
	return query.NewDisjunctionQuery(qs)
}

// analysed searches text in one field per language (fieldOf), with that language's analyzer
// set on the query: bleve would otherwise pick one analyzer for all of them.
func analysed(text string, phrase bool, fuzz int, fieldOf func(string) string, boost float64) []query.Query {
	var qs []query.Query
	for _, l := range langs {
		if phrase {
			q := query.NewMatchPhraseQuery(text)
			q.SetField(fieldOf(l))
			q.Analyzer = index.AnalyzerFor(l)
			q.SetBoost(boost)
			qs = append(qs, q)
			continue
		}
		q := query.NewMatchQuery(text)
		q.SetField(fieldOf(l))
		q.Analyzer = index.AnalyzerFor(l)
		q.SetFuzziness(fuzz)
		q.SetBoost(boost)
		qs = append(qs, q)
	}
	return qs
}

// field translates a field:value clause; canon is the property the field searches.
func (b *builder) field(canon string, p part, sh shape, fuzz int, pattern string) (query.Query, error) {
	text := p.value.text
	bad := func(format string, args ...any) error {
		return errAt(b.q, p.value.start, fmt.Sprintf(format, args...))
	}
	if p.op != "" { // normalise has checked the field and the value
		r := &bounds{}
		r.add(p)
		return r.query(canon), nil
	}
	switch canon {
	case "value", "low", "high":
		n, ok := parseNumber(text)
		if !ok {
			return nil, bad("%s: needs a number (got %s)", p.field, p.value.show(b.q))
		}
		return numRange(canon, &n, &n, true, true), nil
	case "date":
		if sh == shapeWildcard || sh == shapeRegexp {
			return patternQuery(sh, pattern, "date"), nil
		}
		if !datePrefix.MatchString(text) {
			return nil, bad("%s: needs a date: 2020, 2020-05 or 2020-05-22 (got %s)", p.field, p.value.show(b.q))
		}
		q := query.NewPrefixQuery(text) // date:2020 holds 2020-05 and 2020-05-22
		q.SetField("date")
		return q, nil
	case "title", "sentence":
		fieldOf := index.SentenceField
		if canon == "title" {
			fieldOf = index.TitleField
		}
		if sh == shapeWildcard || sh == shapeRegexp {
			var qs []query.Query
			for _, l := range langs {
				qs = append(qs, patternQuery(sh, strings.ToLower(pattern), fieldOf(l)))
			}
			return query.NewDisjunctionQuery(qs), nil
		}
		return query.NewDisjunctionQuery(analysed(text, sh == shapePhrase, fuzz, fieldOf, 1)), nil
	case "fact":
		return b.factQuery([]string{text}, p.value.start)
	case "status":
		return b.statusQuery([]string{text}, p.value.start)
	}
	// keyword fields
	kw := map[string]string{"entity": "entities"}[canon]
	if kw == "" {
		kw = canon
	}
	if sh == shapeWildcard || sh == shapeRegexp {
		return patternQuery(sh, pattern, kw), nil
	}
	var values []string
	switch canon {
	case "unit":
		values = b.unitValues(text)
	case "concept":
		values = addOnce(b.v.conceptsOf(text), key(text))
	case "entity":
		values = b.entityValues(text)
	case "kind":
		k := strings.ToLower(text)
		if !contains(Kinds, k) {
			return nil, bad("unknown kind %s (kinds: %s)", p.value.show(b.q), strings.Join(Kinds, ", "))
		}
		values = []string{k}
	case "bound", "modality":
		values = []string{strings.ReplaceAll(strings.ToLower(text), "-", "_")}
	case "lang":
		values = []string{strings.ToLower(text)}
	default: // article, text: exact
		values = []string{text}
	}
	return terms(kw, values), nil
}

// unitValues are the units a unit filter or unit: clause matches: as written, a currency code
// in capitals, and what the word names in any language ("euros" → EUR, "images" → image).
func (b *builder) unitValues(s string) []string {
	out := []string{strings.TrimSpace(s)}
	if up := strings.ToUpper(out[0]); len(up) == 3 {
		out = addOnce(out, up)
	}
	for _, u := range b.v.unitsOf(s) {
		out = addOnce(out, u)
	}
	return out
}

// entityValues are the entity names an entity: clause matches: as written ("org:cnil"), a
// name ("CNIL" → org:cnil), a country in any language ("Britain" → place:GB), a country code.
func (b *builder) entityValues(s string) []string {
	out := []string{s}
	if k := key(s); strings.HasPrefix(k, "org:") || strings.HasPrefix(k, "place:") {
		if p, ok := strings.CutPrefix(k, "place:"); ok {
			out = addOnce(out, "place:"+strings.ToUpper(p))
		} else {
			out = addOnce(out, k)
		}
	}
	for _, e := range b.v.entitiesOf(s) {
		out = addOnce(out, e)
	}
	if len(s) == 2 {
		out = addOnce(out, "place:"+strings.ToUpper(s))
	}
	return out
}

// filters are the conjuncts of Filters; they restrict and do not score.
func (b *builder) filters(f Filters) ([]query.Query, error) {
	var out []query.Query
	add := func(field string, values []string, norm func(string) []string) {
		if len(values) == 0 {
			return
		}
		var all []string
		for _, v := range values {
			for _, n := range norm(v) {
				all = addOnce(all, n)
			}
		}
		out = append(out, unscored(terms(field, all)))
	}
	lower := func(s string) []string { return []string{strings.ToLower(s)} }
	same := func(s string) []string { return []string{s} }
	for _, k := range f.Kinds {
		if !contains(Kinds, strings.ToLower(k)) {
			return nil, &FilterError{Flag: "kind", Value: k, Valid: Kinds}
		}
	}
	add("lang", f.Langs, lower)
	add("kind", f.Kinds, lower)
	add("unit", f.Units, b.unitValues)
	add("article", f.Articles, same)
	if f.Min != nil || f.Max != nil {
		out = append(out, unscored(numRange("value", f.Min, f.Max, true, true)))
	}
	if len(f.Facts) > 0 {
		q, err := b.factQuery(f.Facts, -1)
		if err != nil {
			return nil, err
		}
		out = append(out, unscored(q))
	}
	if len(f.Statuses) > 0 {
		q, err := b.statusQuery(f.Statuses, -1)
		if err != nil {
			return nil, err
		}
		out = append(out, unscored(q))
	}
	return out, nil
}

// FilterError is a filter value that cannot match: an unknown kind, status or fact.
type FilterError struct {
	Flag, Value string
	Valid       []string // the values that would work, when there is a short list
	Msg         string
}

func (e *FilterError) Error() string {
	if e.Msg != "" {
		return e.Msg
	}
	return fmt.Sprintf("unknown %s %q (valid: %s)", e.Flag, e.Value, strings.Join(e.Valid, ", "))
}

// factQuery matches the claims of facts; at is the byte offset of the value in the query
// string, or -1 for a filter.
func (b *builder) factQuery(facts []string, at int) (query.Query, error) {
	var ids []string
	for _, f := range facts {
		docs, _, ok, err := b.lookup().ClaimsOfFact(f)
		if err != nil {
			return nil, err
		}
		if !ok {
			msg := fmt.Sprintf("no fact %q in the index (fact ids are in crosscheck report --format json; they change as articles are added)", f)
			if at >= 0 {
				return nil, errAt(b.q, at, msg)
			}
			return nil, &FilterError{Flag: "fact", Value: f, Msg: msg}
		}
		ids = append(ids, docs...)
	}
	return query.NewDocIDQuery(ids), nil
}

// statusQuery matches the claims whose fact has one of the statuses.
func (b *builder) statusQuery(statuses []string, at int) (query.Query, error) {
	var ids []string
	for _, s := range statuses {
		s = strings.ToLower(s)
		if !contains(Statuses, s) {
			if at >= 0 {
				return nil, errAt(b.q, at, fmt.Sprintf("unknown status %q (statuses: %s)", s, strings.Join(Statuses, ", ")))
			}
			return nil, &FilterError{Flag: "status", Value: s, Valid: Statuses}
		}
		docs, err := b.lookup().ClaimsWithStatus(s)
		if err != nil {
			return nil, err
		}
		ids = append(ids, docs...)
	}
	return query.NewDocIDQuery(ids), nil
}

func (b *builder) lookup() FactIndex {
	if b.facts == nil {
		return noFacts{}
	}
	return b.facts
}

// noFacts is the FactIndex of a builder given none: no fact is known.
type noFacts struct{}

func (noFacts) ClaimsOfFact(string) ([]string, index.FactRef, bool, error) {
	return nil, index.FactRef{}, false, nil
}
func (noFacts) ClaimsWithStatus(string) ([]string, error) { return nil, nil }

func term(field, value string) *query.TermQuery {
	q := query.NewTermQuery(value)
	q.SetField(field)
	return q
}

// terms matches any of values in a keyword field.
func terms(field string, values []string) query.Query {
	if len(values) == 1 {
		return term(field, values[0])
	}
	qs := make([]query.Query, len(values))
	for i, v := range values {
		qs[i] = term(field, v)
	}
	return query.NewDisjunctionQuery(qs)
}

func numRange(field string, lo, hi *float64, loIncl, hiIncl bool) *query.NumericRangeQuery {
	q := query.NewNumericRangeInclusiveQuery(lo, hi, &loIncl, &hiIncl)
	q.SetField(field)
	return q
}

// bounds is the range that the bound clauses on one field allow together (normalise has
// checked their values): the tightest lower and upper bound.
type bounds struct {
	numeric bool
	lo, hi  bound
}

type bound struct {
	set  bool
	num  float64
	str  string
	incl bool
}

// add narrows the range by one clause. Dates compare as the strings they are stored as
// ("2020-05", "2020-05-22"), which sort like the dates; a bound as precise as a month takes in
// the whole month: after "2020-05" is June onwards, up to "2020-05" includes 2020-05-22 ("~"
// sorts after the digits and "-").
func (r *bounds) add(p part) {
	b := bound{set: true, incl: strings.HasSuffix(p.op, "=")}
	if Fields[strings.ToLower(p.field)] == "date" {
		b.str = p.value.text
		if p.op == ">" || p.op == "<=" {
			b.str += "~"
		}
	} else {
		r.numeric = true
		b.num, _ = parseNumber(p.value.text)
	}
	if strings.HasPrefix(p.op, ">") {
		if !r.lo.set || b.cmp(r.lo) > 0 || b.cmp(r.lo) == 0 && !b.incl {
			r.lo = b
		}
		return
	}
	if !r.hi.set || b.cmp(r.hi) < 0 || b.cmp(r.hi) == 0 && !b.incl {
		r.hi = b
	}
}

// cmp compares two bounds' values.
func (b bound) cmp(c bound) int {
	switch {
	case b.str != "" || c.str != "":
		return strings.Compare(b.str, c.str)
	case b.num < c.num:
		return -1
	case b.num > c.num:
		return 1
	}
	return 0
}

func (r *bounds) query(field string) query.Query {
	if r.numeric {
		var lo, hi *float64
		if r.lo.set {
			lo = &r.lo.num
		}
		if r.hi.set {
			hi = &r.hi.num
		}
		return numRange(field, lo, hi, r.lo.incl, r.hi.incl)
	}
	loIncl, hiIncl := r.lo.incl, r.hi.incl
	q := query.NewTermRangeInclusiveQuery(r.lo.str, r.hi.str, &loIncl, &hiIncl)
	q.SetField(field)
	return q
}

func patternQuery(sh shape, pattern, field string) query.Query {
	if sh == shapeRegexp {
		q := query.NewRegexpQuery(pattern)
		q.SetField(field)
		return q
	}
	q := query.NewWildcardQuery(pattern)
	q.SetField(field)
	return q
}

func boosted(q query.Query, boost float64) query.Query {
	if bq, ok := q.(query.BoostableQuery); ok && boost != 1 {
		bq.SetBoost(boost)
	}
	return q
}

// unscored makes a filter weigh nothing in the score, so that a claim's score is what the
// query string gave it. Boosts are set on the leaves: they are what the scorers read.
func unscored(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			unscored(d)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			unscored(c)
		}
	case query.BoostableQuery:
		q.SetBoost(0)
	}
	return q
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
