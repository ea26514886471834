package index

import (
	"sort"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/id" // registers the stop_id token filter
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document types, as stored in the "type" field.
const (
	TypeArticle = "article"
	TypeClaim   = "claim"
)

// IndonesianAnalyzer is the name of the custom Indonesian analyzer (unicode
// tokenizer, to_lower, stop_id, IndonesianStemmer) held in the index mapping.
const IndonesianAnalyzer = "crosscheck_id"

// OtherLang is the field suffix for languages without their own analyzer.
const OtherLang = "other"

// analyzers maps a language code to the analyzer its text is indexed with.
// Adding a language means adding a line here (and rebuilding existing indexes).
var analyzers = map[string]string{
	"de": de.AnalyzerName,
	"en": en.AnalyzerName,
	"es": es.AnalyzerName,
	"fr": fr.AnalyzerName,
	"id": IndonesianAnalyzer,
	"it": it.AnalyzerName,
	"nl": nl.AnalyzerName,
	"pt": pt.AnalyzerName,
}

// fieldLang is the suffix of lang's analysed fields: lang itself when it has an
// analyzer, OtherLang otherwise.
func fieldLang(lang string) string {
	if _, ok := analyzers[lang]; ok {
		return lang
	}
	return OtherLang
}

// BodyField names the field an article body in lang is analysed into ("body_nl", or "body_other").
func BodyField(lang string) string { return "body_" + fieldLang(lang) }

// SentenceField names the field a claim sentence in lang is analysed into ("sentence_nl", or "sentence_other").
func SentenceField(lang string) string { return "sentence_" + fieldLang(lang) }

// TitleField names the field of a claim document its article's title in lang is analysed into
// ("title_nl", or "title_other"); article documents keep the title in "title".
func TitleField(lang string) string { return "title_" + fieldLang(lang) }

// Langs lists the language suffixes that have analysed fields, sorted, OtherLang included:
// a search over every language queries SentenceField(l) and TitleField(l) for each.
func Langs() []string {
	langs := fieldLangs()
	sort.Strings(langs)
	return langs
}

// AnalyzerFor names the analyzer text in lang is indexed with ("standard" for languages without one).
func AnalyzerFor(lang string) string {
	if a, ok := analyzers[lang]; ok {
		return a
	}
	return standard.Name
}

// fieldLangs lists the language suffixes that get analysed fields.
func fieldLangs() []string {
	langs := []string{OtherLang}
	for l := range analyzers {
		langs = append(langs, l)
	}
	return langs
}

func keywordField(store, docValues bool) *mapping.FieldMapping {
	f := mapping.NewKeywordFieldMapping()
	f.Store = store
	f.DocValues = docValues
	f.IncludeTermVectors = false
	f.IncludeInAll = false
	return f
}

func textField(analyzer string, store bool) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store = store
	f.IncludeTermVectors = true // for highlighting
	f.IncludeInAll = false
	f.DocValues = false
	return f
}

// storedOnly is a field kept for retrieval and never searched. Its analyzer is
// keyword (cheap, and bleve analyses even unindexed text).
func storedOnly() *mapping.FieldMapping {
	f := keywordField(true, false)
	f.Index = false
	return f
}

func numericField() *mapping.FieldMapping {
	f := mapping.NewNumericFieldMapping()
	f.Store = false
	f.IncludeInAll = false
	f.DocValues = true
	return f
}

// newMapping builds the index mapping. A field name shared by both types
// (type, lang, text) has the same analyzer in both.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	err := im.AddCustomAnalyzer(IndonesianAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, "stop_id", IndonesianStemmer},
	})
	if err != nil {
		return nil, err
	}
	im.TypeField = "type"
	im.DefaultType = "unknown"
	im.DefaultAnalyzer = standard.Name
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()

	art := mapping.NewDocumentStaticMapping()
	art.AddFieldMappingsAt("type", keywordField(false, false))
	art.AddFieldMappingsAt("id", keywordField(true, true))
	art.AddFieldMappingsAt("lang", keywordField(true, true))
	art.AddFieldMappingsAt("title", textField(standard.Name, true))
	art.AddFieldMappingsAt("source", keywordField(true, true))
	art.AddFieldMappingsAt("hash", keywordField(true, false))
	art.AddFieldMappingsAt("extractor", keywordField(true, true))
	art.AddFieldMappingsAt("text", storedOnly())
	art.AddFieldMappingsAt("claims_json", storedOnly())

	cl := mapping.NewDocumentStaticMapping()
	cl.AddFieldMappingsAt("type", keywordField(false, false))
	cl.AddFieldMappingsAt("article", keywordField(true, true))
	cl.AddFieldMappingsAt("lang", keywordField(false, true))
	for _, f := range []string{"kind", "unit", "concept", "bound", "modality", "date"} {
		cl.AddFieldMappingsAt(f, keywordField(false, true))
	}
	for _, f := range []string{"value", "low", "high"} {
		cl.AddFieldMappingsAt(f, numericField())
	}
	cl.AddFieldMappingsAt("text", keywordField(false, false))
	cl.AddFieldMappingsAt("json", storedOnly())
	// for search: the claim's names ("org:cnil", "place:FR"), whether it repeats an earlier
	// claim of its article, and its article's title in TitleField
	cl.AddFieldMappingsAt("entities", keywordField(false, false))
	repeat := mapping.NewBooleanFieldMapping()
	repeat.Store, repeat.IncludeInAll, repeat.DocValues = false, false, false
	cl.AddFieldMappingsAt("repeat", repeat)

	for _, l := range fieldLangs() {
		a := AnalyzerFor(l)
		art.AddFieldMappingsAt(BodyField(l), textField(a, false))
		cl.AddFieldMappingsAt(SentenceField(l), textField(a, false))
		cl.AddFieldMappingsAt(TitleField(l), textField(a, true))
	}

	// no _all composite field: nothing is included in it, and building it
	// anyway costs about a fifth of the indexing time
	art.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	cl.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	im.AddDocumentMapping(TypeArticle, art)
	im.AddDocumentMapping(TypeClaim, cl)
	return im, im.Validate()
}
