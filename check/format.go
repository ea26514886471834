package check

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Formats are the output formats of crosscheck check, the first the default.
var Formats = []string{"text", "json", "github", "sarif", "junit"}

// Write writes the result in the named format. Findings are already sorted (Check sorts them), so
// the output is the same for the same input.
func Write(w io.Writer, format string, res Result) error {
	switch format {
	case "text":
		return writeText(w, res)
	case "json":
		return writeJSON(w, res)
	case "github":
		return writeGitHub(w, res)
	case "sarif":
		return writeSARIF(w, res)
	case "junit":
		return writeJUnit(w, res)
	}
	return fmt.Errorf("unknown format %q (valid: %s)", format, strings.Join(Formats, ", "))
}

// typeDescriptions says what each type of contradiction means, for SARIF rules and JUnit.
var typeDescriptions = map[string]string{
	"value":      "The figures cannot both be right: the intervals their wordings allow do not meet.",
	"scale":      "The same digits a thousand times apart (million against billion).",
	"currency":   "The same figure in two currencies.",
	"modality":   "The same amount imposed on one side and only a possibility or a ceiling on the other.",
	"date":       "The same event on different dates.",
	"conversion": "A converted amount does not match the amount it converts.",
	"unit":       "The same figure in two units.",
}

// typesOf lists the known types and those the findings use, sorted.
func typesOf(res Result) []string {
	set := map[string]bool{}
	for t := range typeDescriptions {
		set[t] = true
	}
	for _, f := range res.Findings {
		set[f.Type] = true
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// cleanPath writes a path with forward slashes and without ./, as CI systems match paths.
func cleanPath(p string) string {
	if p == StdinPath || p == "" {
		return p
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// message is a finding's one-line message: its side against the other.
func message(f Finding) string {
	return fmt.Sprintf("%s: %s against %s in %s", f.Fact, f.Reading, f.Against.Reading, who(f.Against.Articles))
}

func who(arts []string) string {
	if len(arts) == 1 {
		return arts[0]
	}
	if len(arts) <= 3 {
		return strings.Join(arts, ", ")
	}
	return fmt.Sprintf("%d articles (%s, …)", len(arts), strings.Join(arts[:3], ", "))
}

// summary is the last line of the text format.
func summary(res Result) string {
	n := len(res.Articles)
	var b strings.Builder
	fmt.Fprintf(&b, "%s checked against %s", plural(n, "article"), plural(res.Candidates, "corpus article"))
	if len(res.Findings) == 0 {
		b.WriteString(": no contradictions")
	} else {
		c := res.Counts()
		var parts []string
		for _, l := range Levels {
			if c[l] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", c[l], l))
			}
		}
		fmt.Fprintf(&b, ": %s (%s)", plural(len(res.Findings), "contradiction"), strings.Join(parts, ", "))
	}
	if res.Baselined > 0 {
		fmt.Fprintf(&b, ", %d in the baseline", res.Baselined)
	}
	if res.Ignored > 0 {
		fmt.Fprintf(&b, ", %d ignored", res.Ignored)
	}
	failing := 0
	for _, f := range res.Findings {
		if f.Fails {
			failing++
		}
	}
	if failing > 0 {
		fmt.Fprintf(&b, "; %d at or above %s: failed", failing, res.FailLevel)
	} else {
		fmt.Fprintf(&b, "; none at or above %s: passed", res.FailLevel)
	}
	return b.String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
