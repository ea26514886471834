package claims

import (
	"math"
	"strings"
	"testing"
)

// one expected claim: its quote and reading
type want struct {
	text, kind string
	value      float64
	unit       string
	bound      string
	modality   string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []want
	}{
		// money: symbols, codes and names, before and after; scale words and their traps
		{"en", "Clearview AI has been fined more than 7.5 million euros by the ICO.", []want{{"7.5 million euros", "money", 7.5e6, "EUR", "more_than", "asserted"}}},
		{"en", "The firm paid £7.5m last year.", []want{{"£7.5m", "money", 7.5e6, "GBP", "exact", "asserted"}}},
		{"en", "UK Fines Clearview IDR 117 Billion", []want{{"IDR 117 Billion", "money", 117e9, "IDR", "exact", "asserted"}}},
		{"en", "It raised $1.2bn from investors.", []want{{"$1.2bn", "money", 1.2e9, "USD", "exact", "asserted"}}},
		{"id", "Pemerintah Prancis menjatuhkan denda 20 juta Euro (Rp 304 M) kepada Clearview.", []want{
			{"20 juta Euro", "money", 20e6, "EUR", "exact", "asserted"}, {"Rp 304 M", "money", 304e9, "IDR", "exact", "asserted"}}},
		{"id", "Nilainya mencapai Rp 2 T tahun ini.", []want{{"Rp 2 T", "money", 2e12, "IDR", "exact", "asserted"}}},
		{"fr", "Une amende de 7,5 millions de livres sterling (9,4 millions de dollars) a été infligée.", []want{
			{"7,5 millions de livres sterling", "money", 7.5e6, "GBP", "exact", "asserted"}, {"9,4 millions de dollars", "money", 9.4e6, "USD", "exact", "asserted"}}},
		{"fr", "La dette atteint 3 billions d’euros.", []want{{"3 billions d’euros", "money", 3e12, "EUR", "exact", "asserted"}}},
		{"fr", "Clearview a été condamné à une amende de 20\u00a0millions d’euros.", []want{{"20\u00a0millions d’euros", "money", 20e6, "EUR", "exact", "asserted"}}},
		{"nl", "Dan volgen er boetes die tot 20 miljoen euro kunnen oplopen.", []want{{"20 miljoen euro", "money", 20e6, "EUR", "up_to", "conditional"}}},
		// "if" and "unless" in words that have other senses: nl "als" before a pronoun, fr "à moins de"
		{"nl", "Ze doet niet mee als ze geen 2 miljoen euro ophaalt.", []want{{"2 miljoen euro", "money", 2e6, "EUR", "exact", "conditional"}}},
		{"nl", "Als voorzitter kreeg hij 2 miljoen euro.", []want{{"2 miljoen euro", "money", 2e6, "EUR", "exact", "asserted"}}},
		{"fr", "Elle ne se présentera pas à moins de recueillir 2 millions d’euros.", []want{{"2 millions d’euros", "money", 2e6, "EUR", "exact", "conditional"}}},
		// a singular "pound" after a number above one and before a noun is a weight
		{"en", "The 550 pound hog had mauled the farmer.", []want{{"550 pound", "count", 550, "lb", "exact", "asserted"}}},
		{"en", "He was fined 550 pounds by the court.", []want{{"550 pounds", "money", 550, "GBP", "exact", "asserted"}}},
		{"en", "He was a real gentleman and let me by.", nil},
		{"en", "It costs a pound.", []want{{"a pound", "money", 1, "GBP", "exact", "asserted"}}},
		{"en", "A 1 pound coin was found.", []want{{"1 pound", "money", 1, "GBP", "exact", "asserted"}}},
		{"de", "Der Konzern zahlte 2,5 Mrd. Euro Strafe.", []want{{"2,5 Mrd. Euro", "money", 2.5e9, "EUR", "exact", "asserted"}}},
		{"es", "La empresa facturó 3.000 millones de euros, es decir 3 mil millones de euros.", []want{
			{"3.000 millones de euros", "money", 3e9, "EUR", "exact", "asserted"}, {"3 mil millones de euros", "money", 3e9, "EUR", "exact", "asserted"}}},
		// money: subunits, hyphens, codes with scales, signs after the amount, ranges
		{"en", "Shareholders get a 15-cent dividend and a five-dollar voucher.", []want{
			{"15-cent", "money", 0.15, "USD", "exact", "asserted"}, {"five-dollar", "money", 5, "USD", "exact", "asserted"}}},
		{"nl", "Het was een fluitje van een cent.", []want{}}, // an idiom, not a coin
		{"en", "Fuel costs 180c and it was 5C outside.", []want{{"180c", "money", 1.8, "USD", "exact", "asserted"}}},
		{"en", "A two-pound lobster and a 3-pound bag.", []want{}},
		{"en", "Group sales reached 410 MSEK while costs were 12 EUR million.", []want{
			{"410 MSEK", "money", 410e6, "SEK", "exact", "asserted"}, {"12 EUR million", "money", 12e6, "EUR", "exact", "asserted"}}},
		{"en", "Lunch was 15 RM, a taxi 8RM.", []want{{"15 RM", "money", 15, "MYR", "exact", "asserted"}, {"8RM", "money", 8, "MYR", "exact", "asserted"}}},
		{"en", "He won 3 games; the prize was ringgit 500.", []want{{"3 games", "count", 3, "game", "exact", "asserted"}, {"ringgit 500", "money", 500, "MYR", "exact", "asserted"}}},
		{"en", "During Euro 2024, the dollar rose 1.5%.", []want{{"1.5%", "percentage", 1.5, "%", "exact", "asserted"}}},
		{"en", "Tickets cost between 40 and 60 pounds.", []want{{"between 40 and 60 pounds", "money", 60, "GBP", "range", "asserted"}}},
		{"en", "Repairs will cost 2-3 million euros.", []want{{"2-3 million euros", "money", 3e6, "EUR", "range", "asserted"}}},
		{"en", "Prices range around 10-20 dollars.", []want{{"10-20 dollars", "money", 20, "USD", "range", "asserted"}}},
		{"en", "A flat costs Rs. 45 lakh there.", []want{{"Rs. 45 lakh", "money", 45e5, "INR", "exact", "asserted"}}},
		{"es", "El menú cuesta 9 euros con 50 céntimos y U$S 12.", []want{
			{"9 euros con 50 céntimos", "money", 9.5, "EUR", "exact", "asserted"}, {"U$S 12", "money", 12, "USD", "exact", "asserted"}}},
		{"de", "Er kaufte einen Zwanzig-Euro-Schein.", []want{{"Zwanzig-Euro-Schein", "money", 20, "EUR", "exact", "asserted"}}},
		// percentages: other words, a minus word, a decimal without its zero, an article before the number
		{"en", "Turnout was seventy percents.", []want{{"seventy percents", "percentage", 70, "%", "exact", "asserted"}}},
		{"fr", "La hausse atteint 12 pourcents.", []want{{"12 pourcents", "percentage", 12, "%", "exact", "asserted"}}},
		{"nl", "De groei was min twee procent.", []want{{"min twee procent", "percentage", -2, "%", "exact", "asserted"}}},
		{"es", "El interés es de ,75 por ciento, un treinta por ciento menos.", []want{
			{",75 por ciento", "percentage", 0.75, "%", "exact", "asserted"}, {"treinta por ciento", "percentage", 30, "%", "exact", "asserted"}}},
		// rates
		{"id", "Perusahaan dikenakan denda 100.000 euro per hari.", []want{{"100.000 euro per hari", "rate", 100000, "EUR/day", "exact", "asserted"}}},
		{"fr", "Des amendes de 100 000 euros (98 000 $) par jour seront appliquées si Clearview refuse.", []want{
			{"100 000 euros", "rate", 100000, "EUR/day", "exact", "conditional"}, {"98 000 $", "rate", 98000, "USD/day", "exact", "conditional"}}},
		// counts, with a bound and attribution
		{"id", "Ada sekitar 20 miliar gambar di basis datanya.", []want{{"20 miliar gambar", "count", 20e9, "image", "approximate", "asserted"}}},
		{"nl", "Het zou naar verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben.", []want{{"10 miljard afbeeldingen", "count", 10e9, "image", "exact", "reported"}}},
		{"fr", "Clearview détient 20 milliards d’images faciales, selon le régulateur.", []want{{"20 milliards d’images", "count", 20e9, "image", "exact", "reported"}}},
		{"en", "The database holds at least 3,000 records.", []want{{"3,000 records", "count", 3000, "record", "at_least", "asserted"}}},
		{"fr", "Il a travaillé avec 2 200 organismes.", []want{{"2 200 organismes", "count", 2200, "organisation", "exact", "asserted"}}},
		{"nl", "Het bedrijf pleegde twee inbreuken op de wet.", []want{{"twee inbreuken", "count", 2, "breach", "exact", "asserted"}}},
		{"de", "Bei dem Unglück starben zweiundzwanzig Menschen.", []want{{"zweiundzwanzig Menschen", "count", 22, "person", "exact", "asserted"}}},
		// a fraction of a scale, a proportion
		{"fr", "Deux millions et demi de foyers sont touchés.", []want{{"Deux millions et demi de foyers", "count", 2.5e6, "household", "exact", "asserted"}}},
		{"es", "La obra costó 4 millones y medio de euros.", []want{{"4 millones y medio de euros", "money", 4.5e6, "EUR", "exact", "asserted"}}},
		{"fr", "Il a versé plus d’un milliard et demi d’euros.", []want{{"un milliard et demi d’euros", "money", 1.5e9, "EUR", "more_than", "asserted"}}},
		// a minus word, unless it ends a bound
		{"fr", "La croissance est tombée à moins 0,5 % en mars.", []want{{"moins 0,5 %", "percentage", -0.5, "%", "exact", "asserted"}}},
		{"es", "Hubo al menos 12 heridos.", []want{{"12 heridos", "count", 12, "injured", "at_least", "asserted"}}},
		// a preposition or an article between a hedge and its figure
		{"es", "El contrato se prorrogará hasta por seis meses.", []want{{"seis meses", "duration", 6, "month", "up_to", "asserted"}}},
		{"es", "Las tarifas suben hasta un 15 %.", []want{{"15 %", "percentage", 15, "%", "up_to", "asserted"}}},
		{"pt", "O contrato será renovado até por três anos.", []want{{"três anos", "duration", 3, "year", "up_to", "asserted"}}},
		// a bare "bis" before an amount is "up to", not after one, where it ends a range
		{"de", "Der Verband rechnet mit Einnahmen von bis 40 Millionen Euro.", []want{{"40 Millionen Euro", "money", 40e6, "EUR", "up_to", "asserted"}}},
		{"de", "Die Reparatur kostet 3 bis 4 Millionen Euro.", []want{{"3 bis 4 Millionen Euro", "money", 4e6, "EUR", "range", "asserted"}}},
		{"de", "Sie kostet 3 Millionen Euro bis 4 Millionen Euro.", []want{
			{"3 Millionen Euro", "money", 3e6, "EUR", "exact", "asserted"}, {"4 Millionen Euro", "money", 4e6, "EUR", "exact", "asserted"}}},
		{"de", "Die Läden sind bis 18 Uhr geöffnet.", []want{}},
		// Dutch "wel" right before a figure is "as many as", not after "maar" nor in "dan wel" (or)
		{"nl", "Het schilderij is wel twee miljoen euro waard.", []want{{"twee miljoen euro", "money", 2e6, "EUR", "up_to", "asserted"}}},
		{"nl", "Niet vijf maar wel drie miljoen euro.", []want{{"drie miljoen euro", "money", 3e6, "EUR", "exact", "asserted"}}},
		{"nl", "Hij krijgt een taakstraf dan wel twee jaar cel.", []want{{"twee jaar", "duration", 2, "year", "exact", "asserted"}}},
		// after a verb of change a range word is "to", even with words between
		{"id", "Utang perusahaan melonjak secara drastis hingga Rp 5 triliun.", []want{{"Rp 5 triliun", "money", 5e12, "IDR", "exact", "asserted"}}},
		{"id", "Perusahaan itu didenda hingga 20 juta euro.", []want{{"20 juta euro", "money", 20e6, "EUR", "up_to", "asserted"}}},
		{"id", "Pendapatan pajak akan naik hingga Rp 3 triliun per tahun.", []want{{"Rp 3 triliun per tahun", "rate", 3e12, "IDR/year", "up_to", "asserted"}}},
		{"nl", "De kosten stegen vorig jaar tot 12 miljoen euro.", []want{{"12 miljoen euro", "money", 12e6, "EUR", "exact", "asserted"}}},
		{"nl", "De kosten stegen. Tot 12 miljoen euro kan worden vergoed.", []want{{"12 miljoen euro", "money", 12e6, "EUR", "up_to", "asserted"}}},
		// "bisa" (can, could) and "dimungkinkan" (made possible) present a figure as a possibility
		{"id", "Pajak tambahan itu bisa mencapai tiga persen.", []want{{"tiga persen", "percentage", 3, "%", "exact", "conditional"}}},
		// durations, ages, percentages, dates
		{"id", "Perusahaan diberi waktu dua bulan untuk mematuhi.", []want{{"dua bulan", "duration", 2, "month", "exact", "asserted"}}},
		{"en", "Clearview had 28 days to appeal, and then six months to comply.", []want{
			{"28 days", "duration", 28, "day", "exact", "asserted"}, {"six months", "duration", 6, "month", "exact", "asserted"}}},
		{"en", "The suspect, aged 42, was arrested.", []want{}},
		{"en", "A 42-year-old man was arrested.", []want{{"42-year-old", "age", 42, "year", "exact", "asserted"}}},
		{"en", "Unemployment rose to 5.2% in May.", []want{{"5.2%", "percentage", 5.2, "%", "exact", "asserted"}}},
		{"nl", "De werkloosheid steeg tot 4 procent.", []want{{"4 procent", "percentage", 4, "%", "exact", "asserted"}}}, // rose to
		{"nl", "De waakhond zou sinds mei 2020 klachten hebben verzameld.", []want{{"mei 2020", "date", 0, "date", "exact", "asserted"}}},
		{"en", "It was announced on 2023-05-22.", []want{{"2023-05-22", "date", 0, "date", "exact", "asserted"}}},
		// not quantities
		{"fr", "L’entreprise enfreint les articles 6, 12, 15, 17 et 31 du RGPD.", []want{}},
		{"fr", "Elle est l’optimum autorisé en vertu de l’article 83.", []want{}},
		{"en", "Cases of COVID-19 fell.", []want{}},
		{"en", "The meeting starts at 10:30 tomorrow.", []want{}},
		{"en", "He finished 19th in the race.", []want{}},
		{"en", "Two years ago the firm was founded.", []want{}},
		{"en", "You may come in May.", []want{}},
		{"en", "He bought a house.", []want{}},
	}
	for _, tc := range tests {
		a := Article{ID: "t.txt", Lang: tc.lang, Text: tc.text}
		cs, err := Extract(a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			if tc.text[c.Start:c.End] != c.Text {
				t.Errorf("%q: claim %q has offsets %d:%d that quote %q", tc.text, c.Text, c.Start, c.End, tc.text[c.Start:c.End])
			}
			got = append(got, c.Text)
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%s %q: got %d claims %q, want %d", tc.lang, tc.text, len(cs), got, len(tc.want))
			continue
		}
		for k, w := range tc.want {
			c := cs[k]
			if c.Text != w.text || c.Kind != w.kind || c.Unit != w.unit || c.Bound != w.bound || c.Modality != w.modality ||
				(w.kind != KindDate && math.Abs(c.Value-w.value) > 1e-6*math.Max(1, w.value)) {
				t.Errorf("%s %q claim %d:\n got  %q %s %v %s %s %s\n want %q %s %v %s %s %s", tc.lang, tc.text, k,
					c.Text, c.Kind, c.Value, c.Unit, c.Bound, c.Modality, w.text, w.kind, w.value, w.unit, w.bound, w.modality)
			}
		}
	}
}

func TestDerivedAndRepeats(t *testing.T) {
	para := "Selain denda 20 juta euro ($ 19,6 juta), CNIL memerintahkan penghapusan data.\n"
	a := Article{ID: "t.txt", Lang: "id", Text: "Judul\n" + para + para}
	cs, err := Extract(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	if cs[1].DerivedFrom != cs[0].ID || cs[1].Unit != "USD" || cs[1].Assumed == "" {
		t.Errorf("the parenthetical dollars should convert %s, with the $ default said: %+v", cs[0].ID, cs[1])
	}
	if cs[2].RepeatOf != cs[0].ID || cs[3].RepeatOf != cs[1].ID {
		t.Errorf("the repeated paragraph's claims should be repeats: %q %q", cs[2].RepeatOf, cs[3].RepeatOf)
	}
}

func TestSentenceRunsOnAcrossLayoutBreak(t *testing.T) {
	text := "Titre\n\nLa sanction de 20 millions d’euros imposée\n\npar la CNIL est lourde. Une autre phrase."
	cs, _ := Extract(Article{ID: "t", Lang: "fr", Text: text}, Options{})
	if len(cs) != 1 || !strings.Contains(cs[0].Sentence, "par la CNIL") {
		t.Fatalf("the sentence should run on after a line break in lower case: %+v", cs)
	}
}

func TestExtractNeverPanicsOnOddText(t *testing.T) {
	for _, s := range []string{"", "€", "$ $ $", "1,", ",1", "1.2.3.4.5", "٣٤", "\xff\xfe", "Rp", "20 juta", "(((", "1 000 000 000 000 000 000 000 000 000 000"} {
		for _, l := range []string{"en", "fr", "nl", "id", "de", "es", "it", "pt", "xx"} {
			if _, err := Extract(Article{ID: "t", Lang: l, Text: s}, Options{All: true}); err != nil {
				t.Errorf("%s %q: %v", l, s, err)
			}
		}
	}
}

func TestDateForms(t *testing.T) {
	tests := []struct{ lang, text, quote, date string }{
		// ordinal words for the day, before or after the month
		{"en", "The plant opened on the fifth of March 2004.", "fifth of March 2004", "2004-03-05"},
		{"en", "Sales began March second 2011 in Ohio.", "March second 2011", "2011-03-02"},
		{"nl", "De wet ging op de derde mei 2016 in.", "derde mei 2016", "2016-05-03"},
		{"de", "Am zweiten März 2015 begann der Prozess.", "zweiten März 2015", "2015-03-02"},
		{"fr", "Le premier mars 2015, la loi est entrée en vigueur.", "premier mars 2015", "2015-03-01"},
		// abbreviated months between separators, in any order with the year first or last
		{"en", "The deal closed 12-Nov-2015.", "12-Nov-2015", "2015-11-12"},
		{"en", "It was filed 2015/oct/12 by the agency.", "2015/oct/12", "2015-10-12"},
		{"nl", "Het contract liep tot 7 okt 2014 door.", "7 okt 2014", "2014-10-07"},
		{"nl", "Het plan loopt tot nov/2014.", "nov/2014", "2014-11"},
		{"en", "It was filed on Oct12, 2015 by the agency.", "Oct12, 2015", "2015-10-12"},
		// two-digit years after a month, where no day can stand
		{"en", "She moved there in June of 79 with her son.", "June of 79", "1979-06"},
		{"fr", "En octobre 95, la grève a éclaté.", "octobre 95", "1995-10"},
		// dotted and spaced all-digit dates
		{"fr", "Signé le 03.11.2014 à Lyon.", "03.11.2014", "2014-11-03"},
		{"fr", "Signé le 3 11 2014 à Lyon.", "3 11 2014", "2014-11-03"},
		{"en", "It began 2014 11 03, officials said.", "2014 11 03", "2014-11-03"},
	}
	for _, tc := range tests {
		cs, _ := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		found := false
		for _, c := range cs {
			if c.Kind == KindDate && c.Text == tc.quote && c.Date == tc.date {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: want date %q = %s, got %+v", tc.lang, tc.text, tc.quote, tc.date, cs)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Une hausse en mars de 30 % a été notée."},                // a month, then a figure of its own
		{"en", "In July 45 people died in the floods."},                  // the same
		{"es", "En mayo de 45 empresas, 12 cerraron."},                   // the same, after a link word
		{"en", "The table read 38 26 9 3 73 27 87 points."},              // a run of figures
		{"en", "Tickets for the 10 12 15 and 20 dollar seats sold out."}, // a list
		{"fr", "Les lots 4, 10 12 15 sont vendus."},
		{"en", "The update to version 2.4.10 fixed it."},    // a version number
		{"fr", "Elle a voté pour les sept 2019 candidats."}, // "sept" is seven before a number
	} {
		cs, _ := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		for _, c := range cs {
			if c.Kind == KindDate {
				t.Errorf("%s %q: no date wanted, got %q = %s", tc.lang, tc.text, c.Text, c.Date)
			}
		}
	}
}

// A year before a verb or an adverb is not a count of that word.
func TestYearIsNotCount(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"nl", "Hij keerde in 2011 terug naar huis."},
		{"en", "The company, founded in 1998 grew quickly."},
		{"fr", "Le film tourné en 1962 révèle un talent."},
	} {
		cs, _ := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		for _, c := range cs {
			if c.Kind == KindCount {
				t.Errorf("%s %q: no count wanted, got %q unit %q", tc.lang, tc.text, c.Text, c.Unit)
			}
		}
	}
}

func TestRangesProportionsAndScaleParts(t *testing.T) {
	type claim struct {
		text, kind string
		value      float64
		unit       string
		low, high  float64
	}
	tests := []struct {
		lang, text string
		want       []claim
	}{
		// ranges: one claim from the first number to the amount with its unit
		{"nl", "Kaartjes kosten tussen 5 en 8 euro.", []claim{{"tussen 5 en 8 euro", "money", 8, "EUR", 5, 8}}},
		{"fr", "Le billet coûte de 12 à 15 euros.", []claim{{"de 12 à 15 euros", "money", 15, "EUR", 12, 15}}},
		{"id", "Harga tiket 50-75 ribu rupiah.", []claim{{"50-75 ribu rupiah", "money", 75e3, "IDR", 50e3, 75e3}}},
		{"nl", "Het kost twee à drie miljoen euro.", []claim{{"twee à drie miljoen euro", "money", 3e6, "EUR", 2e6, 3e6}}},
		{"nl", "De opkomst ligt tussen de 40 en 55 procent.", []claim{{"tussen de 40 en 55 procent", "percentage", 55, "%", 40, 55}}},
		{"es", "Votará entre el 40 y el 55 % de los electores.", []claim{{"entre el 40 y el 55 %", "percentage", 55, "%", 40, 55}}},
		{"en", "He won 10 and 20 dollars.", []claim{{"10", "number", 10, "", 10, 10}, {"20 dollars", "money", 20, "USD", 20, 20}}},
		// proportions
		{"nl", "Een op de vijf kiezers twijfelt.", []claim{{"Een op de vijf", "number", 0.2, "", 0.2, 0.2}}},
		{"nl", "Volgens 3 uit 10 artsen.", []claim{{"3 uit 10", "number", 0.3, "", 0.3, 0.3}}},
		// what "and" adds after a scale, and a smaller scale after a larger one
		{"fr", "La ville compte deux millions et demi d'habitants.", []claim{{"deux millions et demi d'habitants", "count", 2.5e6, "person", 2.5e6, 2.5e6}}},
		{"nl", "De schade bedraagt vijf miljard tweehonderd miljoen euro.", []claim{{"vijf miljard tweehonderd miljoen euro", "money", 5.2e9, "EUR", 5.2e9, 5.2e9}}},
		{"nl", "Het duurde tweeënhalf uur.", []claim{{"tweeënhalf uur", "duration", 2.5, "hour", 2.5, 2.5}}},
		{"nl", "Ajax speelt de halve finale.", nil},
		{"nl", "De temperatuur was min 5.", []claim{{"min 5", "number", -5, "", -5, -5}}},
		{"nl", "De inflatie steeg met ,5 procent.", []claim{{",5 procent", "percentage", 0.5, "%", 0.5, 0.5}}},
		// currencies and coins
		{"fr", "Le contrat vaut 300 millions de $ c.", []claim{{"300 millions de $ c", "money", 3e8, "CAD", 3e8, 3e8}}},
		{"nl", "Het kost $20 en 43c.", []claim{{"$20 en 43c", "money", 20.43, "USD", 20.43, 20.43}}},
		{"en", "It hit 43C yesterday.", nil}, // Celsius, not cents
		{"nl", "Het huis kostte 100.000 gulden.", []claim{{"100.000 gulden", "money", 1e5, "NLG", 1e5, 1e5}}},
		// glued scales: the international value without a currency, the local one with it
		{"id", "Videonya ditonton 3M kali.", []claim{{"3M kali", "count", 3e6, "kali", 3e6, 3e6}}},
		{"id", "Omzetnya Rp 3M.", []claim{{"Rp 3M", "money", 3e9, "IDR", 3e9, 3e9}}},
	}
	for _, tc := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%s %q: got %d claims %+v, want %d", tc.lang, tc.text, len(cs), cs, len(tc.want))
			continue
		}
		for k, w := range tc.want {
			c := cs[k]
			near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
			if c.Text != w.text || c.Kind != w.kind || c.Unit != w.unit || !near(c.Value, w.value) || !near(c.Low, w.low) || !near(c.High, w.high) {
				t.Errorf("%s %q claim %d:\n got  %q %s %v %s [%v, %v]\n want %q %s %v %s [%v, %v]", tc.lang, tc.text, k,
					c.Text, c.Kind, c.Value, c.Unit, c.Low, c.High, w.text, w.kind, w.value, w.unit, w.low, w.high)
			}
		}
	}
}

// A measure in parentheses in another unit of its dimension converts the one before it; a
// measure of another dimension, or one outside parentheses, is a claim of its own.
func TestMeasureConversions(t *testing.T) {
	tests := []struct {
		lang, text string
		derived    []bool
	}{
		{"en", "Waves of up to six meters (18 feet) hit the coast.", []bool{false, true}},
		{"id", "Garis pantai 300 km (190 mil) di utara Palu.", []bool{false, true}},
		{"en", "The storm crossed 300 km and then 190 miles more.", []bool{false, false}},
		{"en", "A 40 km (2 tonnes) load.", []bool{false, false}},
	}
	for _, tt := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tt.lang, Text: tt.text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != len(tt.derived) {
			t.Errorf("%q: %d claims, want %d: %+v", tt.text, len(cs), len(tt.derived), cs)
			continue
		}
		for k, c := range cs {
			if (c.DerivedFrom != "") != tt.derived[k] {
				t.Errorf("%q: claim %q derived from %q, want derived %v", tt.text, c.Text, c.DerivedFrom, tt.derived[k])
			}
		}
	}
}

func TestAgeApposition(t *testing.T) {
	tests := []struct {
		lang, text, kind string
	}{
		{"es", "Willoughby fundó Truly en 2016 y Jones, de 52 años, se unió como presidente.", "age"},
		{"pt", "O empresário, de 52 anos, entrou como presidente.", "age"},
		{"it", "Il presidente, di 52 anni, è entrato in carica.", "age"},
		{"es", "Recibió una condena de 5 años de prisión.", "duration"},
	}
	for _, tt := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tt.lang, Text: tt.text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			if c.Kind != KindDate {
				got = append(got, c.Kind)
			}
		}
		if len(got) != 1 || got[0] != tt.kind {
			t.Errorf("%s %q: kinds %v, want [%s]", tt.lang, tt.text, got, tt.kind)
		}
	}
}

// A bare number right after "and" that follows a count counts the same thing; a year does not.
func TestEllipticCounts(t *testing.T) {
	tests := []struct {
		lang, text string
		units      []string
	}{
		{"en", "He said 540 people were injured and 29 were missing.", []string{"person", "person"}},
		{"fr", "540 personnes étaient blessées et 29 étaient toujours portées disparues.", []string{"person", "person"}},
		{"de", "540 Menschen wurden verletzt, und 29 werden vermisst.", []string{"person", "person"}},
		{"en", "The firm hired 40 people in 2019 and 2020 was worse.", []string{"person"}},
	}
	for _, tt := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tt.lang, Text: tt.text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			if c.Kind == KindCount {
				got = append(got, c.Unit)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.units, ",") {
			t.Errorf("%s %q: count units %v, want %v", tt.lang, tt.text, got, tt.units)
		}
	}
}

// A time of day is no quantity: no claim for the hour, the quantity beside it stays.
func TestTimeOfDay(t *testing.T) {
	tests := []struct {
		lang, text string
		want       int // claims that are not dates
	}{
		{"en", "The news conference began at 11 a.m. and 40 people came.", 1},
		{"id", "Kejadian itu terjadi pukul 7.55 pagi, 12 orang terluka.", 1},
		{"de", "Um 15 Uhr kamen 40 Menschen.", 1},
		{"en", "Some 40 people came.", 1},
	}
	for _, tt := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tt.lang, Text: tt.text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range cs {
			if c.Kind != KindDate {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s %q: %d claims, want %d: %+v", tt.lang, tt.text, n, tt.want, cs)
		}
	}
}
