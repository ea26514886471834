package claims

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

// Kinds of quantity a claim can state.
const (
	KindMoney      = "money"
	KindCount      = "count"
	KindDuration   = "duration"
	KindRate       = "rate"
	KindPercentage = "percentage"
	KindDate       = "date"
	KindAge        = "age"
	KindNumber     = "number" // a bare number with no unit: only with --all
)

// PercentagePoint is the unit of a difference of percentages ("3 percentage points").
const PercentagePoint = "pp"

// Bounds: how the wording constrains the value.
const (
	BoundExact       = "exact"
	BoundApproximate = "approximate"
	BoundMoreThan    = "more_than"
	BoundAtLeast     = "at_least"
	BoundUpTo        = "up_to"
	BoundAtMost      = "at_most"
	BoundLessThan    = "less_than"
	BoundRange       = "range"
)

// Modalities: whether the text asserts the quantity, attributes it, or presents it as a possibility.
const (
	Asserted    = "asserted"
	Reported    = "reported"
	Conditional = "conditional"
)

// Article is one source text: a news article as ingested.
type Article struct {
	ID     string // file base name, or the "id" of a JSON record
	Lang   string // ISO 639-1 code
	Title  string
	Source string // where it was read from
	Text   string // exactly as ingested: claim offsets point into it
	Hash   string // content hash, hex
}

// Claim is one quantity an article states, with what the wording says about it.
type Claim struct {
	ID             string
	Article        string
	Lang           string
	Start, End     int // UTF-8 byte offsets into Article.Text, End exclusive
	Text           string
	Sentence       string
	SentenceStart  int // byte offset of Sentence in Article.Text
	Kind           string
	Value          float64 // for dates, unused
	Date           string  // for dates: "2020-05" or "2020-05-22"
	Unit           string
	Bound          string
	Low, High      float64 // the interval the wording allows; ±Inf for open ends
	Precision      float64 // rounding step of the figure as written (20 billion: 1e9)
	Modality       string
	Cues           []string
	Attribution    string
	DerivedFrom    string   // id of the claim this one converts ("(Rp 304 M)")
	Concept        string   // what is measured, language-neutral ("fine")
	Entities       []string // names near the claim: those of its clause first, then the nearest
	ClauseEntities int      // how many of Entities stand in the claim's own clause
	Assumed        string   // a default taken where the text does not decide ("$ read as USD")
	RepeatOf       string   // id of an identical earlier claim in the same article
	Weekday        int      // for dates: the weekday the text names beside it, 1 = Monday … 7 = Sunday
}

// jsonClaim is the wire form of a Claim (REPORT_FORMAT.md, version 1).
type jsonClaim struct {
	ID             string   `json:"id"`
	Article        string   `json:"article"`
	Lang           string   `json:"lang"`
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Text           string   `json:"text"`
	Sentence       string   `json:"sentence"`
	SentenceStart  int      `json:"sentence_start"`
	Kind           string   `json:"kind"`
	Value          any      `json:"value"`
	Unit           string   `json:"unit"`
	Bound          string   `json:"bound"`
	Low            any      `json:"low"`
	High           any      `json:"high"`
	Precision      float64  `json:"precision,omitempty"`
	Modality       string   `json:"modality"`
	Cues           []string `json:"cues"`
	Attribution    string   `json:"attribution,omitempty"`
	DerivedFrom    *string  `json:"derived_from"`
	Concept        string   `json:"concept,omitempty"`
	Entities       []string `json:"entities,omitempty"`
	ClauseEntities int      `json:"clause_entities,omitempty"`
	Assumed        string   `json:"assumed,omitempty"`
	RepeatOf       string   `json:"repeat_of,omitempty"`
	Weekday        int      `json:"weekday,omitempty"`
}

// MarshalJSON writes the claim in the documented format: dates as strings, open interval ends as null.
func (c Claim) MarshalJSON() ([]byte, error) {
	j := jsonClaim{
		ID: c.ID, Article: c.Article, Lang: c.Lang, Start: c.Start, End: c.End,
		Text: c.Text, Sentence: c.Sentence, SentenceStart: c.SentenceStart, Kind: c.Kind,
		Unit: c.Unit, Bound: c.Bound, Precision: c.Precision, Modality: c.Modality,
		Cues: c.Cues, Attribution: c.Attribution, Concept: c.Concept,
		Entities: c.Entities, ClauseEntities: c.ClauseEntities, Assumed: c.Assumed, RepeatOf: c.RepeatOf, Weekday: c.Weekday,
	}
	if j.Cues == nil {
		j.Cues = []string{}
	}
	if c.DerivedFrom != "" {
		d := c.DerivedFrom
		j.DerivedFrom = &d
	}
	if c.Kind == KindDate {
		j.Value, j.Low, j.High = c.Date, c.Date, c.Date
	} else {
		j.Value = c.Value
		j.Low = finiteOrNil(c.Low)
		j.High = finiteOrNil(c.High)
	}
	// quotes keep their '<', '>' and '&': json.Marshal would escape them, and an encoder that is
	// told not to cannot undo what a MarshalJSON method already escaped
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads a claim written by MarshalJSON.
func (c *Claim) UnmarshalJSON(b []byte) error {
	var j jsonClaim
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Claim{
		ID: j.ID, Article: j.Article, Lang: j.Lang, Start: j.Start, End: j.End,
		Text: j.Text, Sentence: j.Sentence, SentenceStart: j.SentenceStart, Kind: j.Kind,
		Unit: j.Unit, Bound: j.Bound, Precision: j.Precision, Modality: j.Modality,
		Cues: j.Cues, Attribution: j.Attribution, Concept: j.Concept,
		Entities: j.Entities, ClauseEntities: j.ClauseEntities, Assumed: j.Assumed, RepeatOf: j.RepeatOf, Weekday: j.Weekday,
	}
	if j.DerivedFrom != nil {
		c.DerivedFrom = *j.DerivedFrom
	}
	switch v := j.Value.(type) {
	case string:
		c.Date = v
	case float64:
		c.Value = v
	}
	c.Low, c.High = math.Inf(-1), math.Inf(1)
	if v, ok := j.Low.(float64); ok {
		c.Low = v
	}
	if v, ok := j.High.(float64); ok {
		c.High = v
	}
	return nil
}

func finiteOrNil(f float64) any {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return f
}

// Key identifies a claim's reading for de-duplication: same quote, value, unit, bound and modality.
func (c Claim) Key() string {
	return fmt.Sprintf("%s|%s|%g|%s|%s|%s|%s", c.Kind, c.Text, c.Value, c.Date, c.Unit, c.Bound, c.Modality)
}
