package e2e

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/ingest"
)

// ntrexLangs maps NTREX-128's language codes to ours.
var ntrexLangs = map[string]string{"eng": "en", "fra": "fr", "nld": "nl", "ind": "id", "deu": "de", "spa": "es"}

// ntrexArticles reads testdata/ntrex128: each story in each of its six languages is one article,
// its first sentence the headline. copies > 1 repeats the corpus under other ids.
func ntrexArticles(tb testing.TB, copies int) []claims.Article {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "ntrex128", "ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []struct {
		DocID string              `json:"doc_id"`
		Text  map[string][]string `json:"text"`
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct {
			DocID string              `json:"doc_id"`
			Text  map[string][]string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	var out []claims.Article
	for c := 0; c < copies; c++ {
		for _, d := range docs {
			for _, nl := range []string{"eng", "fra", "nld", "ind", "deu", "spa"} {
				sents := d.Text[nl]
				if len(sents) == 0 {
					continue
				}
				text := sents[0] + "\n" + strings.Join(sents[1:], " ") + "\n"
				id := d.DocID + "." + ntrexLangs[nl]
				if c > 0 {
					id += "." + string(rune('a'+c))
				}
				a, err := ingest.Text(id, "ntrex128/"+id, []byte(text), ingest.Options{Lang: ntrexLangs[nl]})
				if err != nil {
					tb.Fatal(err)
				}
				out = append(out, a)
			}
		}
	}
	return out
}
