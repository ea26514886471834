package claims

import (
	"math"
	"testing"
)

func TestDurations(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []want
	}{
		// an article before a time unit is one of it
		{"en", "The strike lasted an hour.", []want{{"an hour", "duration", 1, "hour", "exact", "asserted"}}},
		{"nl", "De staking duurde een week.", []want{{"een week", "duration", 1, "week", "exact", "asserted"}}},
		{"fr", "La grève a duré un mois.", []want{{"un mois", "duration", 1, "month", "exact", "asserted"}}},
		{"de", "Der Streik dauerte eine Woche.", []want{{"eine Woche", "duration", 1, "week", "exact", "asserted"}}},
		{"en", "The vote was delayed by another week.", []want{{"another week", "duration", 1, "week", "exact", "asserted"}}},
		{"en", "Workers will get an extra day off.", []want{{"an extra day", "duration", 1, "day", "exact", "asserted"}}},
		{"en", "The talks went on for more than a decade.", []want{{"a decade", "duration", 1, "decade", "more_than", "asserted"}}},
		// but not an article before a noun, nor a rate, nor an ordinal
		{"en", "He runs twice a day and swims three times a week.", []want{{"three times a week", "count", 3, "times/week", "exact", "asserted"}}},
		{"en", "A second wave hit the city.", []want{}},
		{"en", "She smokes 20 cigarettes a day.", []want{{"20 cigarettes a day", "count", 20, "cigarettes/day", "exact", "asserted"}}},
		{"en", "Another six million people voted.", []want{{"six million people", "count", 6e6, "person", "exact", "asserted"}}},
		// fractions of a unit
		{"en", "The meeting lasted half an hour.", []want{{"half an hour", "duration", 0.5, "hour", "exact", "asserted"}}},
		{"en", "Half a million people marched.", []want{{"Half a million people", "count", 5e5, "person", "exact", "asserted"}}},
		{"en", "The flight took an hour and a half.", []want{{"an hour and a half", "duration", 1.5, "hour", "exact", "asserted"}}},
		{"en", "He served 3 and a half years.", []want{{"3 and a half years", "duration", 3.5, "year", "exact", "asserted"}}},
		{"en", "The delay was three quarters of an hour.", []want{{"three quarters of an hour", "duration", 0.75, "hour", "exact", "asserted"}}},
		{"fr", "Il a attendu trois ans et demi.", []want{{"trois ans et demi", "duration", 3.5, "year", "exact", "asserted"}}},
		{"fr", "Le discours a duré une demi-heure.", []want{{"demi-heure", "duration", 0.5, "hour", "exact", "asserted"}}},
		{"nl", "De rit duurde drieënhalf uur.", []want{{"drieënhalf uur", "duration", 3.5, "hour", "exact", "asserted"}}},
		{"nl", "Hij bleef anderhalve week.", []want{{"anderhalve week", "duration", 1.5, "week", "exact", "asserted"}}},
		{"nl", "Het duurde twee kwartier.", []want{{"twee kwartier", "duration", 30, "minute", "exact", "asserted"}}},
		{"nl", "We wachtten een halfuur.", []want{{"halfuur", "duration", 0.5, "hour", "exact", "asserted"}}},
		{"nl", "In het eerste halfjaar groeide de omzet.", []want{}},
		{"en", "The deal ends in a fortnight.", []want{{"a fortnight", "duration", 2, "week", "exact", "asserted"}}},
		// hyphenated and glued units
		{"en", "He got a 12-year sentence after a two-week trial.", []want{
			{"12-year", "duration", 12, "year", "exact", "asserted"}, {"two-week", "duration", 2, "week", "exact", "asserted"}}},
		{"en", "A 42-year-old man was arrested.", []want{{"42-year-old", "age", 42, "year", "exact", "asserted"}}},
		{"en", "One-quarter of voters stayed home.", []want{{"One-quarter of voters", "count", 0.25, "voter", "exact", "asserted"}}},
		// words between the number and the unit; units of the calendar and of work
		{"en", "The talks need 5 more days.", []want{{"5 more days", "duration", 5, "day", "exact", "asserted"}}},
		{"en", "Profits fell for 3 quarters.", []want{{"3 quarters", "duration", 3, "quarter", "exact", "asserted"}}},
		{"nl", "Het duurt vijf werkdagen.", []want{{"vijf werkdagen", "duration", 5, "day", "exact", "asserted"}}},
		// compound lengths: calendar units exact among themselves, any order for two parts
		{"en", "He was jailed for 3 years and 4 months.", []want{{"3 years and 4 months", "duration", 40, "month", "exact", "asserted"}}},
		{"en", "It took one week and two days.", []want{{"one week and two days", "duration", 9, "day", "exact", "asserted"}}},
		{"en", "It took 5 days and 2 months.", []want{{"5 days and 2 months", "duration", 65, "day", "exact", "asserted"}}},
		{"nl", "Hij zat 2 jaar, 3 maanden en 10 dagen vast.", []want{{"2 jaar, 3 maanden en 10 dagen", "duration", 830, "day", "exact", "asserted"}}},
		{"en", "Doses are given at 2 months, 4 months and 1 year.", []want{
			{"2 months", "duration", 2, "month", "exact", "asserted"}, {"4 months", "duration", 4, "month", "exact", "asserted"},
			{"1 year", "duration", 1, "year", "exact", "asserted"}}},
		// an article and a unit that its own length qualifies, or a complement, name a kind of period
		{"en", "The union wants a week of four days.", []want{{"four days", "duration", 4, "day", "exact", "asserted"}}},
		{"fr", "Le syndicat réclame une semaine de travail de 32 heures.", []want{{"32 heures", "duration", 32, "hour", "exact", "asserted"}}},
		{"es", "El sindicato pide una semana laboral de 35 horas.", []want{{"35 horas", "duration", 35, "hour", "exact", "asserted"}}},
		{"fr", "Une semaine de travail ne suffira pas.", []want{}},
		{"fr", "Il a attendu une semaine de plus.", []want{{"une semaine", "duration", 1, "week", "exact", "asserted"}}},
		{"en", "He rested a day after 10 hours of work.", []want{
			{"a day", "duration", 1, "day", "exact", "asserted"}, {"10 hours", "duration", 10, "hour", "exact", "asserted"}}},
		// figures of speech: "overnight", "some day"
		{"en", "Prices changed from one day to the next.", []want{}},
		{"es", "Los precios cambiaron de un día para otro.", []want{}},
		{"de", "Die Preise änderten sich von einem Tag auf den anderen.", []want{}},
		{"it", "I prezzi sono cambiati da un giorno all'altro.", []want{}},
		{"pt", "Os preços mudaram de um dia para o outro.", []want{}},
		{"fr", "Il reviendra un jour ou l'autre.", []want{}},
		{"nl", "Op een dag kwam de brief.", []want{}},
		{"es", "La huelga duró un día y costó 3 millones de euros.", []want{
			{"un día", "duration", 1, "day", "exact", "asserted"}, {"3 millones de euros", "money", 3e6, "EUR", "exact", "asserted"}}},
	}
	for _, tc := range tests {
		cs, err := Extract(Article{ID: "t", Lang: tc.lang, Text: tc.text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != len(tc.want) {
			var got []string
			for _, c := range cs {
				got = append(got, c.Text)
			}
			t.Errorf("%s %q: got %d claims %q, want %d", tc.lang, tc.text, len(cs), got, len(tc.want))
			continue
		}
		for k, w := range tc.want {
			c := cs[k]
			if c.Text != w.text || c.Kind != w.kind || c.Unit != w.unit || c.Bound != w.bound || c.Modality != w.modality ||
				math.Abs(c.Value-w.value) > 1e-9*math.Max(1, w.value) {
				t.Errorf("%s %q claim %d:\n got  %q %s %v %s %s %s\n want %q %s %v %s %s %s", tc.lang, tc.text, k,
					c.Text, c.Kind, c.Value, c.Unit, c.Bound, c.Modality, w.text, w.kind, w.value, w.unit, w.bound, w.modality)
			}
		}
	}
}

func TestCompoundDurationSaysItsConvention(t *testing.T) {
	cs, _ := Extract(Article{ID: "t", Lang: "en", Text: "The probe lasted 1 year and 10 days."}, Options{})
	if len(cs) != 1 || cs[0].Value != 375 || cs[0].Unit != "day" || cs[0].Assumed != calendarAssumed {
		t.Fatalf("1 year and 10 days should be 375 days, saying how a year was counted: %+v", cs)
	}
	cs, _ = Extract(Article{ID: "t", Lang: "en", Text: "The probe lasted 1 year and 10 months."}, Options{})
	if len(cs) != 1 || cs[0].Value != 22 || cs[0].Unit != "month" || cs[0].Assumed != "" {
		t.Fatalf("1 year and 10 months should be 22 months, with nothing assumed: %+v", cs)
	}
}
