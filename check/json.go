package check

import (
	"encoding/json"
	"io"
)

// JSONVersion is the version of the json format; fields are added freely, never renamed or dropped
// without a new version (REPORT_FORMAT.md).
const JSONVersion = 1

// writeJSON writes the result as one JSON document.
func writeJSON(w io.Writer, res Result) error {
	doc := struct {
		Version int  `json:"version"`
		Failed  bool `json:"failed"`
		Result
		Summary map[string]int `json:"summary"`
	}{Version: JSONVersion, Failed: res.Failed(), Result: res, Summary: res.Counts()}
	if doc.Articles == nil {
		doc.Articles = []Checked{}
	}
	if doc.Findings == nil {
		doc.Findings = []Finding{}
	}
	if doc.Errors == nil {
		doc.Errors = []InputError{}
	}
	for _, l := range Levels {
		doc.Summary[l] += 0
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
