package claims

// Figures returns the values of every quantity a passage states, bare numbers included ("three
// points out of four" gives 3 and 4), for telling a misread role from a contradiction.
func Figures(lang, text string) []float64 {
	var out []float64
	for _, c := range extract(Article{Lang: lang, Text: text}, Options{All: true}) {
		if c.Kind != KindDate {
			out = append(out, c.Value)
		}
	}
	return out
}
