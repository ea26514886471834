package reconcile

import (
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// learnUnits gives one name to the counted nouns that translations put at the same place. The
// tables know common nouns in every language, but a story counts its own things (pharmacies,
// evacuation centres) that the tables miss or translate differently: "281 Filialen", "281
// pharmacies" and "281 establecimientos" are the only count of sentences that translate each
// other, so they count one thing. Without this a changed figure in one translation is never
// compared with the others. Only such claims are renamed, never two nouns the tables know as
// different things ("people" and "deaths": the concept words tell those apart), and a name never
// takes two claims of one article.
func learnUnits(byID map[string]*claims.Claim, cx contexts) {
	parent := map[string]string{}
	arts := map[string]map[string]bool{} // class root -> its articles
	var find func(id string) string
	find = func(id string) string {
		p, ok := parent[id]
		if !ok || p == id {
			return id
		}
		r := find(p)
		parent[id] = r
		return r
	}
	articles := func(r string) map[string]bool {
		if arts[r] == nil {
			arts[r] = map[string]bool{byID[r].Article: true}
		}
		return arts[r]
	}
	knownOf := map[string]string{} // class root -> the known noun among its claims
	union := func(a, b *claims.Claim) bool {
		ra, rb := find(a.ID), find(b.ID)
		for _, x := range []struct {
			root string
			c    *claims.Claim
		}{{ra, a}, {rb, b}} {
			if _, seen := parent[x.root]; !seen && claims.KnownUnit(x.c.Unit) {
				knownOf[x.root] = x.c.Unit
			}
		}
		if ra == rb {
			return true
		}
		if ka, kb := knownOf[ra], knownOf[rb]; ka != "" && kb != "" && ka != kb {
			return false // never two nouns the tables know as different things, even through a third
		}
		xa, xb := articles(ra), articles(rb)
		for x := range xb {
			if xa[x] {
				return false
			}
		}
		for x := range xb {
			xa[x] = true
		}
		parent[ra], parent[rb] = ra, ra
		delete(arts, rb)
		if knownOf[ra] == "" {
			knownOf[ra] = knownOf[rb]
		}
		return true
	}
	for _, k := range sortedPairs(cx.sole) {
		a, b := byID[k[0]], byID[k[1]]
		// figures too far apart are two things, whatever stands where ("the 1996 Games" against
		// "four gold medals")
		if (!claims.KnownUnit(a.Unit) || !claims.KnownUnit(b.Unit)) && related(a, b) {
			union(a, b)
		}
	}
	if len(parent) == 0 {
		return
	}
	// a class is named by a noun the tables know, else by the noun most of its claims use
	uses := map[string]map[string]int{}
	for id := range parent {
		r := find(id)
		if uses[r] == nil {
			uses[r] = map[string]int{}
		}
		uses[r][byID[id].Unit]++
	}
	for id := range parent {
		us := uses[find(id)]
		best := ""
		for u, n := range us {
			if best == "" || better(u, n, best, us[best]) {
				best = u
			}
		}
		byID[id].Unit = best
	}
}

func better(u string, n int, v string, m int) bool {
	if ku, kv := claims.KnownUnit(u), claims.KnownUnit(v); ku != kv {
		return ku
	}
	if n != m {
		return n > m
	}
	return u < v
}

// sortedPairs lists claim pairs in id order, so that results do not depend on map order.
func sortedPairs(m map[[2]string]bool) [][2]string {
	pairs := make([][2]string, 0, len(m))
	for k := range m {
		pairs = append(pairs, k)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if a, b := idNum(pairs[i][0]), idNum(pairs[j][0]); a != b {
			return a < b
		}
		return idNum(pairs[i][1]) < idNum(pairs[j][1])
	})
	return pairs
}
