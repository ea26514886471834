// Package index keeps the crosscheck corpus: a bleve (scorch) index in a
// directory holding every ingested article and the claims extracted from it.
//
// Two document types live side by side, told apart by their "type" field:
//
//   - article, doc id "a:<articleID>": id, lang, source, hash and extractor
//     (keywords), title (standard analyzer), text (stored only), the body
//     analysed by the article's language in BodyField(lang), and claims_json
//     (stored only: the article's claims in the report format).
//   - claim, doc id "c:<articleID>:<claimID>": article, lang, kind, unit,
//     concept, bound, modality, date and text (keywords), value, low and high
//     (numeric, finite values only), the sentence analysed by the article's
//     language in SentenceField(lang), and json (stored only: the claim).
//
// Language-analysed text always goes to a language-suffixed field (body_nl,
// sentence_id, ...), never to one field shared by several analyzers: bleve
// picks a field's query analyzer from whichever type mapping it meets first.
// Queries must name their fields; nothing is indexed into bleve's _all field.
//
// Open takes bbolt's file lock: one writer, or any number of read-only
// handles. A handle that cannot get the lock within Options.Timeout fails
// with a *LockedError instead of blocking. The package never logs; bleve
// itself writes to the standard log package, which the caller controls.
package index
