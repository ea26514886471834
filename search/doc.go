// Package search finds claims in the corpus index: the quantities articles state, with their
// normalised values, searched across languages.
//
// Build turns a query string (bleve's query-string syntax: words, "phrases", field:value,
// value:>=1000000, +must, -mustnot) and Filters into a bleve query over claim documents. A free
// word matches a claim when it is in the claim's sentence (each language analysed by its own
// analyzer, Indonesian by the index's stemmer), in its article's title, or when any language's
// tables make it the claim's concept, unit or a name it mentions: "fine" finds "denda", "boete"
// and "amende" claims, whose concept is fine; "images" finds "gambar" and "afbeeldingen", whose
// unit is image. Search runs the query and returns hits sorted by score, article and offset,
// each with the fact the reconciler last assigned to it (see index.FactsOf); Write renders
// them as a table, JSON or JSON Lines.
package search
