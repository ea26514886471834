package claims

import (
	"math"
	"testing"
)

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in      string
		decimal byte
		want    float64
		step    float64
		ok      bool
	}{
		{"20", '.', 20, 1, true},
		{"7.5", '.', 7.5, 0.1, true},
		{"7,5", ',', 7.5, 0.1, true},
		{"1,234.5", '.', 1234.5, 0.1, true},
		{"1.234,5", ',', 1234.5, 0.1, true},
		{"100.000", ',', 100000, 1, true},       // Indonesian, Dutch: dot groups thousands
		{"100,000", '.', 100000, 1, true},       // English
		{"100 000", ',', 100000, 1, true},       // French, plain space
		{"100\u00a0000", ',', 100000, 1, true},  // no-break space
		{"100\u202f000", ',', 100000, 1, true},  // narrow no-break space
		{"1'234'567", '.', 1234567, 1, true},    // Swiss
		{"20.000.000", ',', 20000000, 1, true},  // several groups
		{"20,000,000", '.', 20000000, 1, true},  //
		{"19,6", ',', 19.6, 0.1, true},          //
		{"1,19", '.', 1.19, 0.01, true},         // not three digits after: decimal even in English
		{"7.5", ',', 7.5, 0.1, true},            // a French text writing 7.5
		{"1,500", ',', 1.5, 0.001, true},        // French: the comma is the decimal mark
		{",25", ',', 0.25, 0.01, true},          // Dutch: no zero before the decimal comma
		{",25", '.', 0, 0, false},               // English: not a decimal
		{"23.04.2024", ',', 0, 0, false},        // a date, not a number
		{"1.2.3", '.', 0, 0, false},             //
		{"1234,567.8", '.', 0, 0, false},        // bad grouping
		{"1,00,000", '.', 100000, 1, true},      // Indian grouping: one lakh
		{"3,25,40,000", '.', 32540000, 1, true}, // 3 crore 25 lakh 40 thousand
		{"4,56,789.5", '.', 456789.5, 0.1, true},
		{"12,34,56", '.', 0, 0, false},           // no group of three at the end
		{",75", ',', 0.75, 0.01, true},           // the decimal comma without its zero
		{",75", '.', 0, 0, false},                //
		{"0.250", ',', 0.25, 0.001, true},        // a leading zero is never a thousands group
		{"2024.125", ',', 2024.125, 0.001, true}, // nor four digits before the dot
	}
	for _, tc := range tests {
		v, step, ok := ParseDigits(tc.in, tc.decimal)
		if ok != tc.ok || (ok && (math.Abs(v-tc.want) > 1e-9 || math.Abs(step-tc.step) > 1e-12)) {
			t.Errorf("ParseDigits(%q, %q) = %v, %v, %v; want %v, %v, %v", tc.in, tc.decimal, v, step, ok, tc.want, tc.step, tc.ok)
		}
	}
}

func TestSpelledNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       float64
	}{
		{"en", "two", 2},
		{"en", "twenty-three", 23},
		{"en", "two hundred and five", 205},
		{"en", "a hundred", 100},
		{"en", "three thousand", 3000},
		{"fr", "deux", 2},
		{"fr", "vingt et un", 21},
		{"fr", "quatre-vingt-dix-sept", 97},
		{"fr", "soixante-dix", 70},
		{"nl", "twee", 2},
		{"nl", "drieëntwintig", 23},
		{"nl", "tweehonderd", 200},
		{"nl", "tweeënhalf", 2.5},
		{"nl", "twaalf en een halve", 12.5},
		{"nl", "anderhalve", 1.5},
		{"nl", "een halve", 0.5},
		{"nl", "zeven miljard driehonderd miljoen", 7.3e9},
		{"id", "dua", 2},
		{"id", "dua puluh tiga", 23},
		{"id", "tiga belas", 13},
		{"id", "seratus dua puluh", 120},
		{"id", "tiga ratus", 300},
		{"de", "zweiundzwanzig", 22},
		{"de", "dreihundert", 300},
		{"de", "hundert", 100},
		{"es", "veintitrés", 23},
		{"es", "doscientos", 200},
		{"it", "ventitré", 23},
		{"it", "cento", 100},
		{"pt", "vinte e três", 23},
		{"en", "sixty - three", 63},
		{"en", "one - fifth", 0.2},
		{"en", "nought", 0},
		{"en", "four crore ten lakh twenty", 41000020},
		{"de", "viereinhalb", 4.5},
		{"de", "zweiundhalb", 2.5},
		{"de", "drei dutzend", 36},
		{"de", "siebenundfuenfzig", 57},
		{"id", "tiga setengah", 3.5},
		// the long scale: what follows a larger scale is multiplied by the smaller one alone
		{"es", "dos billones trescientos mil cuarenta millones", 2_300_040e6},
		{"es", "siete billones doce mil millones cinco mil", 7_012_000_005_000},
		// a fraction joined by its own word, a hyphenated fraction of a scale, dozens
		{"es", "cuarenta con dos quintos", 40.4},
		{"es", "dos con un cuarto", 2.25},
		{"es", "media docena", 6},
		{"es", "cuatro docenas", 48},
		{"fr", "un demi-million", 500000},
		{"en", "a half-million", 500000},
		{"fr", "quatre vingt sept", 87},
		{"fr", "deux et trois dixièmes", 2.3},
	}
	for _, tc := range tests {
		g := grammarFor(tc.lang)
		toks := tokenize(tc.text, g.t)
		v, n, ok := g.spelledNumber(toks, 0, len(toks))
		if !ok || n != len(toks) || v != tc.want {
			t.Errorf("%s %q = %v (read %d of %d tokens, ok %v); want %v", tc.lang, tc.text, v, n, len(toks), ok, tc.want)
		}
	}
}

func TestWeakNumbersAlone(t *testing.T) {
	// indefinite articles are numbers only before a scale word
	for _, tc := range []struct{ lang, text string }{{"en", "a fine"}, {"fr", "une amende"}, {"nl", "een boete"}, {"es", "la media"}, {"nl", "halve finale"}} {
		g := grammarFor(tc.lang)
		toks := tokenize(tc.text, g.t)
		if v, _, ok := g.spelledNumber(toks, 0, len(toks)); ok {
			t.Errorf("%s %q read as the number %v", tc.lang, tc.text, v)
		}
	}
}

// TestNumberForms reads numbers in context (with bare numbers): each text yields a claim quoting
// want with the value, or, when want is empty, no number or count at all.
func TestNumberForms(t *testing.T) {
	tests := []struct {
		lang, text, want string
		value            float64
	}{
		{"en", "Ask for half a dozen.", "half a dozen", 6},
		{"en", "They need two thirds of a million.", "two thirds of a million", 2e6 / 3},
		{"en", "About a quarter million came.", "a quarter million", 250000},
		{"en", "He ordered 4 dozens.", "4 dozens", 48},
		{"en", "It cost 7 hundred and 12 rupees.", "7 hundred and 12 rupees", 712},
		{"en", "We counted 2 thousand 5 hundred and 9.", "2 thousand 5 hundred and 9", 2509},
		{"en", "Some four million and a half were counted.", "four million and a half", 4.5e6},
		{"en", "It is two billion and a quarter million.", "two billion and a quarter million", 2.00025e9},
		{"en", "Only one in four adults voted.", "one in four", 0.25},
		{"en", "Three out of ten hundred failed.", "Three out of ten hundred", 0.003},
		{"en", "The low was negative twelve.", "negative twelve", -12},
		{"en", "He tried one more time.", "one", 1},
		{"en", "Over 2m people left.", "2m people", 2e6},
		{"en", "The plan costs 5 lakh crore.", "5 lakh crore", 5e12},
		{"de", "Er aß ein halbes Brot.", "ein halbes", 0.5},
		{"de", "Sie kaufte ein halbes dutzend Eier.", "ein halbes dutzend", 6},
		{"de", "Es kamen eine Million dreihundertzwölftausendfuenfhundert.", "eine Million dreihundertzwölftausendfuenfhundert", 1312500},
		// not numbers: a pronoun, a unit glued to digits, a range's two ends, a year, a time
		{"en", "I prefer the red one, which one do you like?", "", 0},
		{"en", "This one is fine.", "", 0},
		{"en", "He said that one person died.", "one person", 1},
		{"en", "The 3m pole broke.", "", 0},
		{"en", "The match ended two-nil.", "", 0},
	}
	for _, tc := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range cs {
			if tc.want == "" && (c.Kind == KindNumber || c.Kind == KindCount) {
				t.Errorf("%s %q: got %s %q = %v, want no number", tc.lang, tc.text, c.Kind, c.Text, c.Value)
			}
			if tc.want != "" && c.Text == tc.want && math.Abs(c.Value-tc.value) <= 1e-9*math.Max(1, math.Abs(tc.value)) {
				found = true
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s %q: no claim %q = %v in %+v", tc.lang, tc.text, tc.want, tc.value, cs)
		}
	}
	// the two ends of a range, a year and a time after "in" stay numbers of their own
	for _, tc := range []struct{ lang, text string }{
		{"en", "between 1 million and 800,000 people"},
		{"en", "It fell 3 in 2019."},
		{"en", "He won 2 in 10 days."},
		{"en", "The firm sold 5 million and 300 were returned."},
	} {
		cs, _ := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		for _, c := range cs {
			if v := c.Value; v != math.Trunc(v) || v == 1.8e6 || v == 5000300 {
				t.Errorf("%s %q: got %s %q = %v, want separate numbers", tc.lang, tc.text, c.Kind, c.Text, c.Value)
			}
		}
	}
}

func TestRatios(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       float64
	}{
		{"fr", "Un sur quatre a voté.", 0.25},
		{"fr", "Le taux est de 2 sur 50 cette année.", 0.04},
		{"es", "Uno de cada diez votó.", 0.1},
		{"es", "Son 3 de cada 4 hogares.", 0.75},
	} {
		cs, _ := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		if len(cs) != 1 || math.Abs(cs[0].Value-tc.want) > 1e-9 {
			t.Errorf("%s %q: got %+v, want one number %v", tc.lang, tc.text, cs, tc.want)
		}
	}
	// the larger number first is no proportion
	if cs, _ := Extract(Article{ID: "t", Lang: "fr", Text: "Il a gagné 6 sur 4 courts."}, Options{All: true}); len(cs) == 1 {
		t.Errorf("6 sur 4 read as one proportion: %+v", cs)
	}
}
