package command

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/reconcile"
	"github.com/crosscheck/crosscheck/seeds"
)

// extractAll extracts the claims of each article; an article whose extraction fails is reported
// on stderr and left out, the others go on.
func extractAll(arts []claims.Article, opt claims.Options, stderr io.Writer) ([]reconcile.Input, int) {
	out := make([]reconcile.Input, 0, len(arts))
	failed := 0
	for _, a := range arts {
		cs, err := claims.Extract(a, opt)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: %s: %v\n", a.Source, err)
			failed++
			continue
		}
		out = append(out, reconcile.Input{Article: a, Claims: cs})
	}
	return out, failed
}

// seedArticles reads the built-in corpus.
func seedArticles() ([]claims.Article, error) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []claims.Article
	for _, n := range names {
		b, err := seeds.FS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		a, err := ingest.Text(path.Base(n), "seeds/"+n, b, ingest.Options{})
		if err != nil {
			return nil, fmt.Errorf("built-in seed %s: %w", n, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// loadCorpus returns the indexed corpus with its claims, or the built-in seeds when dir holds
// no index. Claims made by an older extractor are extracted again.
func loadCorpus(dir string, stderr io.Writer) (in []reconcile.Input, name string, err error) {
	if !index.Exists(dir) {
		arts, err := seedArticles()
		if err != nil {
			return nil, "", err
		}
		fmt.Fprintf(stderr, "crosscheck: no corpus in %s: using the built-in seed corpus (%d articles).\n"+
			"To check your own articles: crosscheck add PATH...  (then crosscheck report)\n", dir, len(arts))
		in, _ := extractAll(arts, claims.Options{}, stderr)
		return in, "built-in seed corpus", nil
	}
	ix, err := openIndex(dir, true)
	if err != nil {
		return nil, "", err
	}
	defer ix.Close()
	entries, err := ix.Entries()
	if err != nil {
		return nil, "", err
	}
	return inputsOf(entries, stderr), dir, nil
}

// inputsOf turns stored entries into reconciler input; claims made by an older extractor are
// extracted again, so that every command sees the claims the current rules find.
func inputsOf(entries []index.Entry, stderr io.Writer) []reconcile.Input {
	in := make([]reconcile.Input, 0, len(entries))
	for _, e := range entries {
		cs := e.Claims
		if e.Extractor != claims.Version {
			var err error
			cs, err = claims.Extract(e.Article, claims.Options{})
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck: %s: %v\n", e.Article.ID, err)
				continue
			}
		}
		in = append(in, reconcile.Input{Article: e.Article, Claims: cs})
	}
	return in
}
