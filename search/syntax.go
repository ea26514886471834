package search

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the query string the way bleve's query-string lexer and grammar do
// (search/query/query_string.y), token for token, so that a mistake can be reported with its
// column: bleve's own parser says only "syntax error". The query itself is then parsed by bleve
// (see query.go); parts pairs bleve's clauses with their place in the text.

// QueryError is a malformed query: what is wrong, and where (1-based column, in characters).
type QueryError struct {
	Query  string
	Column int // 0 when the place is not known
	Msg    string
}

func (e *QueryError) Error() string {
	if e.Column <= 0 {
		return "bad query: " + e.Msg
	}
	return fmt.Sprintf("bad query at column %d: %s", e.Column, e.Msg)
}

// Caret returns the query and a caret under the column of the mistake, for people.
func (e *QueryError) Caret() string {
	if e.Column <= 0 || strings.ContainsAny(e.Query, "\n\r") {
		return ""
	}
	return "  " + e.Query + "\n  " + strings.Repeat(" ", e.Column-1) + "^"
}

type tokKind int

const (
	tEOF tokKind = iota
	tString
	tPhrase
	tNumber
	tPlus
	tMinus
	tColon
	tGreater
	tLess
	tEqual
	tBoost
	tTilde
)

// token is one token of the query string: its text after unescaping and its byte span.
type token struct {
	kind       tokKind
	text       string
	start, end int
}

// show is how a token is named in an error message.
func (t token) show(q string) string {
	if t.kind == tEOF {
		return "the end of the query"
	}
	return strconv.Quote(q[t.start:t.end])
}

// reserved are the characters a backslash escapes (bleve's reservedChars).
const reserved = "+-=&|><!(){}[]^\"~*?:\\/ "

func unescape(r rune) string {
	if strings.ContainsRune(reserved, r) {
		return string(r)
	}
	return "\\" + string(r)
}

// lex splits q into tokens as bleve's lexer does. Only ' ' separates words (bleve's rule); the
// other white space does between tokens.
func lex(q string) ([]token, *QueryError) {
	var out []token
	i := 0
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		start := i
		switch {
		case r == '"':
			var b strings.Builder
			j, esc, closed := i+size, false, false
			for j < len(q) {
				c, n := utf8.DecodeRuneInString(q[j:])
				j += n
				switch {
				case esc:
					esc = false
					b.WriteString(unescape(c))
				case c == '\\':
					esc = true
				case c == '"':
					closed = true
				default:
					b.WriteRune(c)
				}
				if closed {
					break
				}
			}
			if !closed {
				return nil, errAt(q, start, "unterminated quote: close the phrase with \"")
			}
			out = append(out, token{tPhrase, b.String(), start, j})
			i = j
		case strings.ContainsRune("+-:><=", r):
			k := map[rune]tokKind{'+': tPlus, '-': tMinus, ':': tColon, '>': tGreater, '<': tLess, '=': tEqual}[r]
			out = append(out, token{k, string(r), start, i + size})
			i += size
		case r == '^' || r == '~':
			// up to an unescaped ' ' or the end
			var b strings.Builder
			j, esc := i+size, false
			for j < len(q) {
				c, n := utf8.DecodeRuneInString(q[j:])
				if !esc && c == ' ' {
					break
				}
				j += n
				switch {
				case esc:
					esc = false
					b.WriteString(unescape(c))
				case c == '\\':
					esc = true
				default:
					b.WriteRune(c)
				}
			}
			k := tBoost
			if r == '~' {
				k = tTilde
			}
			text := b.String()
			if text == "" {
				text = "1"
			}
			out = append(out, token{k, text, start, j})
			i = j
		case r != '\\' && unicode.IsSpace(r):
			i += size
		default:
			t, j := lexWord(q, i)
			if j == i { // a lone backslash at the end: bleve drops it
				i = len(q)
				continue
			}
			if _, err := strconv.ParseFloat(t.text, 64); t.kind == tNumber && err != nil {
				// bleve takes any Unicode digits for a number, and then cannot read it
				return nil, errAt(q, start, fmt.Sprintf("%s is not a number crosscheck can read: write it with the digits 0-9", t.show(q)))
			}
			out = append(out, t)
			i = j
		}
	}
	return out, nil
}

// lexWord reads a word or a number starting at i: up to an unescaped ' ', ':', '^' or '~'. It is
// a number while it holds only digits and at most one '.', and starts with a digit.
func lexWord(q string, i int) (token, int) {
	var b strings.Builder
	start := i
	number, dot, esc := true, false, false
	first := true
	for i < len(q) {
		c, n := utf8.DecodeRuneInString(q[i:])
		if !esc && (c == ' ' || c == ':' || c == '^' || c == '~') {
			break
		}
		i += n
		switch {
		case esc:
			esc = false
			number = false
			b.WriteString(unescape(c))
		case c == '\\':
			esc = true
		default:
			switch {
			case unicode.IsDigit(c):
			case c == '.' && !dot && !first:
				dot = true
			default:
				number = false
			}
			b.WriteRune(c)
		}
		first = false
	}
	if b.Len() == 0 {
		return token{}, start
	}
	k := tString
	if number {
		k = tNumber
	}
	return token{k, b.String(), start, i}, i
}

// clause kinds, as bleve's grammar names them.
const (
	should = iota
	must
	mustNot
)

// part is one clause of the query: [+|-] [field:] [op] value [~fuzzy] [^boost].
type part struct {
	occur    int
	field    string // "" for a free word or phrase
	fieldTok token
	op       string // "", ">", ">=", "<", "<="
	value    token  // tString, tPhrase or tNumber (a negative number keeps its "-")
	start    int    // byte offset of the clause
}

// parse checks q against bleve's query-string grammar and returns its clauses in order.
func parse(q string) ([]part, *QueryError) {
	toks, err := lex(q)
	if err != nil {
		return nil, err
	}
	p := &parser{q: q, toks: toks}
	if len(toks) == 0 {
		return nil, nil
	}
	var parts []part
	for p.peek().kind != tEOF {
		pt, err := p.part()
		if err != nil {
			return nil, err
		}
		parts = append(parts, pt)
	}
	return parts, nil
}

type parser struct {
	q    string
	toks []token
	i    int
}

func (p *parser) peek() token { return p.at(p.i) }

func (p *parser) at(i int) token {
	if i < len(p.toks) {
		return p.toks[i]
	}
	return token{kind: tEOF, start: len(p.q), end: len(p.q)}
}

func (p *parser) next() token {
	t := p.peek()
	p.i++
	return t
}

func (p *parser) errAt(t token, format string, args ...any) *QueryError {
	return errAt(p.q, t.start, fmt.Sprintf(format, args...))
}

func (p *parser) part() (part, *QueryError) {
	pt := part{occur: should, start: p.peek().start}
	switch p.peek().kind {
	case tPlus:
		pt.occur = must
		p.next()
	case tMinus:
		pt.occur = mustNot
		p.next()
	}
	t := p.next()
	switch {
	case (t.kind == tString || t.kind == tPhrase) && p.peek().kind == tColon:
		pt.field, pt.fieldTok = t.text, t
		colon := p.next()
		if err := p.fieldValue(&pt, colon); err != nil {
			return pt, err
		}
	case t.kind == tString:
		pt.value = t
		if p.peek().kind == tTilde {
			if err := p.fuzziness(p.next()); err != nil {
				return pt, err
			}
		}
	case t.kind == tNumber || t.kind == tPhrase:
		pt.value = t
	case t.kind == tEOF && pt.occur != should:
		prev := p.at(p.i - 2)
		return pt, p.errAt(prev, "%s must be followed by a word, a phrase or field:value", prev.show(p.q))
	case t.kind == tColon:
		return pt, p.errAt(t, "\":\" needs a field name before it (unit:EUR)")
	default:
		return pt, p.errAt(t, "unexpected %s: expected a word, a \"phrase\" or field:value", t.show(p.q))
	}
	if pt.value.kind == tString && pt.value.text == "/" {
		// bleve reads /…/ as a regular expression and fails on a lone slash
		return pt, p.errAt(pt.value, "a lone \"/\" is not a word: a /regular expression/ has two")
	}
	if p.peek().kind == tBoost {
		b := p.next()
		if _, err := strconv.ParseFloat(b.text, 64); err != nil {
			return pt, p.errAt(b, "boost %s is not a number (fine^2)", b.show(p.q))
		}
	}
	return pt, nil
}

// fieldValue reads what follows "field:".
func (p *parser) fieldValue(pt *part, colon token) *QueryError {
	name := p.q[pt.fieldTok.start:colon.end]
	t := p.next()
	switch t.kind {
	case tString:
		pt.value = t
		if p.peek().kind == tTilde {
			return p.fuzziness(p.next())
		}
		return nil
	case tNumber, tPhrase:
		pt.value = t
		return nil
	case tMinus:
		n := p.next()
		if n.kind != tNumber {
			return p.errAt(n, "%s-: a number must follow the minus sign", name)
		}
		pt.value = token{tNumber, "-" + n.text, t.start, n.end}
		return nil
	case tGreater, tLess:
		pt.op = t.text
		if p.peek().kind == tEqual {
			pt.op += "="
			p.next()
		}
		v := p.next()
		switch v.kind {
		case tNumber, tPhrase, tString:
			pt.value = v
			return nil
		case tMinus:
			n := p.next()
			if n.kind == tNumber {
				pt.value = token{tNumber, "-" + n.text, v.start, n.end}
				return nil
			}
			v = n
		}
		return p.errAt(v, "%s%s needs a number or a \"date\" (got %s)", name, pt.op, v.show(p.q))
	case tEOF:
		return p.errAt(t, "%s needs a value", name)
	}
	return p.errAt(t, "%s cannot be followed by %s", name, t.show(p.q))
}

func (p *parser) fuzziness(t token) *QueryError {
	if _, err := strconv.ParseFloat(t.text, 64); err != nil {
		return p.errAt(t, "fuzziness %s is not a number (word~1)", t.show(p.q))
	}
	return nil
}

// errAt makes a QueryError at byte offset off of q.
func errAt(q string, off int, msg string) *QueryError {
	return &QueryError{Query: q, Column: utf8.RuneCountInString(q[:min(off, len(q))]) + 1, Msg: msg}
}
