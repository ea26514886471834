package peers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// rtCase is one line of testdata/recognizers-text/cases.jsonl.
type rtCase struct {
	ID       string     `json:"id"`
	Lang     string     `json:"lang"`
	Model    string     `json:"model"`
	Text     string     `json:"text"`
	Expected []rtEntity `json:"expected"`
	Source   string     `json:"source"`
}

type rtEntity struct {
	Text       string       `json:"text"`
	Type       string       `json:"type"`
	Start      *int         `json:"start"`
	End        *int         `json:"end"`
	Resolution rtResolution `json:"resolution"`
}

type rtResolution struct {
	Value       *string `json:"value"` // Number, Percent, Currency: culture-formatted ("4,25", "1E-07", "45%")
	Unit        string  `json:"unit"`  // Currency: "Euro", "United States dollar", "Cent"
	IsoCurrency string  `json:"isoCurrency"`
	Timex       string  `json:"Timex"` // DurationParser: "PT3H", "P1Y1M21D"
	Values      []struct {
		Timex string `json:"timex"`
		Type  string `json:"type"`
	} `json:"values"` // DateTimeModel
}

func loadRecognizers(path string) ([]rtCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []rtCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c rtCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// moneyCodes maps the currency names of the Recognizers-Text CurrencyModel specs to ISO 4217
// codes. An empty code: the name does not decide a currency, and only the value is compared.
var moneyCodes = map[string]string{
	"Euro":                 "EUR",
	"United States dollar": "USD", "Dólar estadounidense": "USD", "Dollar États-Unis": "USD",
	"British pound": "GBP",
	"Japanese yen":  "JPY", "Yen Japonais": "JPY", "Yen": "JPY",
	"Chinese yuan": "CNY", "Yuan Chinois": "CNY", "Yuan chino": "CNY",
	"Australian dollar": "AUD", "Dollar Australien": "AUD", "Dólar australiano": "AUD",
	"Canadian dollar": "CAD", "Dollar Canadien": "CAD", "Dólar canadiense": "CAD",
	"Hong Kong dollar": "HKD", "Dollar de Hong Kong": "HKD", "Dólar de Hong Kong": "HKD",
	"New Zealand dollar": "NZD", "Dollar néo-zélandais": "NZD", "Dólar neozelandés": "NZD",
	"Mexican peso": "MXN", "Peso mexicano": "MXN",
	"Swiss franc": "CHF", "Franc Suisse": "CHF", "Franco suizo": "CHF",
	"Turkish lira":     "TRY",
	"Sri Lankan rupee": "LKR",
	"Indian rupee":     "INR", "Roupie indienne": "INR",
	"Costa Rican colón": "CRC",
	"Georgian lari":     "GEL",
	"Lao kip":           "LAK",
	"Cambodian riel":    "KHR",
	"Finnish markka":    "FIM", "Mark Finlandais": "FIM", "Marco finlandés": "FIM",
	"Netherlands guilder": "NLG", "Florins Néerlandais": "NLG", "Florín neerlandés": "NLG",
	"Peseta": "ESP",
	// names that do not decide a code
	"Dollar": "", "Dólar": "", "Pound": "", "Livre": "", "Libra": "", "Franc": "", "Franco": "",
	"Rupee": "", "Roupie": "", "Bitcoin": "",
}

// subUnits: currency names of a fraction of a unit, and how many make the unit. The currency is
// not decided by them ("cent" of what?): the value is compared in the main unit, any currency.
var subUnits = map[string]float64{
	"Cent": 100, "Centimes": 100, "Centavo": 100, "Pence": 100, "Penny": 100, "Penique": 100,
	"Sen": 100, "Penni": 100, "Pesewa": 100, "Satoshi": 1e8,
	// Dutch coin names: a quarter, a tenth and a twentieth of a guilder or euro
	"Kwartje": 4, "Dubbeltje": 10, "Stuiver": 20,
}

// rtNumber parses a Recognizers value: culture-formatted for fr, nl, de, es ("4,25", "1,2732E+15").
func rtNumber(lang, s string) (float64, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	if lang != "en" {
		s = strings.ReplaceAll(s, ",", ".")
	}
	return strconv.ParseFloat(s, 64)
}

var timexRe = regexp.MustCompile(`^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)B?D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$`)

// timexParts splits a duration timex into (value, unit) components: "P1Y1M21D" gives 1 year,
// 1 month, 21 days. A business day ("P1BD") counts as a day, as Recognizers resolves it.
func timexParts(timex string) ([][2]any, error) {
	m := timexRe.FindStringSubmatch(timex)
	if m == nil || timex == "P" || timex == "PT" {
		return nil, fmt.Errorf("not a duration timex: %q", timex)
	}
	units := []string{"", "year", "month", "week", "day", "hour", "minute", "second"}
	var parts [][2]any
	for i := 1; i < len(m); i++ {
		if m[i] == "" {
			continue
		}
		v, err := strconv.ParseFloat(m[i], 64)
		if err != nil {
			return nil, fmt.Errorf("timex %q: %v", timex, err)
		}
		parts = append(parts, [2]any{v, units[i]})
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("empty duration timex: %q", timex)
	}
	return parts, nil
}

var (
	fullTimex = regexp.MustCompile(`^\d{4}-\d{2}(-\d{2})?$`)
	digitRuns = regexp.MustCompile(`\d+`)
	// a year written in words: "nineteen eighty six", "two thousand and five", "tweeduizend",
	// "dix neuf soixante douze" (judged out of scope, but in the task)
	yearWords = regexp.MustCompile(`(?i)\b(nineteen|seventeen|two thousand|tweeduizend|dix[- ]neuf)\b`)
	// a count of time units: the date is computed from an offset ("2 weeks before May 13 1999")
	dateOffset = regexp.MustCompile(`(?i)\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|een|twee|drie)\s+` +
		`(days?|weeks?|fortnights?|months?|years?|jours?|semaines?|mois|ans?|ann[ée]es?|dag|dagen|weken|week|maand|maanden|jaar|jaren)\b`)
)

// explicitDate returns the calendar date an expected DateTimeModel entity states explicitly, or ""
// when the entity is not in the task (see doc.go).
func explicitDate(e rtEntity) string {
	if e.Type != "datetimeV2.date" && e.Type != "datetimeV2.daterange" {
		return ""
	}
	timex := ""
	for i, v := range e.Resolution.Values {
		if i > 0 && v.Timex != timex {
			return "" // several readings
		}
		timex = v.Timex
	}
	if !fullTimex.MatchString(timex) {
		return ""
	}
	year := false
	for _, d := range digitRuns.FindAllString(e.Text, -1) {
		if strings.Contains(d, timex[:4]) || d == timex[2:4] {
			year = true
		}
	}
	if !year && !yearWords.MatchString(e.Text) {
		return ""
	}
	if dateOffset.MatchString(e.Text) {
		return ""
	}
	return timex
}

// rtWants returns the scored entities of a case, by their 1-based index in its expected list.
// A nil map with a nil error means the case is not in the task (a DateTimeModel case with no
// explicit date); an empty map, that the case is a negative.
func rtWants(c rtCase) (map[int]want, error) {
	out := map[int]want{}
	skippedDates := 0
	for i, e := range c.Expected {
		n := i + 1
		w := want{Text: e.Text, Kind: modelKind(c.Model), Start: -1, End: -1}
		switch c.Model {
		case "NumberModel", "PercentModel", "CurrencyModel":
			if e.Resolution.Value == nil || *e.Resolution.Value == "null" {
				continue // a bare "dollar", "percent": nothing to compare
			}
			v, err := rtNumber(c.Lang, *e.Resolution.Value)
			if err != nil {
				return nil, fmt.Errorf("%s: entity %d: %v", c.ID, n, err)
			}
			w.Value = &v
			if c.Model == "CurrencyModel" {
				w.SuiteUnit = e.Resolution.Unit
				if f, ok := subUnits[e.Resolution.Unit]; ok {
					w.Factor = f
				} else if code, ok := moneyCodes[e.Resolution.Unit]; ok {
					w.Unit = code
				} else {
					return nil, fmt.Errorf("%s: entity %d: currency %q is not in moneyCodes", c.ID, n, e.Resolution.Unit)
				}
				if e.Resolution.IsoCurrency != "" {
					w.Unit = e.Resolution.IsoCurrency
				}
			}
		case "DurationParser":
			parts, err := timexParts(e.Resolution.Timex)
			if err != nil {
				return nil, fmt.Errorf("%s: entity %d: %v", c.ID, n, err)
			}
			dw, err := durationWant(e.Text, parts)
			if err != nil {
				return nil, fmt.Errorf("%s: entity %d: %v", c.ID, n, err)
			}
			dw.SuiteUnit = e.Resolution.Timex
			w = dw
		case "DateTimeModel":
			d := explicitDate(e)
			if d == "" {
				skippedDates++
				continue
			}
			w.Date = d
		default:
			return nil, fmt.Errorf("%s: unknown model %s", c.ID, c.Model)
		}
		if e.Start != nil {
			end := *e.Start + runeLen(e.Text) - 1 // DurationParser gives no end
			if e.End != nil {
				end = *e.End
			}
			s, en, ok := runeSpan(c.Text, *e.Start, end)
			if !ok || !strings.EqualFold(c.Text[s:en], e.Text) {
				return nil, fmt.Errorf("%s: entity %d: the span [%d, %d] is not %q in the text", c.ID, n, *e.Start, end, e.Text)
			}
			w.Start, w.End = s, en
		}
		out[n] = w
	}
	if c.Model == "DateTimeModel" && len(out) == 0 && skippedDates > 0 {
		return nil, nil
	}
	return out, nil
}
