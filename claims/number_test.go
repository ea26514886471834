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
		{"100.000", ',', 100000, 1, true},      // Indonesian, Dutch: dot groups thousands
		{"100,000", '.', 100000, 1, true},      // English
		{"100 000", ',', 100000, 1, true},      // French, plain space
		{"100\u00a0000", ',', 100000, 1, true}, // no-break space
		{"100\u202f000", ',', 100000, 1, true}, // narrow no-break space
		{"1'234'567", '.', 1234567, 1, true},   // Swiss
		{"20.000.000", ',', 20000000, 1, true}, // several groups
		{"20,000,000", '.', 20000000, 1, true}, //
		{"19,6", ',', 19.6, 0.1, true},         //
		{"1,19", '.', 1.19, 0.01, true},        // not three digits after: decimal even in English
		{"7.5", ',', 7.5, 0.1, true},           // a French text writing 7.5
		{"1,500", ',', 1.5, 0.001, true},       // French: the comma is the decimal mark
		{"23.04.2024", ',', 0, 0, false},       // a date, not a number
		{"1.2.3", '.', 0, 0, false},            //
		{"1234,567.8", '.', 0, 0, false},       // bad grouping
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
	for _, tc := range []struct{ lang, text string }{{"en", "a fine"}, {"fr", "une amende"}, {"nl", "een boete"}} {
		g := grammarFor(tc.lang)
		toks := tokenize(tc.text, g.t)
		if v, _, ok := g.spelledNumber(toks, 0, len(toks)); ok {
			t.Errorf("%s %q read as the number %v", tc.lang, tc.text, v)
		}
	}
}
