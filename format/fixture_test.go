package format

import (
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Article ids of the fixture, as the seed corpus names them.
const (
	artID = "000_6b7f71f85934e88d.txt"
	artNL = "001_1d2ce94459935e22.txt"
	artEN = "002_ca951f062ccf516f.txt"
	artFR = "003_8fc85f71f120bf8b.txt"
	artFB = "004_d74212743b34fa20.txt"
)

var inf = math.Inf(1)

// claim builds a claim whose offsets point at text inside sentence, as the extractor would.
func claim(id, article, lang, sentence string, sentenceStart int, text, kind string, value float64,
	unit, bound, modality string, cues ...string) claims.Claim {
	i := strings.Index(sentence, text)
	if i < 0 {
		panic("fixture: " + text + " not in " + sentence)
	}
	c := claims.Claim{
		ID: id, Article: article, Lang: lang,
		Start: sentenceStart + i, End: sentenceStart + i + len(text), Text: text,
		Sentence: sentence, SentenceStart: sentenceStart,
		Kind: kind, Value: value, Unit: unit, Bound: bound, Low: value, High: value,
		Modality: modality, Cues: cues,
	}
	switch bound {
	case claims.BoundMoreThan, claims.BoundAtLeast:
		c.High = inf
	case claims.BoundApproximate:
		c.Low, c.High = value*0.95, value*1.05
	}
	return c
}

func derived(c claims.Claim, from string) claims.Claim { c.DerivedFrom = from; return c }

// fixture is a small reconciled report over the five seed articles: one value contradiction,
// one currency contradiction, one fact that agrees and two facts stated by one article only.
func fixture() reconcile.Report {
	const (
		sID1  = "Cyberthreat.id – Pemerintah Prancis menjatuhkan denda 20 juta Euro (Rp 304 M) kepada perusahaan AS Clearview AI, karena melanggar undang-undang privasi."
		sID2  = "Ada sekitar 20 miliar gambar yang dilaporkan kepada klien termasuk lembaga penegak hukum."
		sNL   = "Het zou naar verluidt reeds 10 miljard afbeeldingen in zijn bezit hebben."
		sEN1  = "JAKARTA | Facial recognition company Clearview AI has been fined <b>more than 7.5 million euros</b> and ordered to delete all data collected from the public in the UK following an investigation into its practice."
		sEN2  = "Clearview claims its facial recognition database contains about 20 billion images taken from public sources such as Facebook and Instagram."
		sFR1  = "Le régulateur français de l’information, la CNIL, a infligé une amende de 20 millions d’euros à Clearview AI, affirmant que l’entreprise n’avait pas résolu l’avis officiel que la CNIL lui avait envoyé dans les 2 mois prescrits."
		sFR2  = "Des amendes supplémentaires de 100 000 euros (98 000 $) par jour seront appliquées si Clearview ne suit pas les instructions de la CNIL concernant les informations de reconnaissance faciale des sujets français, indique le communiqué."
		sFR3  = "Clearview détient 20 milliards d’images faciales d’individus dans le monde entier, selon le régulateur."
		sFB1  = "Clearview AI, une société de reconnaissance faciale basée à New York, a été condamnée à une amende de 7,5 millions de livres sterling (9,4 millions de dollars) par un régulateur britannique de la confidentialité."
		sFB2  = "Clearview ne publie pas les noms de ses clients, mais BuzzFeed News a rapporté qu’il avait travaillé avec 2 200 organismes d’application de la loi, entreprises et particuliers dans le monde entier."
		sFB3  = "Clearview écrit sur son site Web qu’il a collecté plus de 20 milliards d’images faciales de personnes à travers le monde."
		money = claims.KindMoney
		count = claims.KindCount
		exact = claims.BoundExact
	)
	c1 := claim("c1", artID, "id", sID1, 70, "20 juta Euro", money, 20e6, "EUR", exact, claims.Asserted)
	c2 := derived(claim("c2", artID, "id", sID1, 70, "Rp 304 M", money, 304e9, "IDR", exact, claims.Asserted), "c1")
	c4 := claim("c4", artID, "id", sID2, 383, "20 miliar gambar", count, 20e9, "image", claims.BoundApproximate, claims.Reported, "sekitar", "dilaporkan")
	c17 := claim("c17", artNL, "nl", sNL, 1310, "10 miljard afbeeldingen", count, 10e9, "image", exact, claims.Reported, "naar verluidt")
	c20 := claim("c20", artEN, "en", sEN1, 96, "more than 7.5 million euros", money, 7.5e6, "EUR", claims.BoundMoreThan, claims.Asserted, "more than")
	c23 := claim("c23", artEN, "en", sEN2, 1422, "20 billion images", count, 20e9, "image", claims.BoundApproximate, claims.Reported, "about", "claims")
	c29 := claim("c29", artFR, "fr", sFR1, 136, "20 millions d’euros", money, 20e6, "EUR", exact, claims.Asserted)
	c33 := claim("c33", artFR, "fr", sFR2, 1207, "100 000 euros", claims.KindRate, 100000, "EUR/day", exact, claims.Conditional, "si")
	c31 := claim("c31", artFR, "fr", sFR3, 1650, "20 milliards d’images", count, 20e9, "image", exact, claims.Reported, "selon")
	c38 := claim("c38", artFB, "fr", sFB1, 104, "7,5 millions de livres sterling", money, 7.5e6, "GBP", exact, claims.Asserted)
	c39 := derived(claim("c39", artFB, "fr", sFB1, 104, "9,4 millions de dollars", money, 9.4e6, "USD", exact, claims.Asserted), "c38")
	c41 := claim("c41", artFB, "fr", sFB2, 2011, "2 200 organismes", count, 2200, "organisation", exact, claims.Reported, "a rapporté")
	c40 := claim("c40", artFB, "fr", sFB3, 1480, "plus de 20 milliards d’images", count, 20e9, "image", claims.BoundMoreThan, claims.Reported, "plus de")

	return reconcile.Report{
		Version: 1,
		Corpus:  "built-in seed corpus",
		Articles: []reconcile.ArticleRef{
			{ID: artID, Lang: "id", Title: "Perancis Denda Clearview AI Karena Kumpulkan Gambar Wajah Tanpa Izin", Source: "seeds/" + artID},
			{ID: artNL, Lang: "nl", Title: "Frankrijk dwingt Clearview AI om data te verwijderen", Source: "seeds/" + artNL},
			{ID: artEN, Lang: "en", Title: "UK Clearview AI Fines IDR 117 Billion And Asks All Data Belonging To Its Citizens To Be Deleted", Source: "seeds/" + artEN},
			{ID: artFR, Lang: "fr", Title: "Clearview nie la compétence du régulateur français en réponse à une amende de 20 millions d’euros", Source: "seeds/" + artFR},
			{ID: artFB, Lang: "fr", Title: "Clearview AI condamné à une amende pour avoir stocké illégalement des images de visages de Britanniques", Source: "seeds/" + artFB},
		},
		Facts: []reconcile.Fact{
			{
				ID: "f1", Label: "images held · Clearview", Kind: count, Status: reconcile.StatusContradiction,
				Claims: []claims.Claim{c4, c17, c23, c31, c40},
				Contradictions: []reconcile.Contradiction{{
					Type: "value", Severity: reconcile.SeverityHigh,
					Claims: []string{"c17", "c4", "c23", "c31", "c40"},
					Sides: [2]reconcile.Side{
						{Reading: "10 billion image", Claims: []string{"c17"}, Articles: []string{artNL}},
						{Reading: "20 billion image", Claims: []string{"c4", "c23", "c31", "c40"}, Articles: []string{artID, artEN, artFR, artFB}},
					},
					Explanation: "10 billion images (001, nl, 'naar verluidt') against 20 billion in 4 other articles",
				}},
			},
			{
				ID: "f2", Label: "fine · ICO (UK) · Clearview", Kind: money, Status: reconcile.StatusContradiction,
				Claims: []claims.Claim{c20, c38, c39},
				Contradictions: []reconcile.Contradiction{{
					Type: "currency", Severity: reconcile.SeverityMedium,
					Claims: []string{"c20", "c38"},
					Sides: [2]reconcile.Side{
						{Reading: "EUR 7.5 million (more than)", Claims: []string{"c20"}, Articles: []string{artEN}},
						{Reading: "GBP 7.5 million", Claims: []string{"c38"}, Articles: []string{artFB}},
					},
					Explanation: "7.5 million in euros (002, en) against pounds sterling (004, fr): same figure, different currency",
				}},
			},
			{
				ID: "f3", Label: "fine · CNIL · Clearview", Kind: money, Status: reconcile.StatusConsistent,
				Claims: []claims.Claim{c1, c2, c29},
			},
			{
				ID: "f4", Label: "daily penalty · CNIL · Clearview", Kind: claims.KindRate, Status: reconcile.StatusSingle,
				Claims: []claims.Claim{c33},
			},
			{
				ID: "f5", Label: "clients · Clearview", Kind: count, Status: reconcile.StatusSingle,
				Claims: []claims.Claim{c41},
			},
		},
	}
}

// fixtureClaims is every claim of the fixture, fact by fact.
func fixtureClaims() []claims.Claim {
	var cs []claims.Claim
	for _, f := range fixture().Facts {
		cs = append(cs, f.Claims...)
	}
	return cs
}
