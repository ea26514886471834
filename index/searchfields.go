package index

import "github.com/blevesearch/bleve/v2/mapping"

// HasSearchFields reports whether the index's claim documents carry the fields search reads
// besides the sentence: the article title (TitleField), entities and repeat, and the
// Indonesian stemmer. An index created before they existed still opens and searches, by
// sentence, concept, unit and value only; adding its articles to a new index brings them.
func (ix *Index) HasSearchFields() bool {
	im, ok := ix.bi.Mapping().(*mapping.IndexMappingImpl)
	if !ok {
		return false
	}
	cl := im.TypeMapping[TypeClaim]
	if cl == nil {
		return false
	}
	_, ok = cl.Properties["entities"]
	return ok
}
