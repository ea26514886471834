package format

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Options tunes the human-readable formats; the machine-readable ones ignore it.
type Options struct {
	Color bool // ANSI colour in the table format (only set when stdout is a terminal and NO_COLOR/CI unset)
	Width int  // terminal width for the table, 0 = 100
}

// defaultWidth is the table width when Options.Width is 0.
const defaultWidth = 100

// width returns the table width to render at.
func (o Options) width() int {
	if o.Width <= 0 {
		return defaultWidth
	}
	return o.Width
}

// ReportFormats lists the format names Report accepts, for --help text and errors.
var ReportFormats = []string{"table", "json", "markdown", "html"}

// ClaimFormats lists the format names Claims accepts, for --help text and errors.
var ClaimFormats = []string{"table", "json", "jsonl"}

// reportFormat renders a whole reconciled report into buf.
type reportFormat interface {
	report(buf *bytes.Buffer, r reconcile.Report, opt Options) error
}

// claimsFormat renders a list of claims into buf.
type claimsFormat interface {
	claims(buf *bytes.Buffer, cs []claims.Claim, opt Options) error
}

// UnknownFormatError is returned for a format name that is not one of Valid.
type UnknownFormatError struct {
	Name  string   // the name asked for
	Valid []string // the names that would have worked
}

func (e *UnknownFormatError) Error() string {
	return fmt.Sprintf("unknown format %q (valid: %s)", e.Name, strings.Join(e.Valid, ", "))
}

// Report renders a reconciled report in one format: "table", "json", "markdown", "html".
func Report(w io.Writer, name string, r reconcile.Report, opt Options) error {
	var f reportFormat
	switch normName(name) {
	case "table":
		f = tableFormat{}
	case "json":
		f = jsonFormat{}
	case "markdown":
		f = markdownFormat{}
	case "html":
		f = htmlFormat{}
	default:
		return &UnknownFormatError{Name: name, Valid: ReportFormats}
	}
	return render(w, name, func(buf *bytes.Buffer) error { return f.report(buf, r, opt) })
}

// Claims renders claims: "table", "json" (one JSON array), "jsonl" (one claim per line).
func Claims(w io.Writer, name string, cs []claims.Claim, opt Options) error {
	var f claimsFormat
	switch normName(name) {
	case "table":
		f = tableFormat{}
	case "json":
		f = jsonFormat{}
	case "jsonl":
		f = jsonlFormat{}
	default:
		return &UnknownFormatError{Name: name, Valid: ClaimFormats}
	}
	return render(w, name, func(buf *bytes.Buffer) error { return f.claims(buf, cs, opt) })
}

// normName accepts format names regardless of case and surrounding space ("JSON ").
func normName(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// render runs one format into a buffer and writes the result in one piece. A panic while
// rendering (hostile text, offsets that do not fit) becomes an error, and nothing is written.
func render(w io.Writer, name string, f func(*bytes.Buffer) error) (err error) {
	var buf bytes.Buffer
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("format %s: internal error while rendering: %v", normName(name), p)
		}
	}()
	if err := f(&buf); err != nil {
		return fmt.Errorf("format %s: %w", normName(name), err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("format %s: writing output: %w", normName(name), err)
	}
	return nil
}
