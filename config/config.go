// Package config reads crosscheck's configuration file, .crosscheck.yml: the index folder, the
// fail level and baseline of crosscheck check, facts and articles to ignore, concept words and
// names to add to the language tables, and the severity of each type of contradiction.
//
// The file is found in the current folder or the nearest parent that has one; a path given with
// --config or CROSSCHECK_CONFIG replaces the search. A key the file does not know is an error that
// names the file, the line and the key, and lists the keys that are valid there.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/lang"
)

// FileName is the name looked for in the current folder and its parents.
const FileName = ".crosscheck.yml"

// altName is accepted too, after FileName.
const altName = ".crosscheck.yaml"

// EnvVar names the environment variable that points at a config file.
const EnvVar = "CROSSCHECK_CONFIG"

// Levels are the severities, highest first; "off" (in severities only) drops a type.
var Levels = []string{"high", "medium", "low"}

// Types are the contradiction types a severity can be set for.
var Types = []string{"conversion", "currency", "date", "modality", "scale", "unit", "value"}

// Config is the content of a config file. The zero Config is the default: no file.
type Config struct {
	// Path is the file the config was read from; "" when there was none.
	Path string `yaml:"-"`

	Index      string                       `yaml:"index"`      // index folder, relative to the file
	FailLevel  string                       `yaml:"fail_level"` // high, medium or low
	Baseline   string                       `yaml:"baseline"`   // baseline file, relative to the file
	Ignore     Ignore                       `yaml:"ignore"`
	Concepts   map[string]map[string]string `yaml:"concepts"`   // language -> word -> concept
	Entities   map[string]map[string]string `yaml:"entities"`   // language -> name -> ISO 3166 country code
	Severities map[string]string            `yaml:"severities"` // contradiction type -> high, medium, low or off
}

// Ignore lists what crosscheck check leaves out.
type Ignore struct {
	Facts    []string `yaml:"facts"`    // fact labels or globs ("death*", "fine · FR")
	Articles []string `yaml:"articles"` // article ids or paths, or globs of them ("wire-*.txt", "archive/*")
}

// keys lists the valid keys of each mapping of the file, by its path ("" is the top level).
var keys = map[string][]string{
	"":       {"baseline", "concepts", "entities", "fail_level", "ignore", "index", "severities"},
	"ignore": {"articles", "facts"},
}

// Error is a mistake in a config file, with the line it is on (0 when it concerns the whole file).
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Find returns the config file that applies in dir: dir's own, or its nearest parent's; "" when
// there is none. The path is relative to the current folder when that is shorter.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range []string{FileName, altName} {
			p := filepath.Join(abs, name)
			st, err := os.Stat(p)
			if err == nil && !st.IsDir() {
				return short(p), nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", &Error{Path: p, Msg: err.Error()}
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// short writes the absolute path p relative to the current folder when that is shorter, as users
// read paths in messages.
func short(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && len(r) < len(p) {
		return r
	}
	return p
}

// Load finds and reads the config that applies in dir. explicit (from --config) wins over the
// environment variable, which wins over the search. No file found is no error: the zero Config.
func Load(dir, explicit string) (*Config, error) {
	p := explicit
	if p == "" {
		p = os.Getenv(EnvVar)
	}
	if p == "" {
		found, err := Find(dir)
		if err != nil || found == "" {
			return &Config{}, err
		}
		p = found
	}
	return Read(p)
}

// Read reads one config file.
func Read(p string) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: p, Msg: fmt.Sprintf("cannot read the config file: %v", err)}
	}
	cfg, err := Parse(p, b)
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// Parse reads a config from b; p names it in errors and anchors its relative paths.
func Parse(p string, b []byte) (*Config, error) {
	cfg := &Config{Path: p}
	if len(bytes.TrimSpace(b)) == 0 {
		return cfg, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlError(p, err)
	}
	if len(doc.Content) == 0 {
		return cfg, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return cfg, nil
	}
	if err := checkKeys(p, root, ""); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		return nil, yamlError(p, err)
	}
	cfg.Path = p
	if err := cfg.validate(root); err != nil {
		return nil, err
	}
	return cfg, nil
}

// checkKeys walks the mappings whose keys are fixed and reports the first unknown key.
func checkKeys(p string, n *yaml.Node, at string) error {
	valid, fixed := keys[at]
	if n.Kind != yaml.MappingNode {
		if at == "" {
			return &Error{Path: p, Line: n.Line, Msg: "the config file must be a mapping of keys (" + strings.Join(keys[""], ", ") + ")"}
		}
		return nil // a type error, reported by the decoder
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		if at != "" {
			name = at + "." + k.Value
		}
		if fixed && !contains(valid, k.Value) {
			where := "valid keys"
			if at != "" {
				where = "valid keys under " + at
			}
			msg := fmt.Sprintf("unknown key %q (%s: %s)", name, where, strings.Join(valid, ", "))
			if s := suggest(k.Value, valid); s != "" {
				msg += "; did you mean " + s + "?"
			}
			return &Error{Path: p, Line: k.Line, Msg: msg}
		}
		if _, sub := keys[name]; sub {
			if err := checkKeys(p, v, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// suggest names the valid key one edit away, or a valid key written with - instead of _.
func suggest(k string, valid []string) string {
	for _, v := range valid {
		if strings.ReplaceAll(k, "-", "_") == v || strings.EqualFold(k, v) || editDistance(k, v) == 1 {
			return v
		}
	}
	return ""
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

var lineRe = regexp.MustCompile(`^line (\d+): (.*)$`)

// yamlError turns a yaml.v3 error into an Error with the file and line.
func yamlError(p string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg := te.Errors[0]
		if m := lineRe.FindStringSubmatch(msg); m != nil {
			var line int
			fmt.Sscan(m[1], &line)
			return &Error{Path: p, Line: line, Msg: strings.Replace(m[2], "cannot unmarshal", "cannot read", 1)}
		}
		return &Error{Path: p, Msg: msg}
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		var line int
		fmt.Sscan(m[1], &line)
		return &Error{Path: p, Line: line, Msg: "not valid YAML: " + m[2]}
	}
	return &Error{Path: p, Msg: "not valid YAML: " + msg}
}

// line returns the line of the value at a key path ("severities", "value") in the document, or 0.
func line(root *yaml.Node, path ...string) int {
	n := root
	ln := 0
	for _, k := range path {
		if n == nil || n.Kind != yaml.MappingNode {
			return ln
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				ln = n.Content[i].Line
				next = n.Content[i+1]
				break
			}
		}
		n = next
	}
	return ln
}

var countryRe = regexp.MustCompile(`^[A-Z]{2}$`)

// validate checks the values: levels, types, language codes, country codes, globs.
func (c *Config) validate(root *yaml.Node) error {
	bad := func(msg string, at ...string) error { return &Error{Path: c.Path, Line: line(root, at...), Msg: msg} }
	if c.FailLevel != "" && !contains(Levels, c.FailLevel) {
		return bad(fmt.Sprintf("fail_level %q is not a level (valid: %s)", c.FailLevel, strings.Join(Levels, ", ")), "fail_level")
	}
	for _, t := range slices.Sorted(maps.Keys(c.Severities)) {
		if !contains(Types, t) {
			return bad(fmt.Sprintf("severities: unknown contradiction type %q (valid: %s)", t, strings.Join(Types, ", ")), "severities", t)
		}
		if s := c.Severities[t]; !contains(Levels, s) && s != "off" {
			return bad(fmt.Sprintf("severities: %s: %q is not a level (valid: %s, off)", t, s, strings.Join(Levels, ", ")), "severities", t)
		}
	}
	for _, l := range append(slices.Sorted(maps.Keys(c.Concepts)), slices.Sorted(maps.Keys(c.Entities))...) {
		if !contains(lang.Codes(), l) {
			section := "concepts"
			if _, ok := c.Entities[l]; ok {
				section = "entities"
			}
			return bad(fmt.Sprintf("%s: unknown language %q (languages: %s)", section, l, strings.Join(lang.Codes(), ", ")), section, l)
		}
	}
	for _, l := range slices.Sorted(maps.Keys(c.Concepts)) {
		for _, w := range slices.Sorted(maps.Keys(c.Concepts[l])) {
			if strings.TrimSpace(w) == "" || strings.TrimSpace(c.Concepts[l][w]) == "" {
				return bad(fmt.Sprintf("concepts: %s: a word and its concept must both be given", l), "concepts", l)
			}
		}
	}
	for _, l := range slices.Sorted(maps.Keys(c.Entities)) {
		for _, name := range slices.Sorted(maps.Keys(c.Entities[l])) {
			if code := c.Entities[l][name]; !countryRe.MatchString(code) {
				return bad(fmt.Sprintf("entities: %s: %q: %q is not a two-letter country code (ISO 3166-1, e.g. FR, GB)", l, name, code), "entities", l, name)
			}
		}
	}
	for _, g := range append(append([]string{}, c.Ignore.Facts...), c.Ignore.Articles...) {
		if _, err := path.Match(g, ""); err != nil {
			return bad(fmt.Sprintf("ignore: %q is not a valid pattern: %v", g, err), "ignore")
		}
	}
	return nil
}

// Resolve returns a path from the file, relative to the file's folder, as a path from the
// current folder (absolute paths are kept).
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.Path == "" {
		return p
	}
	return filepath.Join(filepath.Dir(c.Path), p)
}

// IndexDir is the index folder the file sets, from the current folder; "" when unset.
func (c *Config) IndexDir() string { return c.Resolve(c.Index) }

// BaselineFile is the baseline file the file sets, from the current folder; "" when unset.
func (c *Config) BaselineFile() string { return c.Resolve(c.Baseline) }

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
