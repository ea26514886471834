package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := map[string]string{
		"The company said it would pay the fine and that the regulator had been informed.":         "en",
		"La société a indiqué qu'elle paierait l'amende et que le régulateur avait été informé.":   "fr",
		"Het bedrijf zei dat het de boete zou betalen en dat de toezichthouder was ingelicht.":     "nl",
		"Perusahaan itu mengatakan akan membayar denda dan bahwa regulator telah diberi tahu.":     "id",
		"Das Unternehmen sagte, es werde die Strafe zahlen und die Behörde sei informiert worden.": "de",
		"La empresa dijo que pagaría la multa y que el regulador había sido informado.":            "es",
		"La società ha detto che avrebbe pagato la multa e che il regolatore era stato informato.": "it",
		"A empresa disse que pagaria a multa e que o regulador tinha sido informado.":              "pt",
	}
	for text, want := range tests {
		if got := Detect(text); got != want {
			t.Errorf("Detect(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestEveryLanguageRegistered(t *testing.T) {
	for _, code := range []string{"en", "fr", "nl", "id", "de", "es", "it", "pt"} {
		tb, ok := Get(code)
		if !ok {
			t.Fatalf("%s not registered", code)
		}
		if len(tb.Scales) == 0 || len(tb.Currencies) == 0 || len(tb.CountUnits) == 0 || len(tb.Months) < 12 || len(tb.Places) == 0 || len(tb.Concepts) == 0 {
			t.Errorf("%s: table incomplete", code)
		}
		for w, c := range tb.Concepts {
			if _, ok := ConceptKinds[c]; !ok {
				t.Errorf("%s: concept %q (%q) has no entry in ConceptKinds", code, c, w)
			}
		}
	}
}

func TestRegisterTwiceIsAnError(t *testing.T) {
	if err := Register(&Table{Code: "en"}); err == nil {
		t.Error("registering en twice should fail")
	}
}

func TestExtend(t *testing.T) {
	if err := Extend("nl", Extension{Concepts: map[string]string{"Strafbedrag": "fine"}, Places: map[string]string{"Oranjeland": "NL"}}); err != nil {
		t.Fatal(err)
	}
	tb, _ := Get("nl")
	if tb.Concepts["strafbedrag"] != "fine" || tb.Places["oranjeland"] != "NL" {
		t.Errorf("extension not in the table")
	}
	if err := Extend("xx", Extension{}); err == nil {
		t.Error("an unknown language should be an error")
	}
}
