package command_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/crosscheck/crosscheck/command"
	"github.com/crosscheck/crosscheck/index"
)

// update rewrites the golden files inside the txtar scripts (cmp stdout FILE) from the
// actual output: go test ./command -run Script -update
var update = flag.Bool("update", false, "update the golden files in testdata/script/*.txtar")

// TestMain makes the test binary double as the crosscheck command: the scripts run it as a
// real subprocess with exec, so they see exactly what a user sees (streams and exit code).
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"crosscheck": func() {
			os.Exit(command.Run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// heldKey is the Env.Values key of the indexes a script holds open (holdindex).
type heldKey struct{}

// TestScript runs every testdata/script/*.txtar. Besides the standard testscript commands
// the scripts can use:
//
//	exitcode N PROG [ARGS...]       run PROG like exec and require exit code N exactly
//	jsonvalid [-lines] FILE         FILE (or stdout) is one JSON value, or with -lines one per line
//	jsoncount FILE PATH N           PATH (dot-separated keys, * for every array element) reaches N values
//	checkoffsets CLAIMS ARTICLE...  every claim's text equals its article's bytes [start:end]
//	writebytes FILE TEXT            write TEXT, Go escapes (\xe9, \n) decoded, to FILE
//	holdindex DIR / releaseindex DIR  open the index in DIR in this process, and close it
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			// The script environment starts empty (no NO_COLOR, no CROSSCHECK_INDEX from the
			// caller); CI=1 keeps colour and progress off even if stdout were a terminal.
			e.Setenv("CI", "1")
			held := map[string]*index.Index{}
			e.Values[heldKey{}] = held
			e.Defer(func() {
				for _, ix := range held {
					ix.Close()
				}
			})
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode":     cmdExitcode,
			"jsonvalid":    cmdJSONValid,
			"jsoncount":    cmdJSONCount,
			"checkoffsets": cmdCheckOffsets,
			"writebytes":   cmdWriteBytes,
			"holdindex":    cmdHoldIndex,
			"releaseindex": cmdReleaseIndex,
		},
	})
}

// cmdExitcode runs a program like exec (same directory, environment and stdin; stdout and
// stderr kept for the following stdout/stderr/cmp commands) and checks its exact exit code.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %q is not a number", args[0])
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("exitcode: %v", err)
	}
	if got != want {
		ts.Fatalf("%s exited with code %d, want %d", args[1], got, want)
	}
}

func cmdJSONValid(ts *testscript.TestScript, neg bool, args []string) {
	lines := len(args) > 0 && args[0] == "-lines"
	if lines {
		args = args[1:]
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: jsonvalid [-lines] FILE")
	}
	data := ts.ReadFile(args[0])
	if !lines {
		if !json.Valid([]byte(data)) {
			ts.Fatalf("%s is not valid JSON", args[0])
		}
		return
	}
	if data == "" {
		ts.Fatalf("%s is empty", args[0])
	}
	if !strings.HasSuffix(data, "\n") {
		ts.Fatalf("%s: last line has no newline", args[0])
	}
	for i, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			ts.Fatalf("%s:%d: not a JSON object: %v", args[0], i+1, err)
		}
	}
}

// cmdJSONCount counts the values PATH reaches in a JSON document: "facts.*.contradictions.*"
// is every contradiction of every fact. A missing key or a null reaches nothing.
func cmdJSONCount(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: jsoncount FILE PATH N")
	}
	want, err := strconv.Atoi(args[2])
	if err != nil {
		ts.Fatalf("jsoncount: %q is not a number", args[2])
	}
	var doc any
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &doc); err != nil {
		ts.Fatalf("%s is not valid JSON: %v", args[0], err)
	}
	vals := []any{doc}
	for _, key := range strings.Split(args[1], ".") {
		var next []any
		for _, v := range vals {
			switch v := v.(type) {
			case []any:
				if key != "*" {
					ts.Fatalf("jsoncount: %s: %q meets an array (use *)", args[1], key)
				}
				next = append(next, v...)
			case map[string]any:
				if key == "*" {
					ts.Fatalf("jsoncount: %s: * meets an object", args[1])
				}
				if x, ok := v[key]; ok && x != nil {
					next = append(next, x)
				}
			case nil:
			default:
				ts.Fatalf("jsoncount: %s: %q meets a %T", args[1], key, v)
			}
		}
		vals = next
	}
	if len(vals) != want {
		ts.Fatalf("%s: %s reaches %d values, want %d", args[0], args[1], len(vals), want)
	}
}

// cmdCheckOffsets reads a claims stream (JSON Lines, one claim a line) and checks the
// byte-offset contract of REPORT_FORMAT.md against the articles: a .txt file's bytes (id: its
// base name) or the text of each record of a .jsonl file (id: its id).
func cmdCheckOffsets(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: checkoffsets CLAIMS.jsonl ARTICLE.txt|ARTICLES.jsonl...")
	}
	texts := map[string]string{}
	for _, p := range args[1:] {
		data := ts.ReadFile(p)
		if !strings.HasSuffix(p, ".jsonl") {
			texts[filepath.Base(p)] = data
			continue
		}
		for i, line := range strings.Split(strings.TrimSpace(data), "\n") {
			var rec struct{ ID, Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				ts.Fatalf("%s:%d: %v", p, i+1, err)
			}
			texts[rec.ID] = rec.Text
		}
	}
	type claim struct {
		ID, Article, Text string
		Start, End        *int
		Sentence          string
		SentenceStart     *int `json:"sentence_start"`
	}
	n := 0
	dec := json.NewDecoder(strings.NewReader(ts.ReadFile(args[0])))
	for dec.More() {
		var c claim
		if err := dec.Decode(&c); err != nil {
			ts.Fatalf("%s: claim %d: %v", args[0], n+1, err)
		}
		n++
		text, ok := texts[c.Article]
		switch {
		case !ok:
			ts.Fatalf("claim %s: unknown article %q", c.ID, c.Article)
		case c.Start == nil || c.End == nil:
			ts.Fatalf("claim %s: no start or end", c.ID)
		case *c.Start < 0 || *c.Start >= *c.End || *c.End > len(text):
			ts.Fatalf("claim %s: offsets [%d:%d] outside %s (%d bytes)", c.ID, *c.Start, *c.End, c.Article, len(text))
		case text[*c.Start:*c.End] != c.Text:
			ts.Fatalf("claim %s: %s[%d:%d] is %q, claim text is %q", c.ID, c.Article, *c.Start, *c.End, text[*c.Start:*c.End], c.Text)
		}
		if c.SentenceStart != nil {
			s, e := *c.SentenceStart, *c.SentenceStart+len(c.Sentence)
			if s < 0 || e > len(text) || text[s:e] != c.Sentence {
				ts.Fatalf("claim %s: sentence_start %d does not point at its sentence %q", c.ID, s, c.Sentence)
			}
		}
	}
	if n == 0 {
		ts.Fatalf("%s holds no claims", args[0])
	}
	fmt.Fprintf(ts.Stdout(), "%d claims: offsets ok\n", n)
}

func cmdWriteBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: writebytes FILE TEXT")
	}
	s, err := strconv.Unquote(`"` + strings.ReplaceAll(args[1], `"`, `\"`) + `"`)
	if err != nil {
		ts.Fatalf("writebytes: %q: %v", args[1], err)
	}
	p := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(p), 0o777))
	ts.Check(os.WriteFile(p, []byte(s), 0o666))
}

func held(ts *testscript.TestScript) map[string]*index.Index {
	return ts.Value(heldKey{}).(map[string]*index.Index)
}

// cmdHoldIndex opens (creating it if need be) the index in DIR from the test process and
// keeps it open, with its file lock, until releaseindex or the end of the script.
func cmdHoldIndex(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: holdindex DIR")
	}
	dir := ts.MkAbs(args[0])
	if held(ts)[dir] != nil {
		ts.Fatalf("holdindex: %s is already held", args[0])
	}
	ix, err := index.Open(dir, index.Options{})
	ts.Check(err)
	held(ts)[dir] = ix
}

func cmdReleaseIndex(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: releaseindex DIR")
	}
	dir := ts.MkAbs(args[0])
	ix := held(ts)[dir]
	if ix == nil {
		ts.Fatalf("releaseindex: %s is not held", args[0])
	}
	delete(held(ts), dir)
	ts.Check(ix.Close())
}
