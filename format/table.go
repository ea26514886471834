package format

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/reconcile"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// tableFormat is the view for people in a terminal: a summary line, the contradictions with
// their quotes, the facts that agree, and a count of facts only one article states.
type tableFormat struct{}

// detailIndent indents the explanation and quotes under each contradiction; sideFormat is as
// wide as the widest side label ("majority") and the space after it.
const (
	detailIndent = "    "
	sideFormat   = "majority  "
)

func (tableFormat) report(buf *bytes.Buffer, r reconcile.Report, opt Options) error {
	p := painter(opt.Color)
	w := opt.width()
	v := newView(r)
	// Quote lines read "    outlier   001 nl  “…”": the quote gets what the labels leave.
	srcW := 0
	for _, c := range v.Contradictions {
		for _, q := range c.Quotes {
			srcW = max(srcW, width(q.Source))
		}
	}
	quoteW := max(20, min(quoteWidthTable, w-len(detailIndent)-len(sideFormat)-srcW-width("  “”")))

	for _, line := range wrap(v.Summary, w) {
		fmt.Fprintln(buf, line)
	}
	if v.Corpus != "" {
		fmt.Fprintln(buf, "Corpus: "+v.Corpus)
	}

	fmt.Fprintf(buf, "\n%s\n", p.bold("Contradictions"))
	if len(v.Contradictions) == 0 {
		fmt.Fprintln(buf, "No contradictions found.")
	} else {
		rows := make([][]string, len(v.Contradictions))
		for i, c := range v.Contradictions {
			rows[i] = []string{fmt.Sprint(c.N), c.Fact, c.Type, c.Severity, c.Outlier, c.Majority}
		}
		err := writeTable(buf, w, tableSpec{
			header: []string{"#", "FACT", "TYPE", "SEV", "OUTLIER", "MAJORITY"},
			rows:   rows,
			align:  []tw.Align{tw.AlignRight},
			wrap:   []bool{false, true, false, false, true, true},
			style: func(row, col int, s string) string {
				if col == 3 {
					return p.severity(v.Contradictions[row].Severity, s)
				}
				return s
			},
		})
		if err != nil {
			return err
		}
		for _, c := range v.Contradictions {
			fmt.Fprintf(buf, "\n%2d. %s — %s, severity %s\n", c.N, p.bold(c.Fact), c.Type, p.severity(c.Severity, c.Severity))
			for _, line := range wrap(c.Explanation, w-len(detailIndent)) {
				fmt.Fprintln(buf, detailIndent+line)
			}
			for _, q := range c.Quotes {
				if !q.OK {
					continue
				}
				q = q.cut(quoteW)
				fmt.Fprintf(buf, "%s%-*s%s  “%s%s%s”\n", detailIndent, len(sideFormat), q.Side,
					padRight(q.Source, srcW), q.Before, p.bold(q.Mark), q.After)
			}
		}
	}

	fmt.Fprintf(buf, "\n%s\n", p.bold("Facts that agree"))
	if len(v.Agreeing) == 0 {
		fmt.Fprintln(buf, "No fact is stated alike by several articles.")
	} else {
		rows := make([][]string, len(v.Agreeing))
		for i, f := range v.Agreeing {
			rows[i] = []string{f.Label, f.Reading, f.Articles}
		}
		err := writeTable(buf, w, tableSpec{
			header: []string{"FACT", "READING", "ARTICLES"},
			rows:   rows,
			wrap:   []bool{true, true, true},
		})
		if err != nil {
			return err
		}
	}

	if n := len(v.Singles); n > 0 {
		verb := "facts stated"
		if n == 1 {
			verb = "fact stated"
		}
		fmt.Fprintf(buf, "\n%d %s by one article only (see --format json)\n", n, verb)
	}
	return nil
}

func (tableFormat) claims(buf *bytes.Buffer, cs []claims.Claim, opt Options) error {
	if len(cs) == 0 {
		fmt.Fprintln(buf, "No claims.")
		return nil
	}
	rows := make([][]string, len(cs))
	for i, c := range cs {
		rows[i] = []string{
			clean(c.ID), shortID(c.Article), clean(langName(c.Lang)), clean(c.Kind), claimValue(c),
			clean(c.Unit), clean(c.Bound), clean(c.Modality), clean(c.Text),
		}
	}
	return writeTable(buf, opt.width(), tableSpec{
		header: []string{"ID", "ARTICLE", "LANG", "KIND", "VALUE", "UNIT", "BOUND", "MODALITY", "QUOTE"},
		rows:   rows,
		align:  []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignRight},
		wrap:   []bool{false, false, false, false, false, false, false, false, true},
		plain:  true,
	})
}

// claimValue is the VALUE cell of a claim: its date, its range, or its figure.
func claimValue(c claims.Claim) string {
	switch {
	case c.Kind == claims.KindDate:
		return clean(c.Date)
	case c.Bound == claims.BoundRange && !math.IsInf(c.Low, 0) && !math.IsInf(c.High, 0):
		return Number(c.Low) + "–" + Number(c.High)
	}
	return Number(c.Value)
}

// tableSpec is one table to render: header, rows, and how its columns behave.
type tableSpec struct {
	header []string
	rows   [][]string
	align  []tw.Align // per column, left when missing
	wrap   []bool     // columns that may wrap; the others keep their natural width
	plain  bool       // no rules: columns separated by two spaces (for wide lists)
	style  func(row, col int, s string) string
}

// writeTable renders a table with tablewriter, at most total columns wide. Cells are wrapped
// here, at word boundaries, to widths shared out between the wrappable columns, so the result
// does not depend on tablewriter's own width heuristics. spec.style, if set, decorates each line
// of a cell after wrapping (ANSI colour must not be measured or cut).
func writeTable(buf *bytes.Buffer, total int, spec tableSpec) error {
	n := len(spec.header)
	least, natural := make([]int, n), make([]int, n)
	for i, h := range spec.header {
		least[i], natural[i] = width(h), width(h)
	}
	for _, row := range spec.rows {
		for i := 0; i < n && i < len(row); i++ {
			natural[i] = max(natural[i], width(row[i]))
			for _, word := range strings.Fields(row[i]) {
				least[i] = max(least[i], min(width(word), 10))
			}
		}
	}
	overhead := 3*n + 1 // a space either side of each cell, a rule after each and the left border
	if spec.plain {
		overhead = 2 * (n - 1)
	}
	for i := range least {
		if i >= len(spec.wrap) || !spec.wrap[i] {
			least[i] = natural[i]
		}
	}
	widths := fitWidths(spec.rows, least, natural, total-overhead)

	aligns := make([]tw.Align, n)
	for i := range aligns {
		aligns[i] = tw.AlignLeft
		if i < len(spec.align) {
			aligns[i] = spec.align[i]
		}
	}
	wrapped := false
	cells := make([][]string, len(spec.rows))
	for r, row := range spec.rows {
		cells[r] = make([]string, n)
		for i := 0; i < n && i < len(row); i++ {
			lines := wrap(row[i], widths[i])
			if len(lines) > 1 {
				wrapped = true
			}
			if spec.style != nil {
				for k := range lines {
					lines[k] = spec.style(r, i, lines[k])
				}
			}
			cells[r][i] = strings.Join(lines, "\n")
		}
	}

	rendition := tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)}
	padding := tw.PaddingDefault
	if spec.plain {
		rendition.Borders = tw.BorderNone
		rendition.Settings.Separators.BetweenColumns = tw.Off
		rendition.Settings.Lines.ShowHeaderLine = tw.Off
		padding = tw.Padding{Left: "", Right: "  ", Overwrite: true}
	} else if wrapped {
		// Rules between rows keep multi-line rows apart.
		rendition.Settings.Separators.BetweenRows = tw.On
	}
	var out bytes.Buffer
	t := tablewriter.NewTable(&out,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithRenderer(renderer.NewBlueprint(rendition)),
		tablewriter.WithHeaderAutoFormat(tw.Off), // headers are written as they should appear
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone), // wrapped above
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: aligns}),
		tablewriter.WithPadding(padding),
	)
	t.Header(spec.header)
	if err := t.Bulk(cells); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	// Padding leaves spaces at the end of lines of a table without a right border.
	for _, line := range strings.SplitAfter(out.String(), "\n") {
		body, nl := strings.CutSuffix(line, "\n")
		buf.WriteString(strings.TrimRight(body, " "))
		if nl {
			buf.WriteByte('\n')
		}
	}
	return nil
}

// fitWidths picks column widths within budget that make the table as short as possible: fewest
// lines in all (rows' heights), then fewest lines within cells. Each column is tried at every
// width where its wrapping changes, between the least it needs and its natural width; a table
// too large to search that way shares the budget out evenly instead. When even the least
// widths do not fit, the table is wider than budget rather than unreadable.
func fitWidths(rows [][]string, least, natural []int, budget int) []int {
	n := len(natural)
	lo := make([]int, n)
	sumNatural, sumLo := 0, 0
	for i := range lo {
		lo[i] = min(least[i], natural[i])
		sumLo += lo[i]
		sumNatural += natural[i]
	}
	if sumNatural <= budget {
		return append([]int(nil), natural...)
	}
	if sumLo >= budget {
		return lo
	}
	// options[i]: the narrowest width giving each distinct wrapping of column i.
	type option struct {
		width int
		lines []int // per row
	}
	options := make([][]option, n)
	combos := 1
	for i := range options {
		var prev []int
		for x := lo[i]; x <= natural[i]; x++ {
			l := make([]int, len(rows))
			for r, row := range rows {
				l[r] = 1
				if i < len(row) {
					l[r] = len(wrap(row[i], x))
				}
			}
			if prev == nil || !slices.Equal(l, prev) {
				options[i] = append(options[i], option{x, l})
			}
			prev = l
		}
		combos *= len(options[i])
		if combos*max(len(rows), 1) > 2_000_000 {
			return fill(lo, natural, budget)
		}
	}
	// minRest[i]: the least width columns i.. need together, to prune.
	minRest := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		minRest[i] = minRest[i+1] + options[i][0].width
	}
	best := append([]int(nil), lo...)
	bestH, bestC := -1, 0
	chosen := make([]int, n) // option index per column
	var search func(i, used int)
	search = func(i, used int) {
		if i == n {
			h, c := 0, 0
			for r := range rows {
				rh := 0
				for j := range chosen {
					l := options[j][chosen[j]].lines[r]
					rh = max(rh, l)
					c += l
				}
				h += rh
			}
			if bestH < 0 || h < bestH || (h == bestH && c < bestC) {
				bestH, bestC = h, c
				for j := range chosen {
					best[j] = options[j][chosen[j]].width
				}
			}
			return
		}
		for k, o := range options[i] {
			if used+o.width+minRest[i+1] > budget {
				break
			}
			chosen[i] = k
			search(i+1, used+o.width)
		}
	}
	search(0, 0)
	return best
}

// fill grows w towards want, sharing out what is left of budget evenly (water-filling).
func fill(w, want []int, budget int) []int {
	w = append([]int(nil), w...)
	extra := budget
	for _, x := range w {
		extra -= x
	}
	for extra > 0 {
		var wanting []int
		for i := range w {
			if w[i] < want[i] {
				wanting = append(wanting, i)
			}
		}
		if len(wanting) == 0 {
			break
		}
		share := extra / len(wanting)
		if share == 0 {
			for _, i := range wanting[:extra] {
				w[i]++
			}
			break
		}
		for _, i := range wanting {
			add := min(share, want[i]-w[i])
			w[i] += add
			extra -= add
		}
	}
	return w
}

// wrap breaks s into lines of at most w display columns. Text made of parts joined by " · "
// ("fine · CNIL · Clearview", "10 billion image · 001 nl") breaks between parts first; then
// at spaces; words longer than a line are cut.
func wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	if width(s) <= w {
		return []string{s}
	}
	var lines []string
	line := ""
	for _, part := range strings.Split(s, " · ") {
		switch {
		case line == "":
			line = part
		case width(line)+width(" · ")+width(part) <= w:
			line += " · " + part
		default:
			lines = append(lines, wrapWords(line, w)...)
			line = part
		}
	}
	return append(lines, wrapWords(line, w)...)
}

// wrapWords breaks s into lines of at most w display columns at spaces, cutting words longer
// than a line.
func wrapWords(s string, w int) []string {
	if width(s) <= w {
		return []string{s}
	}
	var lines []string
	line, lineW := "", 0
	for _, word := range strings.Fields(s) {
		ww := width(word)
		for ww > w { // a word longer than a line: cut it
			if line != "" {
				lines = append(lines, line)
				line, lineW = "", 0
			}
			head := cutWidth(word, w)
			lines = append(lines, head)
			word = word[len(head):]
			ww = width(word)
		}
		switch {
		case word == "":
		case line == "":
			line, lineW = word, ww
		case lineW+1+ww <= w:
			line, lineW = line+" "+word, lineW+1+ww
		default:
			lines = append(lines, line)
			line, lineW = word, ww
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// cutWidth returns the longest prefix of s (at least one rune) at most w columns wide.
func cutWidth(s string, w int) string {
	used, end := 0, 0
	for i, r := range s {
		rw := width(string(r))
		if used+rw > w && end > 0 {
			break
		}
		used += rw
		end = i + utf8.RuneLen(r)
	}
	return s[:end]
}

// padRight pads s with spaces to w display columns.
func padRight(s string, w int) string {
	if d := w - width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// painter adds ANSI colour when true, and nothing at all when false.
type painter bool

func (p painter) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p painter) bold(s string) string { return p.paint("1", s) }

// severity colours s by a contradiction's severity: high red, medium yellow.
func (p painter) severity(sev, s string) string {
	switch sev {
	case reconcile.SeverityHigh:
		return p.paint("31", s)
	case reconcile.SeverityMedium:
		return p.paint("33", s)
	}
	return s
}
