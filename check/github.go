package check

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeGitHub writes GitHub Actions workflow commands, one per finding, so that each shows on the
// line of the article that states it in a pull request's diff:
//
//	::error file=drafts/a.txt,line=2,endLine=2,col=5,endColumn=19,title=crosscheck: value (high)::…
//
// Findings at or above the fail level are errors; the others warnings (high, medium) or notices
// (low). Inputs that could not be read are errors on their file.
func writeGitHub(w io.Writer, res Result) error {
	bw := bufio.NewWriter(w)
	for _, e := range res.Errors {
		fmt.Fprintf(bw, "::error file=%s,title=%s::%s\n", ghProperty(cleanPath(e.Path)), ghProperty("crosscheck: cannot check this file"), ghData(e.Message))
	}
	for _, f := range res.Findings {
		level := "warning"
		switch {
		case f.Fails:
			level = "error"
		case f.Severity == "low":
			level = "notice"
		}
		props := []string{
			"file=" + ghProperty(cleanPath(f.Path)),
			fmt.Sprintf("line=%d", f.Span.From.Line),
			fmt.Sprintf("endLine=%d", f.Span.To.Line),
		}
		if f.Span.From.Line == f.Span.To.Line {
			// GitHub takes columns only on one line
			props = append(props, fmt.Sprintf("col=%d", f.Span.From.Column), fmt.Sprintf("endColumn=%d", f.Span.To.Column))
		}
		props = append(props, "title="+ghProperty(fmt.Sprintf("crosscheck: %s contradiction (%s)", f.Type, f.Severity)))
		var msg strings.Builder
		msg.WriteString(message(f))
		for _, p := range f.Against.Passages {
			fmt.Fprintf(&msg, "\n%s (%s:%d): «%s»", p.Article, p.Path, p.Span.From.Line, p.Quote)
		}
		msg.WriteString("\n" + f.Explanation)
		fmt.Fprintf(bw, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(msg.String()))
	}
	return bw.Flush()
}

// ghData escapes a workflow command's message as the GitHub Actions toolkit does (escapeData).
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value (escapeProperty): also : and ,.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
