// Command benchgen builds the benchmark corpus of bench-check: NTREX-128's 123 stories in six
// languages, repeated with other ids, other figures and (for some names) other names until the
// corpus holds -n articles, extracted and stored with index.Put in batches. It also writes the
// article the benchmark checks: one story of the corpus with one figure changed.
//
//	go run ./check/internal/benchgen -out DIR -n 100000 -probe one-article.txt
//
// Run again on the same DIR, it skips the articles already stored (same content hash). When
// done it writes DIR/benchgen.done.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/index"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/ntrex"
)

type doc = ntrex.Doc

func main() {
	out := flag.String("out", "", "index folder to build")
	n := flag.Int("n", 100000, "articles in the corpus")
	src := flag.String("ntrex", "testdata/ntrex128/ntrex128_docs_eng_fra_nld_ind_deu_spa.jsonl", "NTREX-128 documents")
	probe := flag.String("probe", "", "write the article to check here")
	probeDoc := flag.String("probe-doc", "reuters.218865", "the NTREX document the probe is made of (English)")
	probeFrom := flag.String("probe-from", "At least 384 people", "the passage the probe changes")
	probeTo := flag.String("probe-to", "38 people", "what it becomes")
	batch := flag.Int("batch", 500, "articles per index batch")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchgen: -out DIR is required")
		os.Exit(2)
	}
	if err := run(*out, *src, *n, *batch, probeSpec{*probe, *probeDoc, *probeFrom, *probeTo}); err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(1)
	}
}

// job is one article to make: copy c of document d in language l.
type job struct {
	k    int
	d    *doc
	l    string
	copy int
}

// probeSpec says how to make the article the benchmark checks.
type probeSpec struct{ path, doc, from, to string }

func run(out, src string, n, batch int, probe probeSpec) error {
	docs, err := ntrex.Read(src)
	if err != nil {
		return err
	}
	var jobs []job
	for c := 0; len(jobs) < n; c++ {
		for i := range docs {
			for _, l := range ntrex.Languages {
				if len(docs[i].Text[l]) > 0 && len(jobs) < n {
					jobs = append(jobs, job{k: len(jobs), d: &docs[i], l: l, copy: c})
				}
			}
		}
	}
	if probe.path != "" {
		if err := writeProbe(probe, docs); err != nil {
			return err
		}
	}
	ix, err := index.Open(out, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	start := time.Now()
	workers := runtime.NumCPU()
	for from := 0; from < len(jobs); from += batch {
		part := jobs[from:min(from+batch, len(jobs))]
		entries := make([]index.Entry, len(part))
		var wg sync.WaitGroup
		var mu sync.Mutex
		var firstErr error
		next := make(chan int)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					e, err := entry(part[i])
					if err != nil {
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
						continue
					}
					entries[i] = e
				}
			}()
		}
		for i := range part {
			next <- i
		}
		close(next)
		wg.Wait()
		if firstErr != nil {
			return firstErr
		}
		if _, err := ix.Put(entries); err != nil {
			return err
		}
		done := from + len(part)
		el := time.Since(start)
		fmt.Fprintf(os.Stderr, "benchgen: %d/%d articles (%.0f/s)\n", done, len(jobs), float64(done)/el.Seconds())
	}
	if err := ix.Close(); err != nil {
		return err
	}
	// bench-check builds the corpus again unless this says it is complete
	return os.WriteFile(filepath.Join(out, "benchgen.done"), []byte(strconv.Itoa(n)+"\n"), 0o644)
}

func entry(j job) (index.Entry, error) {
	text, _ := j.d.ArticleText(j.l)
	id := j.d.DocID + "." + ntrex.Code[j.l]
	if j.copy > 0 {
		id += "." + strconv.Itoa(j.copy)
		text = vary(text, j.copy)
	}
	a, err := ingest.Text(id, "bench/"+id+".txt", []byte(text), ingest.Options{Lang: ntrex.Code[j.l]})
	if err != nil {
		return index.Entry{}, fmt.Errorf("%s: %w", id, err)
	}
	cs, err := claims.Extract(a, claims.Options{})
	if err != nil {
		return index.Entry{}, fmt.Errorf("%s: %w", id, err)
	}
	return index.Entry{Article: a, Claims: cs, Extractor: claims.Version}, nil
}

var digits = regexp.MustCompile(`[0-9]+`)
var words = regexp.MustCompile(`\p{L}+`)

var syllables = []string{"ka", "lo", "ve", "ri", "ton", "mar", "sel", "dun", "ba", "quor", "zel", "pin"}

// vary makes copy c of a text another story: its figures change, and so do about half of its
// capitalised words (the others, like real recurring names, stay).
func vary(text string, c int) string {
	text = digits.ReplaceAllStringFunc(text, func(s string) string {
		v, err := strconv.Atoi(s)
		if err != nil || len(s) > 9 {
			return s
		}
		w := v + c%7 + 1 + (c/7)%5*(v/10+1)
		out := strconv.Itoa(w)
		for len(out) < len(s) {
			out = "0" + out
		}
		return out
	})
	return words.ReplaceAllStringFunc(text, func(w string) string {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 3 {
			return w
		}
		h := fnv.New32a()
		fmt.Fprintf(h, "%s/%d", w, c)
		x := h.Sum32()
		if x%2 == 0 {
			return w
		}
		return w + syllables[x/2%uint32(len(syllables))] + syllables[c%len(syllables)]
	})
}

// writeProbe writes the English telling of one story with one passage changed: a new article
// that contradicts the corpus's other tellings of it.
func writeProbe(p probeSpec, docs []doc) error {
	for _, d := range docs {
		if d.DocID != p.doc {
			continue
		}
		sents := d.Text["eng"]
		text := sents[0] + "\n" + strings.Join(sents[1:], " ") + "\n"
		if !strings.Contains(text, p.from) {
			return fmt.Errorf("probe: %s does not say %q", p.doc, p.from)
		}
		text = strings.Replace(text, p.from, p.to, 1)
		if err := os.MkdirAll(filepath.Dir(p.path), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p.path, []byte(text), 0o644)
	}
	return fmt.Errorf("probe: no document %s", p.doc)
}
