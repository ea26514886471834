// Package ingest reads articles from files, folders, standard input and JSON lines, and turns
// each into a claims.Article with its language, title and content hash. A bad file is an error
// that names it; the others are read all the same.
package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/lang"
)

// FileError is a problem with one input, named by its path (and line, for JSON lines).
type FileError struct {
	Path string
	Line int
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// MaxSize is the largest article accepted, in bytes.
const MaxSize = 8 << 20

// Options for reading.
type Options struct {
	Lang string // force a language instead of detecting it
}

// Paths reads .txt articles from files and folders (folders recursively, in name order).
// It returns the articles it could read and one error per file it could not.
func Paths(paths []string, opt Options) ([]claims.Article, []error) {
	var files []string
	var errs []error
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &FileError{Path: p, Err: errors.Unwrap(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &FileError{Path: path, Err: err})
				return nil
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != p {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(strings.ToLower(d.Name()), ".txt") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &FileError{Path: p, Err: err})
		}
		if len(found) == 0 {
			errs = append(errs, &FileError{Path: p, Err: errors.New("folder holds no .txt article")})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	var out []claims.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, &FileError{Path: f, Err: errors.Unwrap(err)})
			continue
		}
		a, err := Text(filepath.Base(f), f, b, opt)
		if err != nil {
			errs = append(errs, &FileError{Path: f, Err: err})
			continue
		}
		out = append(out, a)
	}
	return out, errs
}

// Text makes an article of a text: first non-empty line the headline, the rest the body.
func Text(id, source string, b []byte, opt Options) (claims.Article, error) {
	if len(b) > MaxSize {
		return claims.Article{}, fmt.Errorf("article is %d bytes, more than the %d accepted", len(b), MaxSize)
	}
	if !utf8.Valid(b) {
		return claims.Article{}, fmt.Errorf("not UTF-8 text (byte %d); convert it, e.g. iconv -f latin1 -t utf-8", invalidAt(b))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return claims.Article{}, errors.New("binary file (NUL byte), not an article")
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		return claims.Article{}, errors.New("empty article")
	}
	l := opt.Lang
	if l == "" {
		l = lang.Detect(text)
	}
	if l == "" {
		l = "en"
	}
	sum := sha256.Sum256(b)
	return claims.Article{ID: id, Lang: l, Title: Title(text), Source: source, Text: text, Hash: hex.EncodeToString(sum[:])}, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// Title is the first non-empty line that is not just a dateline.
func Title(text string) string {
	first := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if first == "" {
			first = line
		}
		if !datelineOnly(line) {
			return line
		}
	}
	return first
}

// datelineOnly: a short line of a weekday, a day, a month and a year and nothing else
// ("mardi, 23 avril 2024", "2024-04-23"), in any of the languages' tables.
func datelineOnly(line string) bool {
	if len(line) > 48 {
		return false
	}
	digits := 0
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '-' || r == '|' }) {
		if f[0] >= '0' && f[0] <= '9' {
			digits++
			continue
		}
		if !lang.IsDateWord(f) {
			return false
		}
	}
	return digits >= 1
}

// Record is one JSON line of input: {"id", "lang", "title", "text"}.
type Record struct {
	ID    string `json:"id"`
	Lang  string `json:"lang"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// JSONL reads articles, one JSON object per line. A bad line is an error naming it.
func JSONL(r io.Reader, source string, opt Options) ([]claims.Article, []error) {
	var out []claims.Article
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), MaxSize+1024)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			errs = append(errs, &FileError{Path: source, Line: n, Err: fmt.Errorf("not a JSON article: %v", err)})
			continue
		}
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("%s:%d", filepath.Base(source), n)
		}
		o := opt
		if rec.Lang != "" {
			o.Lang = rec.Lang
		}
		a, err := Text(rec.ID, source, []byte(rec.Text), o)
		if err != nil {
			errs = append(errs, &FileError{Path: source, Line: n, Err: err})
			continue
		}
		if rec.Title != "" {
			a.Title = rec.Title
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &FileError{Path: source, Line: n + 1, Err: err})
	}
	return out, errs
}
