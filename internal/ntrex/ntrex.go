// Package ntrex reads NTREX-128 (testdata/ntrex128): news stories professionally translated,
// sentence by sentence, into the languages crosscheck tests and benchmarks on.
package ntrex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/ingest"
)

// Languages are NTREX-128's language codes in the file, in their order.
var Languages = []string{"eng", "fra", "nld", "ind", "deu", "spa"}

// Code maps NTREX-128's language codes to crosscheck's.
var Code = map[string]string{"eng": "en", "fra": "fr", "nld": "nl", "ind": "id", "deu": "de", "spa": "es"}

// Doc is one story in its languages: each a list of sentences.
type Doc struct {
	DocID string              `json:"doc_id"`
	Text  map[string][]string `json:"text"`
}

// Read reads the JSON-lines file of stories.
func Read(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// ArticleText is the story in one language as an article text: the first sentence the headline.
func (d Doc) ArticleText(lang string) (string, bool) {
	sents := d.Text[lang]
	if len(sents) == 0 {
		return "", false
	}
	return sents[0] + "\n" + strings.Join(sents[1:], " ") + "\n", true
}

// Article makes an article of the story in one language, with the given id.
func (d Doc) Article(lang, id, source string) (claims.Article, bool, error) {
	text, ok := d.ArticleText(lang)
	if !ok {
		return claims.Article{}, false, nil
	}
	a, err := ingest.Text(id, source, []byte(text), ingest.Options{Lang: Code[lang]})
	return a, true, err
}

// Articles reads path and makes every story in every language an article, id "docid.lang".
func Articles(path string) ([]claims.Article, error) {
	docs, err := Read(path)
	if err != nil {
		return nil, err
	}
	var out []claims.Article
	for _, d := range docs {
		for _, l := range Languages {
			id := d.DocID + "." + Code[l]
			a, ok, err := d.Article(l, id, "ntrex128/"+id)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, a)
			}
		}
	}
	return out, nil
}
