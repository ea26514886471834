package search

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		q      string
		column int
		msg    string
	}{
		{`denda "unit`, 7, "unterminated quote"},
		{`unit:`, 6, "unit: needs a value"},
		{`:EUR`, 1, `":" needs a field name`},
		{`fine +`, 6, `"+" must be followed by`},
		{`fine -`, 6, `"-" must be followed by`},
		{`value:>=abc`, 9, ``}, // bleve's grammar takes a word here; the builder refuses it
		{`value:>`, 8, `value:> needs a number or a "date" (got the end of the query)`},
		{`value:>=-x`, 10, `needs a number`},
		{`value:-x`, 8, `a number must follow the minus sign`},
		{`value:=5`, 7, `value: cannot be followed by "="`},
		{`fine^x`, 5, `boost "^x" is not a number`},
		{`fine~x`, 5, `fuzziness "~x" is not a number`},
		{`2020:x`, 5, `":" needs a field name`},
		{`> 5`, 1, `unexpected ">"`},
		{`d’euros "x`, 9, "unterminated quote"}, // columns count characters, not bytes
	}
	for _, tt := range tests {
		_, err := parse(tt.q)
		if tt.msg == "" {
			if err != nil {
				t.Errorf("parse(%q): %v, want no error", tt.q, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("parse(%q): no error, want %q at column %d", tt.q, tt.msg, tt.column)
			continue
		}
		if err.Column != tt.column || !strings.Contains(err.Msg, tt.msg) {
			t.Errorf("parse(%q) = column %d %q, want column %d %q", tt.q, err.Column, err.Msg, tt.column, tt.msg)
		}
	}
}

func TestParseParts(t *testing.T) {
	type p struct {
		Occur       int
		Field, Op   string
		Value       string
		Kind        tokKind
		Start, VEnd int
	}
	tests := []struct {
		q    string
		want []p
	}{
		{`denda unit:EUR value:>=1000000`, []p{
			{should, "", "", "denda", tString, 0, 5},
			{should, "unit", "", "EUR", tString, 6, 14},
			{should, "value", ">=", "1000000", tNumber, 15, 30},
		}},
		{`+"prime minister" -kind:date value:<-5 fine~1 fine^2`, []p{
			{must, "", "", "prime minister", tPhrase, 0, 17},
			{mustNot, "kind", "", "date", tString, 18, 28},
			{should, "value", "<", "-5", tNumber, 29, 38},
			{should, "", "", "fine", tString, 39, 43},
			{should, "", "", "fine", tString, 46, 50},
		}},
		{`value:>=1e6 date:>=2020-05 article:00*`, []p{
			{should, "value", ">=", "1e6", tString, 0, 11},
			{should, "date", ">=", "2020-05", tString, 12, 26},
			{should, "article", "", "00*", tString, 27, 38},
		}},
		{`l\:amende 7.5`, []p{
			{should, "", "", "l:amende", tString, 0, 9},
			{should, "", "", "7.5", tNumber, 10, 13},
		}},
		{`  `, nil},
	}
	for _, tt := range tests {
		parts, err := parse(tt.q)
		if err != nil {
			t.Errorf("parse(%q): %v", tt.q, err)
			continue
		}
		var got []p
		for _, x := range parts {
			got = append(got, p{x.occur, x.field, x.op, x.value.text, x.value.kind, x.start, x.value.end})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parse(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestQueryErrorCaret(t *testing.T) {
	e := errAt(`denda "unit`, 6, "unterminated quote")
	want := "  denda \"unit\n        ^"
	if got := e.Caret(); got != want {
		t.Errorf("Caret() = %q, want %q", got, want)
	}
	if got := e.Error(); got != "bad query at column 7: unterminated quote" {
		t.Errorf("Error() = %q", got)
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{`fine value:>=1e6`, `fine value:>=1000000`},
		{`value:>1_000_000 value:<=2,500,000`, `value:>1000000 value:<=2500000`},
		{`value:>=7.5e6 high:<1e9`, `value:>=7500000 high:<1000000000`},
		{`date:>=2020-05 date:<"2021"`, `date:>="2000-01-01" date:<"2000-01-01"`},
		{`value:20 unit:EUR`, `value:20 unit:EUR`},
	}
	for _, tt := range tests {
		parts, perr := parse(tt.in)
		if perr != nil {
			t.Fatalf("parse(%q): %v", tt.in, perr)
		}
		b := &builder{q: tt.in, v: words()}
		got, err := b.normalise(parts)
		if err != nil || got != tt.want {
			t.Errorf("normalise(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1000000", 1e6, true}, {"1e6", 1e6, true}, {"7.5e6", 7.5e6, true}, {"1_000", 1000, true},
		{"1,000,000", 1e6, true}, {"7,5", 0, false}, {"abc", 0, false}, {"NaN", 0, false}, {"-5", -5, true},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		q       string
		numeric bool
		lo, hi  bound
	}{
		{`value:>=1e6 value:>5 value:<1e9 value:<=1e9`, true,
			bound{set: true, num: 1e6, incl: true}, bound{set: true, num: 1e9}},
		{`value:>5 value:>=5`, true, bound{set: true, num: 5}, bound{}},
		{`value:<=5 value:<5`, true, bound{}, bound{set: true, num: 5}},
		{`date:>=2020 date:<2021 date:>2020-05`, false,
			bound{set: true, str: "2020-05~"}, bound{set: true, str: "2021"}},
		{`date:<=2020-05`, false, bound{}, bound{set: true, str: "2020-05~", incl: true}},
	}
	for _, tt := range tests {
		parts, err := parse(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		r := &bounds{}
		for _, p := range parts {
			r.add(p)
		}
		if r.numeric != tt.numeric || r.lo != tt.lo || r.hi != tt.hi {
			t.Errorf("%s: %+v, want lo %+v hi %+v", tt.q, r, tt.lo, tt.hi)
		}
	}
}
