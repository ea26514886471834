package reconcile

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func TestLearnUnits(t *testing.T) {
	mk := func(id, article, unit string) *claims.Claim {
		return &claims.Claim{ID: id, Article: article, Kind: claims.KindCount, Unit: unit, Value: 24}
	}
	cs := []*claims.Claim{
		mk("c1", "a.en", "centres"),
		mk("c2", "a.id", "pusat"),
		mk("c3", "a.nl", "centra"),
		mk("c4", "a.nl", "opvangcentra"), // a second claim of a.nl: never the same name as c3 through c1
		mk("c5", "a.fr", "pharmacies"),
		mk("c6", "a.de", "store"), // known to the tables: names its class
		mk("c7", "a.es", "person"),
		mk("c8", "a.id", "store"),
		mk("c9", "b.de", "gestiegen"), // an unknown word between two known nouns
		mk("c10", "b.fr", "death"),
		mk("c11", "b.id", "person"),
	}
	byID := map[string]*claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	cx := contexts{sole: map[[2]string]bool{}, aligned: map[[2]string]bool{}}
	for _, p := range [][2]string{{"c1", "c2"}, {"c1", "c3"}, {"c1", "c4"}, {"c5", "c6"}, {"c6", "c7"}, {"c9", "c10"}, {"c9", "c11"}} {
		cx.sole[p] = true
	}
	learnUnits(byID, cx)
	want := map[string]string{
		"c1": "centra", "c2": "centra", "c3": "centra", // the most used name of the class, then the first
		"c4": "opvangcentra", // a.nl already has c3 in the class
		"c5": "store",        // the known noun names the class
		"c6": "store",
		"c7": "person", // two nouns the tables know are different things
		"c8": "store",
		"c9": "death", "c10": "death",
		"c11": "person", // never "death" through the unknown word
	}
	for id, u := range want {
		if got := byID[id].Unit; got != u {
			t.Errorf("%s: unit %q, want %q", id, got, u)
		}
	}
}
