package format

import (
	"bytes"
	"html/template"

	"github.com/crosscheck/crosscheck/reconcile"
)

// htmlFormat writes the report as one self-contained HTML page (inline CSS, no scripts, no
// external resources) that can be mailed or attached to a story: the same sections as the
// Markdown, with each claim marked in its sentence. All text goes through html/template.
type htmlFormat struct{}

func (htmlFormat) report(buf *bytes.Buffer, r reconcile.Report, _ Options) error {
	v := newView(r)
	for i := range v.Contradictions {
		for k, q := range v.Contradictions[i].Quotes {
			v.Contradictions[i].Quotes[k] = q.cut(quoteWidthHTML)
		}
	}
	return htmlPage.Execute(buf, v)
}

var htmlPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"plural": plural,
}).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>crosscheck report</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid #ddd; }
.summary { color: #444; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #e6e6e6; }
th { font-size: .75rem; letter-spacing: .05em; color: #555; border-bottom: 2px solid #ccc; }
td.num { text-align: right; }
.sev { font-weight: 600; border-radius: 3px; padding: 0 .35rem; }
.sev-high { background: #fde2e1; color: #9b1111; }
.sev-medium { background: #fff1c2; color: #6d4c00; }
.sev-low { background: #e8edf7; color: #2c3e66; }
ol.details > li { margin: 1rem 0; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid #ccc; color: #333; }
mark { background: #fff0a0; padding: 0 .1rem; }
.src { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #555; }
.side { color: #555; font-size: .85em; }
</style>
</head>
<body>
<h1>crosscheck report</h1>
<p class="summary">{{.Summary}}</p>
{{- if .Corpus}}
<p class="summary">Corpus: {{.Corpus}}</p>
{{- end}}

<h2>Contradictions</h2>
{{- if .Contradictions}}
<table>
<thead><tr><th>#</th><th>FACT</th><th>TYPE</th><th>SEV</th><th>OUTLIER</th><th>MAJORITY</th></tr></thead>
<tbody>
{{- range .Contradictions}}
<tr><td class="num"><a href="#c{{.N}}">{{.N}}</a></td><td>{{.Fact}}</td><td>{{.Type}}</td><td><span class="sev sev-{{.Severity}}">{{.Severity}}</span></td><td>{{.Outlier}}</td><td>{{.Majority}}</td></tr>
{{- end}}
</tbody>
</table>
<ol class="details">
{{- range .Contradictions}}
<li id="c{{.N}}"><strong>{{.Fact}}</strong> ({{.Type}}, severity <span class="sev sev-{{.Severity}}">{{.Severity}}</span>): {{.Explanation}}
{{- range .Quotes}}{{if .OK}}
<blockquote><span class="side">{{.Side}}</span> <span class="src">{{.Source}}</span><br><span{{if .Lang}} lang="{{.Lang}}"{{end}}>“{{.Before}}<mark>{{.Mark}}</mark>{{.After}}”</span></blockquote>
{{- end}}{{end}}
</li>
{{- end}}
</ol>
{{- else}}
<p>No contradictions found.</p>
{{- end}}

<h2>Facts that agree</h2>
{{- if .Agreeing}}
<table>
<thead><tr><th>FACT</th><th>READING</th><th>ARTICLES</th></tr></thead>
<tbody>
{{- range .Agreeing}}
<tr><td>{{.Label}}</td><td>{{.Reading}}</td><td>{{.Articles}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>No fact is stated alike by several articles.</p>
{{- end}}

<h2>Single facts</h2>
{{- if .Singles}}
<p>{{plural (len .Singles) "fact"}} stated by one article only.</p>
<table>
<thead><tr><th>FACT</th><th>READING</th><th>ARTICLE</th></tr></thead>
<tbody>
{{- range .Singles}}
<tr><td>{{.Label}}</td><td>{{.Reading}}</td><td>{{.Sources}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>Every fact is stated by more than one article.</p>
{{- end}}
{{- if .Articles}}

<h2>Articles</h2>
<table>
<thead><tr><th>ID</th><th>LANG</th><th>TITLE</th><th>SOURCE</th></tr></thead>
<tbody>
{{- range .Articles}}
<tr><td class="src" title="{{.ID}}">{{.Short}}</td><td>{{.Lang}}</td><td{{if ne .Lang "?"}} lang="{{.Lang}}"{{end}}>{{.Title}}</td><td class="src">{{.Source}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</body>
</html>
`))
