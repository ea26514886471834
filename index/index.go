package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
	bbolterrors "go.etcd.io/bbolt/errors"
)

// FormatVersion is the layout of the documents in the index. An index made
// with another version is refused at Open and must be rebuilt.
const FormatVersion = "1"

const (
	markerKey  = "crosscheck"      // internal key holding FormatVersion
	markerFile = "crosscheck.json" // file telling Exists that the folder is ours
	metaFile   = "index_meta.json" // bleve's own metadata file
)

// DefaultTimeout is how long Open waits for another process's lock when Options.Timeout is 0.
const DefaultTimeout = 2 * time.Second

// Options control how Open opens an index.
type Options struct {
	ReadOnly bool          // open for reading only; several readers may share an index
	Timeout  time.Duration // how long to wait for another process's lock; 0 means 2s
}

// Index is an open crosscheck index. Its methods are safe for concurrent use.
type Index struct {
	dir      string
	bi       bleve.Index
	readOnly bool
	mu       sync.Mutex // serialises Put and Delete (each reads before it writes)

	closeOnce sync.Once
	closeErr  error

	timeout   time.Duration // for the facts file's lock, as for the index's
	factsOnce sync.Once
	facts     *bolt.DB // facts.db, opened on first use
	factsErr  error
}

// Exists reports whether dir holds a crosscheck index.
func Exists(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, markerFile))
	if err != nil || !strings.Contains(string(b), `"crosscheck"`) {
		return false
	}
	_, err = os.Stat(filepath.Join(dir, metaFile))
	return err == nil
}

// Open opens the index in dir, creating it (and dir) when absent unless ReadOnly.
// Opening an index another process holds fails after Options.Timeout with a *LockedError.
func Open(dir string, opt Options) (*Index, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if _, err := os.Stat(filepath.Join(dir, metaFile)); err != nil {
		if opt.ReadOnly {
			return nil, &NotIndexError{Dir: dir}
		}
		if err := create(dir); err != nil {
			return nil, err
		}
	}
	cfg := map[string]interface{}{
		"bolt_timeout": opt.Timeout.String(),
		"read_only":    opt.ReadOnly,
	}
	bi, err := bleve.OpenUsing(dir, cfg)
	if err != nil {
		switch {
		case isLockTimeout(err):
			return nil, &LockedError{Dir: dir}
		case errors.Is(err, bleve.ErrorIndexPathDoesNotExist),
			errors.Is(err, bleve.ErrorIndexMetaMissing),
			errors.Is(err, bleve.ErrorIndexMetaCorrupt),
			errors.Is(err, bleve.ErrorUnknownIndexType):
			return nil, &NotIndexError{Dir: dir}
		}
		return nil, fmt.Errorf("index %s: open: %w", dir, err)
	}
	ix := &Index{dir: dir, bi: bi, readOnly: opt.ReadOnly, timeout: opt.Timeout}
	v, err := bi.GetInternal([]byte(markerKey))
	if err != nil {
		bi.Close()
		return nil, fmt.Errorf("index %s: read format version: %w", dir, err)
	}
	switch string(v) {
	case FormatVersion:
	case "":
		bi.Close()
		return nil, &NotIndexError{Dir: dir}
	default:
		bi.Close()
		return nil, fmt.Errorf("index %s: format version %q, this crosscheck reads %q: delete the folder and add the articles again", dir, v, FormatVersion)
	}
	if !opt.ReadOnly && !Exists(dir) {
		// created by a run that stopped before writing the marker file
		if err := writeMarker(dir); err != nil {
			bi.Close()
			return nil, err
		}
	}
	return ix, nil
}

// isLockTimeout reports whether err is bbolt giving up on the file lock.
func isLockTimeout(err error) bool {
	return errors.Is(err, bbolterrors.ErrTimeout) || err.Error() == "timeout"
}

// create makes a new, empty index in dir. It builds the index in a sibling
// folder and renames it into place, so a crash never leaves half an index and
// two processes creating the same index at once both end up opening one.
func create(dir string) error {
	fi, err := os.Stat(dir)
	existed := err == nil
	switch {
	case existed && !fi.IsDir():
		return &NotIndexError{Dir: dir}
	case existed:
		ents, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("index %s: %w", dir, err)
		}
		if len(ents) > 0 {
			return &NotIndexError{Dir: dir}
		}
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("index %s: %w", dir, err)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("index %s: create: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return fmt.Errorf("index %s: create: %w", dir, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	m, err := newMapping()
	if err != nil {
		return fmt.Errorf("index %s: mapping: %w", dir, err)
	}
	bi, err := bleve.NewUsing(tmp, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("index %s: create: %w", dir, err)
	}
	err = bi.SetInternal([]byte(markerKey), []byte(FormatVersion))
	if cerr := bi.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = writeMarker(tmp)
	}
	if err != nil {
		return fmt.Errorf("index %s: create: %w", dir, err)
	}
	if existed {
		// rename(2) may replace an empty directory, but not on every system
		if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
			if _, serr := os.Stat(filepath.Join(dir, metaFile)); serr == nil {
				return nil // another process created it meanwhile
			}
			return fmt.Errorf("index %s: create: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, serr := os.Stat(filepath.Join(dir, metaFile)); serr == nil {
			return nil // another process created it meanwhile
		}
		return fmt.Errorf("index %s: create: %w", dir, err)
	}
	return nil
}

func writeMarker(dir string) error {
	b := []byte(`{"format": "crosscheck", "version": ` + FormatVersion + "}\n")
	if err := os.WriteFile(filepath.Join(dir, markerFile), b, 0o644); err != nil {
		return fmt.Errorf("index %s: write marker: %w", dir, err)
	}
	return nil
}

// Bleve exposes the underlying index for search.
func (ix *Index) Bleve() bleve.Index { return ix.bi }

// Dir returns the folder the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Close releases the index and its lock. Closing twice is harmless (bleve's
// own Close panics the second time).
func (ix *Index) Close() error {
	ix.closeOnce.Do(func() {
		if ix.facts != nil {
			if err := ix.facts.Close(); err != nil {
				ix.closeErr = fmt.Errorf("index %s: close facts: %w", ix.dir, err)
			}
		}
		if err := ix.bi.Close(); err != nil {
			ix.closeErr = fmt.Errorf("index %s: close: %w", ix.dir, err)
		}
	})
	return ix.closeErr
}
