package peers

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func TestRuneSpan(t *testing.T) {
	text := "Kosten: €4,25 für Müller"
	// rune indexes of "€4,25": 8..12 inclusive
	s, e, ok := runeSpan(text, 8, 12)
	if !ok || text[s:e] != "€4,25" {
		t.Errorf("runeSpan = %d, %d, %v: %q", s, e, ok, text[s:e])
	}
	s, e, ok = runeSpan(text, 18, 23)
	if !ok || text[s:e] != "Müller" {
		t.Errorf("runeSpan = %d, %d, %v: %q", s, e, ok, text[s:e])
	}
	if _, _, ok := runeSpan(text, 20, 24); ok {
		t.Error("a span past the end of the text must not fit")
	}
}

func TestRecognizersNumber(t *testing.T) {
	tests := []struct {
		lang, in string
		want     float64
	}{
		{"en", "1234567.89", 1234567.89},
		{"fr", "4,25", 4.25},
		{"nl", "-1,2732E+15", -1.2732e15},
		{"es", "0,23456%", 0.23456},
		{"en", "1E-07", 1e-7},
	}
	for _, tc := range tests {
		got, err := rtNumber(tc.lang, tc.in)
		if err != nil || !same(got, tc.want) {
			t.Errorf("rtNumber(%q, %q) = %v, %v; want %v", tc.lang, tc.in, got, err, tc.want)
		}
	}
}

func TestTimexDurations(t *testing.T) {
	tests := []struct {
		timex   string
		value   float64
		unit    string
		seconds float64
	}{
		{"PT3H", 3, "hour", 10800},
		{"P3.5Y", 3.5, "year", 110376000},
		{"P3M", 3, "month", 7776000},
		{"PT123.45S", 123.45, "second", 123.45},
		{"P1BD", 1, "day", 86400},
		{"P1Y1M21D", 0, "", 35942400}, // Recognizers' own resolution
		{"P1W3D", 0, "", 864000},
	}
	for _, tc := range tests {
		parts, err := timexParts(tc.timex)
		if err != nil {
			t.Errorf("%s: %v", tc.timex, err)
			continue
		}
		w, err := durationWant(tc.timex, parts)
		if err != nil {
			t.Errorf("%s: %v", tc.timex, err)
			continue
		}
		if !same(w.Seconds, tc.seconds) || w.Unit != tc.unit || (tc.unit != "" && !same(*w.Value, tc.value)) {
			t.Errorf("%s: %+v", tc.timex, w)
		}
	}
	for _, bad := range []string{"P", "PT", "XXXX-05-24", "P2X"} {
		if _, err := timexParts(bad); err == nil {
			t.Errorf("timexParts(%q): no error", bad)
		}
	}
}

func TestDurationMatching(t *testing.T) {
	dur := func(v float64, unit string) claims.Claim {
		return claims.Claim{Kind: claims.KindDuration, Value: v, Unit: unit}
	}
	w := func(v float64, unit string) want {
		x, err := durationWant("", [][2]any{{v, unit}})
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	tests := []struct {
		c    claims.Claim
		w    want
		want bool
	}{
		{dur(1.5, "hour"), w(90, "minute"), true},
		{dur(2.25, "year"), w(27, "month"), true}, // calendar units: months
		{dur(1.5, "month"), w(45, "day"), true},   // a month is 30 days
		{dur(2, "decade"), w(20, "year"), true},   //
		{dur(3, "quarter"), w(9, "month"), true},  //
		{dur(1, "year"), w(12, "month"), true},    //
		{dur(1, "year"), w(365, "day"), true},     //
		{dur(2, "year"), w(3, "year"), false},     //
		{dur(2, "week"), w(2, "month"), false},    //
		{claims.Claim{Kind: claims.KindCount, Value: 3, Unit: "hrs"}, w(3, "hour"), false},
	}
	for _, tc := range tests {
		if got := matches(tc.c, tc.w); got != tc.want {
			t.Errorf("matches(%v %s, %+v) = %v", tc.c.Value, tc.c.Unit, tc.w, got)
		}
	}
}

func TestMoneyMatching(t *testing.T) {
	money := func(v float64, cur string) claims.Claim {
		return claims.Claim{Kind: claims.KindMoney, Value: v, Unit: cur, Low: v, High: v}
	}
	v := func(f float64) *float64 { return &f }
	tests := []struct {
		c    claims.Claim
		w    want
		want bool
	}{
		{money(75e6, "USD"), want{Kind: wantMoney, Value: v(75e6)}, true},               // "Dollar": value only
		{money(75e6, "CAD"), want{Kind: wantMoney, Value: v(75e6), Unit: "USD"}, false}, //
		{money(0.5, "EUR"), want{Kind: wantMoney, Value: v(50), Factor: 100}, true},     // 50 cents
		{money(50, "EUR"), want{Kind: wantMoney, Value: v(50), Factor: 100}, false},     //
		{claims.Claim{Kind: claims.KindRate, Value: 1.4, Unit: "USD/share"}, want{Kind: wantMoney, Value: v(1.4), Unit: "USD"}, true},
		{claims.Claim{Kind: claims.KindCount, Value: 50, Unit: "cents"}, want{Kind: wantMoney, Value: v(50), Factor: 100}, false},
	}
	for _, tc := range tests {
		if got := matches(tc.c, tc.w); got != tc.want {
			t.Errorf("matches(%+v, %+v) = %v", tc.c, tc.w, got)
		}
	}
	between := want{Kind: wantMoney, Min: v(10), Max: v(20)}
	if !matchInterval([]claims.Claim{money(10, "USD"), money(20, "USD")}, between) {
		t.Error("two claims of 10 and 20 dollars must match between 10 and 20")
	}
	if matchInterval([]claims.Claim{{Kind: claims.KindNumber, Value: 10}, money(20, "USD")}, between) {
		t.Error("a bare 10 is not money")
	}
	r := money(15, "USD")
	r.Low, r.High, r.Bound = 10, 20, claims.BoundRange
	if !matchInterval([]claims.Claim{r}, between) {
		t.Error("a range claim 10–20 must match")
	}
}

func TestExplicitDate(t *testing.T) {
	ent := func(text, typ, timex string) rtEntity {
		e := rtEntity{Text: text, Type: typ}
		e.Resolution.Values = append(e.Resolution.Values, struct {
			Timex string `json:"timex"`
			Type  string `json:"type"`
		}{timex, "date"})
		return e
	}
	tests := []struct {
		e    rtEntity
		want string
	}{
		{ent("04th jan 2019", "datetimeV2.date", "2019-01-04"), "2019-01-04"},
		{ent("april of 87", "datetimeV2.daterange", "1987-04"), "1987-04"},
		{ent("tomorrow", "datetimeV2.date", "2016-11-08"), ""},                   // relative
		{ent("may 24", "datetimeV2.date", "XXXX-05-24"), ""},                     // partial
		{ent("2 weeks before may 13 1999", "datetimeV2.date", "1999-04-29"), ""}, // offset
		{ent("2016-11-07T16", "datetimeV2.datetime", "2016-11-07T16"), ""},       // a time
		{ent("october two thousand", "datetimeV2.daterange", "2000-10"), "2000-10"},
	}
	for _, tc := range tests {
		if got := explicitDate(tc.e); got != tc.want {
			t.Errorf("explicitDate(%q) = %q; want %q", tc.e.Text, got, tc.want)
		}
	}
}
