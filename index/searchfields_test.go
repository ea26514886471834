package index

import (
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

func TestHasSearchFields(t *testing.T) {
	ix := openT(t, filepath.Join(t.TempDir(), "ix"), Options{})
	if !ix.HasSearchFields() {
		t.Error("a new index has no search fields")
	}
	// claim documents carry their article's title (analysed in its language), their names,
	// and whether they repeat an earlier claim
	e := entry("nl-1", "h", "c1", "c2")
	e.Article.Lang, e.Article.Title = "nl", "Boetes voor Clearview"
	for k := range e.Claims {
		e.Claims[k].Lang = "nl"
		e.Claims[k].Entities = []string{"org:cnil", "place:FR"}
	}
	e.Claims[1].RepeatOf = "c1"
	putT(t, ix, e)
	title := query.NewMatchQuery("Boetes")
	title.SetField(TitleField("nl"))
	title.Analyzer = AnalyzerFor("nl")
	names := query.NewTermQuery("place:FR")
	names.SetField("entities")
	repeat := query.NewBoolFieldQuery(true)
	repeat.SetField("repeat")
	for name, tt := range map[string]struct {
		q    query.Query
		want int
	}{
		"title": {title, 2}, "entities": {names, 2}, "repeat": {repeat, 1},
	} {
		res, err := ix.Bleve().Search(bleve.NewSearchRequest(tt.q))
		if err != nil || int(res.Total) != tt.want {
			t.Errorf("%s: %v hits (%v), want %d", name, res.Total, err, tt.want)
		}
	}
}
