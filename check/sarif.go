package check

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// SARIF 2.1.0 (OASIS), written by hand: only the objects crosscheck needs.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// FingerprintKey names crosscheck's fingerprint in a result's partialFingerprints.
	FingerprintKey = "crosscheckContradiction/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	DefaultConfiguration sarifRuleLevel `json:"defaultConfiguration"`
}

type sarifRuleLevel struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn"`
	EndLine     int        `json:"endLine"`
	EndColumn   int        `json:"endColumn"`
	ByteOffset  int        `json:"byteOffset"`
	ByteLength  int        `json:"byteLength"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifURI turns a path into a URI reference: relative paths stay relative (slashes, escaped),
// absolute ones become file: URIs.
func sarifURI(p string) string {
	p = cleanPath(p)
	if filepath.IsAbs(p) {
		return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
	}
	return (&url.URL{Path: p}).EscapedPath()
}

func sarifRegionOf(s Span, snippet string) *sarifRegion {
	return &sarifRegion{
		StartLine: s.From.Line, StartColumn: s.From.Column, EndLine: s.To.Line, EndColumn: s.To.Column,
		ByteOffset: s.Start, ByteLength: s.End - s.Start, Snippet: &sarifText{Text: snippet},
	}
}

func sarifLevel(f Finding) string {
	switch {
	case f.Fails:
		return "error"
	case f.Severity == "low":
		return "note"
	}
	return "warning"
}

// writeSARIF writes a SARIF 2.1.0 log: one rule per type of contradiction, one result per finding
// located on the new article's claim (line, column in Unicode code points, and byte offsets), with
// the passages it contradicts as related locations.
func writeSARIF(w io.Writer, res Result) error {
	types := typesOf(res)
	ruleIndex := map[string]int{}
	var rules []sarifRule
	for k, t := range types {
		ruleIndex[t] = k
		desc := typeDescriptions[t]
		if desc == "" {
			desc = "A contradiction of type " + t + "."
		}
		level := "error" // each result sets its own level from its severity and the fail level
		rules = append(rules, sarifRule{
			ID: t, Name: strings.ToUpper(t[:1]) + t[1:] + "Contradiction",
			ShortDescription: sarifText{Text: desc}, DefaultConfiguration: sarifRuleLevel{Level: level},
		})
	}
	inv := sarifInvocation{ExecutionSuccessful: len(res.Errors) == 0}
	for _, e := range res.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "error", Message: sarifText{Text: e.Message},
			Locations: []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: sarifURI(e.Path)}}}},
		})
	}
	results := make([]sarifResult, 0, len(res.Findings))
	for _, f := range res.Findings {
		r := sarifResult{
			RuleID: f.Type, RuleIndex: ruleIndex[f.Type], Level: sarifLevel(f),
			Message: sarifText{Text: message(f) + ". " + f.Explanation},
			Locations: []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: sarifURI(f.Path)},
				Region:           sarifRegionOf(f.Span, f.Text),
			}}},
			PartialFingerprints: map[string]string{FingerprintKey: f.Fingerprint},
			Properties: map[string]any{
				"severity": f.Severity, "fact": f.Fact, "reading": f.Reading, "against": f.Against.Reading,
				"article": f.Article, "outlier": f.Outlier,
			},
		}
		for k, p := range f.Against.Passages {
			id := k + 1
			r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
				ID: &id,
				PhysicalLocation: &sarifPhysicalLocation{
					ArtifactLocation: sarifArtifactLocation{URI: sarifURI(p.Path)},
					Region:           sarifRegionOf(p.Span, p.Text),
				},
				Message: &sarifText{Text: fmt.Sprintf("%s: «%s»", p.Article, p.Quote)},
			})
		}
		results = append(results, r)
	}
	log := sarifLog{
		Schema: sarifSchema, Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:        sarifTool{Driver: sarifDriver{Name: "crosscheck", InformationURI: "https://github.com/crosscheck/crosscheck", Rules: rules}},
			Invocations: []sarifInvocation{inv},
			ColumnKind:  "unicodeCodePoints",
			Results:     results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}
