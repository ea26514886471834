package format

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/reconcile"
)

// markdownFormat writes the report as GitHub-flavoured Markdown, for an issue, a wiki page or
// a newsroom chat: the summary, the contradictions with their quotes, the facts that agree,
// the single facts and the articles.
type markdownFormat struct{}

func (markdownFormat) report(buf *bytes.Buffer, r reconcile.Report, _ Options) error {
	v := newView(r)
	buf.WriteString("# crosscheck report\n\n")
	fmt.Fprintf(buf, "%s\n", mdText(v.Summary))
	if v.Corpus != "" {
		fmt.Fprintf(buf, "\nCorpus: %s\n", mdText(v.Corpus))
	}

	buf.WriteString("\n## Contradictions\n\n")
	if len(v.Contradictions) == 0 {
		buf.WriteString("No contradictions found.\n")
	} else {
		rows := make([][]string, len(v.Contradictions))
		for i, c := range v.Contradictions {
			rows[i] = []string{fmt.Sprint(c.N), c.Fact, c.Type, c.Severity, c.Outlier, c.Majority}
		}
		mdTable(buf, []string{"#", "FACT", "TYPE", "SEV", "OUTLIER", "MAJORITY"}, rows)
		buf.WriteString("\n")
		for _, c := range v.Contradictions {
			fmt.Fprintf(buf, "%d. **%s** (%s, severity %s): %s\n", c.N, mdText(c.Fact), mdText(c.Type),
				mdText(c.Severity), mdText(c.Explanation))
			for _, q := range c.Quotes {
				if !q.OK {
					continue
				}
				q = q.cut(quoteWidthMarkdown)
				fmt.Fprintf(buf, "   - %s %s: “%s**%s**%s”\n", q.Side, mdCode(q.Source),
					mdText(q.Before), mdText(q.Mark), mdText(q.After))
			}
		}
	}

	buf.WriteString("\n## Facts that agree\n\n")
	if len(v.Agreeing) == 0 {
		buf.WriteString("No fact is stated alike by several articles.\n")
	} else {
		rows := make([][]string, len(v.Agreeing))
		for i, f := range v.Agreeing {
			rows[i] = []string{f.Label, f.Reading, f.Articles}
		}
		mdTable(buf, []string{"FACT", "READING", "ARTICLES"}, rows)
	}

	buf.WriteString("\n## Single facts\n\n")
	if len(v.Singles) == 0 {
		buf.WriteString("Every fact is stated by more than one article.\n")
	} else {
		fmt.Fprintf(buf, "%s stated by one article only.\n\n", plural(len(v.Singles), "fact"))
		rows := make([][]string, len(v.Singles))
		for i, f := range v.Singles {
			rows[i] = []string{f.Label, f.Reading, f.Sources}
		}
		mdTable(buf, []string{"FACT", "READING", "ARTICLE"}, rows)
	}

	if len(v.Articles) > 0 {
		buf.WriteString("\n## Articles\n\n")
		rows := make([][]string, len(v.Articles))
		for i, a := range v.Articles {
			rows[i] = []string{mdCellCode(a.Short), mdCell(a.Lang), mdCell(a.Title), mdCellCode(a.Source)}
		}
		mdRawTable(buf, []string{"ID", "LANG", "TITLE", "SOURCE"}, rows)
	}
	return nil
}

// mdTable writes a GitHub-flavoured table of plain text; cells are escaped here.
func mdTable(buf *bytes.Buffer, header []string, rows [][]string) {
	esc := make([][]string, len(rows))
	for r, row := range rows {
		esc[r] = make([]string, len(row))
		for i, s := range row {
			esc[r][i] = mdCell(s)
		}
	}
	mdRawTable(buf, header, esc)
}

// mdRawTable writes a GitHub-flavoured table of cells that are Markdown already.
func mdRawTable(buf *bytes.Buffer, header []string, rows [][]string) {
	cells := func(row []string) {
		buf.WriteString("|")
		for i := range header {
			s := ""
			if i < len(row) {
				s = row[i]
			}
			buf.WriteString(" " + s + " |")
		}
		buf.WriteString("\n")
	}
	cells(header)
	buf.WriteString("|")
	for range header {
		buf.WriteString(" --- |")
	}
	buf.WriteString("\n")
	for _, row := range rows {
		cells(row)
	}
}

// mdEscaper backslash-escapes the characters that Markdown (and a table) would read as
// syntax or HTML; everything else is left as written.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "&", `\&`,
)

// mdText escapes text for Markdown, on one line.
func mdText(s string) string { return mdEscaper.Replace(clean(s)) }

// mdCell escapes text for a table cell: like mdText, and a line break becomes <br>.
func mdCell(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = mdText(l)
	}
	return strings.Join(lines, "<br>")
}

// mdCode writes s as inline code.
func mdCode(s string) string {
	return "`" + strings.ReplaceAll(clean(s), "`", "'") + "`"
}

// mdCellCode writes s as inline code in a table cell, where even code needs "|" escaped.
func mdCellCode(s string) string { return strings.ReplaceAll(mdCode(s), "|", `\|`) }
