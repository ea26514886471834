package check

import "unicode/utf8"

// Position is a place in an article's text: a 1-based line and a 1-based column counted in
// Unicode code points (characters), the column kind SARIF calls unicodeCodePoints.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// PositionOf returns the position of the byte offset off in text. An offset outside the text is
// clamped to it, and one inside a character counts as that character: hostile offsets never panic.
func PositionOf(text string, off int) Position {
	off = max(0, min(off, len(text)))
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return Position{Line: line, Column: 1 + utf8.RuneCountInString(text[start:off])}
}

// Span is where a claim stands in its article: byte offsets (end exclusive) and the positions of
// its first character and of the character after its last.
type Span struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	From  Position `json:"from"`
	To    Position `json:"to"`
}

// SpanOf returns the span of text[start:end].
func SpanOf(text string, start, end int) Span {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	return Span{Start: start, End: end, From: PositionOf(text, start), To: PositionOf(text, end)}
}
