package check

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// JUnit XML, as Jenkins, GitLab, CircleCI and Azure Pipelines read test reports: one test suite
// per new article, one test case per finding (failed when at or above the fail level, passed
// otherwise), and one passing test case for an article without findings. An input that could not
// be read is a suite with one test case in error.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func writeJUnit(w io.Writer, res Result) error {
	doc := junitSuites{Name: "crosscheck"}
	byPath := map[string][]Finding{}
	for _, f := range res.Findings {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	for _, e := range res.Errors {
		p := cleanPath(e.Path)
		doc.Suites = append(doc.Suites, junitSuite{Name: p, Tests: 1, Errors: 1, Cases: []junitCase{{
			Name: "read", Classname: p, File: p,
			Error: &junitProblem{Message: e.Message, Type: "input", Text: e.Path + ": " + e.Message},
		}}})
	}
	for _, a := range res.Articles {
		p := cleanPath(a.Path)
		s := junitSuite{Name: p}
		for _, f := range byPath[a.Path] {
			if f.Article != a.ID {
				continue
			}
			var text strings.Builder
			fmt.Fprintf(&text, "%s:%d:%d: %s %s\n«%s»\n", p, f.Span.From.Line, f.Span.From.Column, f.Severity, f.Type, f.Quote)
			for _, q := range f.Against.Passages {
				fmt.Fprintf(&text, "against %s (%s:%d:%d): «%s»\n", q.Article, q.Path, q.Span.From.Line, q.Span.From.Column, q.Quote)
			}
			text.WriteString(f.Explanation + "\n")
			c := junitCase{
				Name:      fmt.Sprintf("%d:%d %s (%s): %s", f.Span.From.Line, f.Span.From.Column, f.Type, f.Severity, message(f)),
				Classname: p, File: p, Line: f.Span.From.Line,
			}
			if f.Fails {
				c.Failure = &junitProblem{Message: message(f), Type: f.Type, Text: text.String()}
				s.Failures++
			} else {
				c.SystemOut = "below the fail level " + res.FailLevel + "\n" + text.String()
			}
			s.Cases = append(s.Cases, c)
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: "no contradictions", Classname: p, File: p})
		}
		s.Tests = len(s.Cases)
		doc.Suites = append(doc.Suites, s)
	}
	sort.SliceStable(doc.Suites, func(i, j int) bool { return doc.Suites[i].Name < doc.Suites[j].Name })
	for _, s := range doc.Suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
