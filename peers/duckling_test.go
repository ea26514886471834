package peers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
)

// dkCase is one line of testdata/duckling/cases.jsonl.
type dkCase struct {
	ID       string      `json:"id"`
	Lang     string      `json:"lang"`
	Region   *string     `json:"region"`
	Dim      string      `json:"dim"`
	Corpus   string      `json:"corpus"` // positive, negative, latent
	Text     string      `json:"text"`
	Expected *dkExpected `json:"expected"`
	Expr     *string     `json:"expr"`
	Source   string      `json:"source"`
}

type dkExpected struct {
	Value *float64 `json:"value"`
	Unit  string   `json:"unit"`  // AmountOfMoney: "EUR", "Dollar", "Cent", "Unnamed"
	Grain string   `json:"grain"` // Duration: "second" … "year", "quarter"
	Min   *float64 `json:"min"`
	Max   *float64 `json:"max"`
	Op    string   `json:"op"` // "under", "above"
}

func loadDuckling(path string) ([]dkCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []dkCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var c dkCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

var isoCode = regexp.MustCompile(`^[A-Z]{3}$`)

// dkWant is the expected entity of a positive Duckling case.
func dkWant(c dkCase) (want, error) {
	e := c.Expected
	if e == nil {
		return want{}, fmt.Errorf("%s: positive case without expected value", c.ID)
	}
	w := want{Text: c.Text, Kind: modelKind(c.Dim), Start: -1, End: -1, Value: e.Value, Min: e.Min, Max: e.Max}
	switch c.Dim {
	case "Numeral":
	case "AmountOfMoney":
		w.SuiteUnit = e.Unit
		switch {
		case e.Unit == "Cent":
			w.Factor = 100
		case isoCode.MatchString(e.Unit):
			w.Unit = e.Unit
		case e.Unit == "Dollar" || e.Unit == "Pound" || e.Unit == "Rial" || e.Unit == "Riyal" || e.Unit == "Dinar" || e.Unit == "Unnamed":
			// does not decide a code
		default:
			return w, fmt.Errorf("%s: unknown currency %q", c.ID, e.Unit)
		}
	case "Duration":
		if e.Value == nil {
			return w, fmt.Errorf("%s: duration without value", c.ID)
		}
		dw, err := durationWant(c.Text, [][2]any{{*e.Value, e.Grain}})
		if err != nil {
			return w, fmt.Errorf("%s: %v", c.ID, err)
		}
		dw.SuiteUnit = e.Grain
		return dw, nil
	default:
		return w, fmt.Errorf("%s: unknown dimension %s", c.ID, c.Dim)
	}
	if w.Value == nil && w.Min == nil && w.Max == nil {
		return w, fmt.Errorf("%s: no value", c.ID)
	}
	return w, nil
}
