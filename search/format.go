package search

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"table", "json", "jsonl"}

// Options tunes the table; the JSON formats ignore it.
type Options struct {
	Color bool // bold the claim in its quote and colour contradictions (only on a terminal, NO_COLOR and CI unset)
	Width int  // widest quote, in display columns; 0 means DefaultQuoteWidth
}

// DefaultQuoteWidth is the widest a quote gets in the table when Options.Width is 0.
const DefaultQuoteWidth = 60

// renderer renders a result into a buffer.
type renderer interface {
	write(buf *bytes.Buffer, r *Result, opt Options) error
}

// Write renders r in one of Formats: "table" for people, "json" (one document: query, total and
// hits), "jsonl" (one hit per line). Nothing is written if rendering fails.
func Write(w io.Writer, name string, r *Result, opt Options) (err error) {
	var f renderer
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "table":
		f = tableFormat{}
	case "json":
		f = jsonFormat{}
	case "jsonl":
		f = jsonlFormat{}
	default:
		return fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Formats, ", "))
	}
	var buf bytes.Buffer
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("format %s: internal error while rendering: %v", name, p)
		}
	}()
	if err := f.write(&buf, r, opt); err != nil {
		return fmt.Errorf("format %s: %w", name, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("format %s: writing output: %w", name, err)
	}
	return nil
}
