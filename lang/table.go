package lang

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Table is everything crosscheck knows about one language, as data.
// All words and phrases are lower case unless a field says otherwise;
// phrases are matched on word boundaries.
type Table struct {
	Code string // ISO 639-1
	Name string // English name

	// Number grammar.
	DecimalMark     byte               // '.' or ','
	NumberWords     map[string]float64 // "two": 2, "twenty": 20, "dua": 2, "sebelas": 11
	WeakNumbers     []string           // number words that are also articles ("a", "un", "een"): a number only before a scale word
	AfterNumber     []string           // fraction words that are a number only after another: "halve" ("een halve dag", not "de halve finale")
	WholeFractions  []string           // fraction words that carry their own "one" and add to a number before them: "setengah" ("tiga setengah" is 3.5), "einhalb"
	Multipliers     map[string]float64 // inside a spelled number: "hundred": 100, "thousand": 1000, "puluh": 10, "ratus": 100
	NumberJoiners   []string           // words that join parts of a spelled number: "and", "et", "en", "und", "y", "e"
	FractionJoiners []string           // words that add only a fraction to a whole: "con" ("tres con un cuarto")
	PronounBefore   []string           // words after which a lone "one" is a pronoun, not a number: "the one", "which one"
	Ratio           []string           // between two numbers, a proportion: "one in three", "two out of five", "un sur trois"
	Scales          map[string]float64 // after a number: "million": 1e6, "juta": 1e6, "miliar": 1e9, "bn": 1e9
	ShortScales     map[string]float64 // case-sensitive abbreviations valid only with a currency: "M": 1e9 (id), "m": 1e6 (en)
	Links           []string           // words between a scale and its unit: "of", "de", "d’"
	Minus           []string           // words that make the number after them negative, unless they end a bound ("au moins"): "min" (nl), "moins" (fr); "minus" is known in all languages
	Elisions        []string           // clitics glued to the next word: "d’", "l’", "qu’"

	// Units.
	Currencies    map[string]string // currency names and local symbols: "livres sterling": "GBP", "rupiah": "IDR"
	CountUnits    map[string]string // counted nouns: "images": "image", "gambar": "image"
	TimeUnits     map[string]string // "days": "day", "bulan": "month"
	Per           map[string]string // rate suffixes: "per day": "day", "par jour": "day", "sehari": "day"
	Percent       []string          // "percent", "pour cent", "persen"
	PercentPoints []string          // a difference of percentages: "percentage points", "Prozentpunkte"
	// MeasuresBefore name the measure of the number that follows them: "magnitude 6.4",
	// "Stärke 6,4", "magnitudo 6,4" (a quake's magnitude is neither a count nor a unit after it).
	MeasuresBefore map[string]string
	AgeBefore      []string       // "aged", "berusia": the number after it is an age
	AgeAfter       []string       // "years old", "jaar oud", "ans": after "N years"
	AgeApposition  []string       // es "de": ", de 52 años," after a name is an age, set off by commas
	Ago            []string       // after a duration, makes it a point in time: "ago", "lalu", "geleden"
	TimeOfDay      []string       // after a number, make it a time of day, no quantity: "a.m.", "pagi", "Uhr"
	AgoBefore      []string       // before a duration: "il y a", "vor", "hace"
	Months         map[string]int // "mei": 5, "sept.": 9
	Weekdays       map[string]int // "monday": 1 … "sunday": 7
	Ordinals       map[string]int // ordinal words that name a day of the month: "first": 1, "premier": 1, "vierde": 4
	MonthFirst     bool           // all-digit dates put the month first when it can be one: "3/4/2019" is March 4 (US usage)
	Identifiers    []string       // words before a number that make it an identifier: "article", "pasal", "page"

	// Durations.
	TimeUnitSizes map[string]float64 // time units worth several of their unit: "fortnight": 2 (weeks), "kwartier": 15 (minutes)
	OrdinalUnits  []string           // time units that are also ordinals ("second"): after an article, only when no noun follows ("a second wave")
	UnitExtras    []string           // between a number and its time unit, a difference: "2 more minutes", "two extra days"
	Frequencies   []string           // before a rate phrase, a frequency and not a duration: "twice a day", "three times a week"
	PeriodKinds   []string           // a time unit and its complement naming a kind of period, not one of it after an article: "semaine de travail" (working week)
	Idioms        []string           // fixed phrases with a number word that state no quantity: "from one day to the next", "de un día para otro"

	// Money and sign words.
	// Currency names that are also ordinary words ("won", "real", "rand"): read only after an
	// amount, never before one ("ringgit 42" is money, "won 3 games" is not).
	CurrencyHomonyms []string
	// MeasureHomonyms are currency names that, singular after a number above one and before a noun,
	// are a measure: "the 550 pound hog" weighs 550 lb ("550 pounds" would be money).
	MeasureHomonyms map[string]string
	// Coordinators join a count to a bare number that counts the same thing: "540 people were
	// injured and 29 were missing".
	Coordinators []string
	// Versus words set a bare number against a count, as counting the same thing: "5.02 million
	// votes against 4.2 million", "52 sièges sur 137, contre 39 pour le FDN".
	Versus       []string
	CentsJoiners []string // words joining an amount to its cents besides NumberJoiners: "con" ("3 euros con 99 céntimos")

	// Bounds: cue phrase → bound. Before the number ("more than") and after it ("or more").
	BoundsBefore map[string]string
	BoundsAfter  map[string]string
	RangeBetween [][2]string // ("between", "and"): "between 5 and 10"
	RangeTo      []string    // "to", "-", "tot", "à", "hingga": "5 to 10"
	// Verbs of change after which a range word is "to", not "up to": "naik secara mengejutkan
	// hingga €3 miliar" (rose to), "steeg tot 4 procent". Looked for a few words before the range word.
	ChangeVerbs []string
	// Words of the future or of a possibility that, right before a verb of change, leave the range
	// word a ceiling: "akan naik hingga £120 juta" (will rise by up to).
	ChangeModals []string

	// Modality cues.
	Reported          []string // anywhere in the sentence: "reportedly", "naar verluidt", "selon", "menurut"
	Attribution       []string // followed by the source: "according to", "selon", "menurut", "volgens"
	ConditionalBefore []string // in the clause before the number: "if", "jika", "could", "atau"
	ConditionalAfter  []string // in the clause after the number: "could", "kunnen", "si", "jika"
	// Apposition words restate the figure before them in another form, which takes its modality
	// and may be its conversion: "4 % du chiffre d'affaires, soit quelque 127 millions d'euros".
	Apposition []string

	// Grouping.
	Concepts    map[string]string // word → language-neutral concept: "denda", "boete", "amende" → "fine"
	Inflections []string          // endings a concept word or counted noun may take ("s", "e", "es"): "tuées" finds "tués"
	Places      map[string]string // country names and demonyms → ISO 3166-1 alpha-2: "prancis": "FR", "britannique": "GB"

	// Text.
	Stopwords        []string // frequent function words, for language detection and for telling nouns apart
	NounsCapitalised bool     // every noun starts with a capital (German): only acronyms are taken for names
	Abbreviations    []string // words ending in "." that do not end a sentence: "mr.", "dr.", "no."

	stopSet map[string]struct{}
}

var (
	mu     sync.RWMutex
	tables = map[string]*Table{}
)

// Register adds a language table; registering a code twice is an error, as in bleve's registry.
func Register(t *Table) error {
	mu.Lock()
	defer mu.Unlock()
	if t.Code == "" {
		return fmt.Errorf("lang: table without a code")
	}
	if _, dup := tables[t.Code]; dup {
		return fmt.Errorf("lang: %q registered twice", t.Code)
	}
	t.normalise()
	tables[t.Code] = t
	return nil
}

func mustRegister(t *Table) {
	if err := Register(t); err != nil {
		panic(err)
	}
}

// IsStopword reports whether w (folded) is one of the language's function words.
func (t *Table) IsStopword(w string) bool {
	_, ok := t.stopSet[w]
	return ok
}

// Get returns the table for a language code.
func Get(code string) (*Table, bool) {
	mu.RLock()
	defer mu.RUnlock()
	t, ok := tables[code]
	return t, ok
}

// Codes lists the registered language codes, sorted.
func Codes() []string {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]string, 0, len(tables))
	for c := range tables {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// normalise folds typographic apostrophes so that tables may be written with either.
func (t *Table) normalise() {
	fold := func(m map[string]string) map[string]string {
		out := make(map[string]string, len(m))
		for k, v := range m {
			out[Fold(k)] = v
		}
		return out
	}
	foldF := func(m map[string]float64) map[string]float64 {
		out := make(map[string]float64, len(m))
		for k, v := range m {
			out[Fold(k)] = v
		}
		return out
	}
	foldI := func(m map[string]int) map[string]int {
		out := make(map[string]int, len(m))
		for k, v := range m {
			out[Fold(k)] = v
		}
		return out
	}
	foldL := func(l []string) []string {
		out := make([]string, len(l))
		for i, s := range l {
			out[i] = Fold(s)
		}
		return out
	}
	t.NumberWords = foldF(t.NumberWords)
	t.Multipliers = foldF(t.Multipliers)
	t.Scales = foldF(t.Scales)
	t.Currencies = fold(t.Currencies)
	t.CountUnits = fold(t.CountUnits)
	t.TimeUnits = fold(t.TimeUnits)
	t.TimeUnitSizes = foldF(t.TimeUnitSizes)
	t.OrdinalUnits = foldL(t.OrdinalUnits)
	t.UnitExtras = foldL(t.UnitExtras)
	t.Frequencies = foldL(t.Frequencies)
	t.PeriodKinds = foldL(t.PeriodKinds)
	t.Idioms = foldL(t.Idioms)
	t.ChangeVerbs = foldL(t.ChangeVerbs)
	t.ChangeModals = foldL(t.ChangeModals)
	t.Per = fold(t.Per)
	t.BoundsBefore = fold(t.BoundsBefore)
	t.BoundsAfter = fold(t.BoundsAfter)
	t.Concepts = fold(t.Concepts)
	t.Places = fold(t.Places)
	t.Links = foldL(t.Links)
	t.Minus = foldL(t.Minus)
	t.Elisions = foldL(t.Elisions)
	t.Reported = foldL(t.Reported)
	t.Attribution = foldL(t.Attribution)
	t.ConditionalBefore = foldL(t.ConditionalBefore)
	t.ConditionalAfter = foldL(t.ConditionalAfter)
	t.AgeBefore = foldL(t.AgeBefore)
	t.AgeAfter = foldL(t.AgeAfter)
	t.AgeApposition = foldL(t.AgeApposition)
	t.Coordinators = foldL(t.Coordinators)
	t.Versus = foldL(t.Versus)
	t.Ago = foldL(t.Ago)
	t.TimeOfDay = foldL(t.TimeOfDay)
	t.AgoBefore = foldL(t.AgoBefore)
	t.Identifiers = foldL(t.Identifiers)
	t.Percent = foldL(t.Percent)
	t.PercentPoints = foldL(t.PercentPoints)
	t.MeasuresBefore = fold(t.MeasuresBefore)
	t.Apposition = foldL(t.Apposition)
	t.CurrencyHomonyms = foldL(t.CurrencyHomonyms)
	t.CentsJoiners = foldL(t.CentsJoiners)
	t.RangeTo = foldL(t.RangeTo)
	t.WeakNumbers = foldL(t.WeakNumbers)
	t.AfterNumber = foldL(t.AfterNumber)
	t.WholeFractions = foldL(t.WholeFractions)
	t.NumberJoiners = foldL(t.NumberJoiners)
	t.FractionJoiners = foldL(t.FractionJoiners)
	t.PronounBefore = foldL(t.PronounBefore)
	t.Ratio = foldL(t.Ratio)
	t.Abbreviations = foldL(t.Abbreviations)
	t.Inflections = foldL(t.Inflections)
	t.stopSet = make(map[string]struct{}, len(t.Stopwords))
	for _, w := range t.Stopwords {
		t.stopSet[Fold(w)] = struct{}{}
	}
	t.Months = foldI(t.Months)
	t.Weekdays = foldI(t.Weekdays)
	t.Ordinals = foldI(t.Ordinals)
}

// Fold lower-cases s and maps typographic apostrophes to ASCII ones.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', 'ʼ', '‘', '`':
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
}

// Extension is knowledge a user adds to a language without touching code: concept words
// ("sanctie" → "fine") and places ("Hexagone" → "FR"), from a config file.
type Extension struct {
	Concepts map[string]string
	Places   map[string]string
}

// Extend adds an extension to a registered language; words already in the table are replaced.
// Callers must extend before extracting (the claims package compiles tables once; see claims.Reset).
func Extend(code string, x Extension) error {
	mu.Lock()
	defer mu.Unlock()
	t, ok := tables[code]
	if !ok {
		return fmt.Errorf("lang: no language %q (languages: %s)", code, strings.Join(codesLocked(), ", "))
	}
	for w, c := range x.Concepts {
		if t.Concepts == nil {
			t.Concepts = map[string]string{}
		}
		t.Concepts[Fold(w)] = c
	}
	for w, p := range x.Places {
		if t.Places == nil {
			t.Places = map[string]string{}
		}
		t.Places[Fold(w)] = p
	}
	return nil
}

func codesLocked() []string {
	out := make([]string, 0, len(tables))
	for c := range tables {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// withEndings spells every stem of m with each of the endings: German "erst" with "e", "en",
// "er" gives "erste", "ersten", "erster".
func withEndings(m map[string]int, endings ...string) map[string]int {
	out := make(map[string]int, len(m)*len(endings))
	for stem, v := range m {
		for _, e := range endings {
			out[stem+e] = v
		}
	}
	return out
}
