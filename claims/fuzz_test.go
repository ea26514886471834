package claims

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: any text, in any language, yields claims whose offsets quote their text, and never
// an error (a panic inside the rules would come back as one).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Pemerintah Prancis menjatuhkan denda 20 juta Euro (Rp 304 M) kepada perusahaan AS Clearview AI.",
		"Des amendes de 100\u00a0000 euros (98 000 $) par jour seront appliquées si Clearview ne suit pas.",
		"Het zou naar verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben.",
		"Clearview had 28 days to appeal, and then six months to comply. It was fined £7.5m on 2022-05-23.",
		"articles 6, 12, 15, 17 et 31 du RGPD", "zweiundzwanzig Menschen, 2,5 Mrd. Euro", "3 mil millones de euros",
		"1.2.3,4 5 6'7 8\u202f9 €$£ 10:30 COVID-19 -5 +3 ½ ٣",
	} {
		for _, l := range []string{"en", "fr", "nl", "id", "de", "es"} {
			f.Add(l, s)
		}
	}
	f.Fuzz(func(t *testing.T, language, text string) {
		cs, err := Extract(Article{ID: "fuzz", Lang: language, Text: text}, Options{All: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Text {
				t.Fatalf("claim %q at %d:%d does not quote the text", c.Text, c.Start, c.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Text) {
				t.Fatalf("claim %q cuts a character", c.Text)
			}
			if c.Kind != KindDate && (math.IsNaN(c.Value) || math.IsInf(c.Value, 0)) {
				t.Fatalf("claim %q has value %v", c.Text, c.Value)
			}
		}
	})
}

// FuzzParseDigits: any string either parses to a finite, non-negative number or is refused.
func FuzzParseDigits(f *testing.F) {
	for _, s := range []string{"1,234.5", "1.234,5", "100 000", "1'234", "7,5", "20.000.000", "1,", "..", "1\u202f000,25"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, commaDecimal bool) {
		mark := byte('.')
		if commaDecimal {
			mark = ','
		}
		v, step, ok := ParseDigits(s, mark)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || step <= 0) {
			t.Fatalf("ParseDigits(%q) = %v step %v", s, v, step)
		}
	})
}
