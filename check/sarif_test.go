package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) cannot be fetched here: no Go module
// carries it. sarifDefs transcribes, for every object crosscheck writes, what the schema says of
// it: its properties (the schema forbids others: additionalProperties is false), the required
// ones, and the kind, enumeration or minimum of each value. validateSARIF checks a log against it.
type sarifProp struct {
	kind string // object definition name, "string", "uri", "uri-reference", "int", "bool", "array:<def>", "map:string", "bag", "any"
	min  *int
	enum []string
}

type sarifDef struct {
	props    map[string]sarifProp
	required []string
	anyOf    [][]string // at least one of these sets must be present in full
}

func minInt(n int) *int { return &n }

var sarifDefs = map[string]sarifDef{
	"sarifLog": {required: []string{"version", "runs"}, props: map[string]sarifProp{
		"$schema": {kind: "uri"}, "version": {kind: "string", enum: []string{"2.1.0"}},
		"runs": {kind: "array:run"}, "inlineExternalProperties": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"run": {required: []string{"tool"}, props: map[string]sarifProp{
		"tool": {kind: "tool"}, "invocations": {kind: "array:invocation"}, "conversion": {kind: "any"},
		"language": {kind: "string"}, "versionControlProvenance": {kind: "any"}, "originalUriBaseIds": {kind: "any"},
		"artifacts": {kind: "any"}, "logicalLocations": {kind: "any"}, "graphs": {kind: "any"}, "results": {kind: "array:result"},
		"automationDetails": {kind: "any"}, "runAggregates": {kind: "any"}, "baselineGuid": {kind: "string"},
		"redactionTokens": {kind: "any"}, "defaultEncoding": {kind: "string"}, "defaultSourceLanguage": {kind: "string"},
		"newlineSequences": {kind: "any"}, "columnKind": {kind: "string", enum: []string{"utf16CodeUnits", "unicodeCodePoints"}},
		"externalPropertyFileReferences": {kind: "any"}, "threadFlowLocations": {kind: "any"}, "taxonomies": {kind: "any"},
		"addresses": {kind: "any"}, "translations": {kind: "any"}, "policies": {kind: "any"}, "webRequests": {kind: "any"},
		"webResponses": {kind: "any"}, "specialLocations": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"tool": {required: []string{"driver"}, props: map[string]sarifProp{
		"driver": {kind: "toolComponent"}, "extensions": {kind: "array:toolComponent"}, "properties": {kind: "bag"},
	}},
	"toolComponent": {required: []string{"name"}, props: map[string]sarifProp{
		"guid": {kind: "string"}, "name": {kind: "string"}, "organization": {kind: "string"}, "product": {kind: "string"},
		"productSuffix": {kind: "string"}, "shortDescription": {kind: "multiformatMessageString"},
		"fullDescription": {kind: "multiformatMessageString"}, "fullName": {kind: "string"}, "version": {kind: "string"},
		"semanticVersion": {kind: "string"}, "dottedQuadFileVersion": {kind: "string"}, "releaseDateUtc": {kind: "string"},
		"downloadUri": {kind: "uri"}, "informationUri": {kind: "uri"}, "globalMessageStrings": {kind: "any"},
		"notifications": {kind: "array:reportingDescriptor"}, "rules": {kind: "array:reportingDescriptor"},
		"taxa": {kind: "array:reportingDescriptor"}, "locations": {kind: "any"}, "language": {kind: "string"},
		"contents": {kind: "any"}, "isComprehensive": {kind: "bool"}, "localizedDataSemanticVersion": {kind: "string"},
		"minimumRequiredLocalizedDataSemanticVersion": {kind: "string"}, "associatedComponent": {kind: "any"},
		"translationMetadata": {kind: "any"}, "supportedTaxonomies": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"reportingDescriptor": {required: []string{"id"}, props: map[string]sarifProp{
		"id": {kind: "string"}, "deprecatedIds": {kind: "any"}, "guid": {kind: "string"}, "deprecatedGuids": {kind: "any"},
		"name": {kind: "string"}, "deprecatedNames": {kind: "any"}, "shortDescription": {kind: "multiformatMessageString"},
		"fullDescription": {kind: "multiformatMessageString"}, "messageStrings": {kind: "any"},
		"defaultConfiguration": {kind: "reportingConfiguration"}, "helpUri": {kind: "uri"},
		"help": {kind: "multiformatMessageString"}, "relationships": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"reportingConfiguration": {props: map[string]sarifProp{
		"enabled": {kind: "bool"}, "level": {kind: "string", enum: []string{"none", "note", "warning", "error"}},
		"rank": {kind: "any"}, "parameters": {kind: "bag"}, "properties": {kind: "bag"},
	}},
	"multiformatMessageString": {required: []string{"text"}, props: map[string]sarifProp{
		"text": {kind: "string"}, "markdown": {kind: "string"}, "properties": {kind: "bag"},
	}},
	"message": {anyOf: [][]string{{"text"}, {"id"}}, props: map[string]sarifProp{
		"text": {kind: "string"}, "markdown": {kind: "string"}, "id": {kind: "string"}, "arguments": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"invocation": {required: []string{"executionSuccessful"}, props: map[string]sarifProp{
		"commandLine": {kind: "string"}, "arguments": {kind: "any"}, "responseFiles": {kind: "any"},
		"startTimeUtc": {kind: "string"}, "endTimeUtc": {kind: "string"}, "exitCode": {kind: "int"},
		"ruleConfigurationOverrides": {kind: "any"}, "notificationConfigurationOverrides": {kind: "any"},
		"toolExecutionNotifications": {kind: "array:notification"}, "toolConfigurationNotifications": {kind: "array:notification"},
		"exitCodeDescription": {kind: "string"}, "exitSignalName": {kind: "string"}, "exitSignalNumber": {kind: "int"},
		"processStartFailureMessage": {kind: "string"}, "executionSuccessful": {kind: "bool"}, "machine": {kind: "string"},
		"account": {kind: "string"}, "processId": {kind: "int"}, "executableLocation": {kind: "any"},
		"workingDirectory": {kind: "any"}, "environmentVariables": {kind: "any"}, "stdin": {kind: "any"}, "stdout": {kind: "any"},
		"stderr": {kind: "any"}, "stdoutStderr": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"notification": {required: []string{"message"}, props: map[string]sarifProp{
		"locations": {kind: "array:location"}, "message": {kind: "message"},
		"level": {kind: "string", enum: []string{"none", "note", "warning", "error"}}, "threadId": {kind: "int"},
		"timeUtc": {kind: "string"}, "exception": {kind: "any"}, "descriptor": {kind: "any"}, "associatedRule": {kind: "any"},
		"properties": {kind: "bag"},
	}},
	"result": {required: []string{"message"}, props: map[string]sarifProp{
		"ruleId": {kind: "string"}, "ruleIndex": {kind: "int", min: minInt(-1)}, "rule": {kind: "any"},
		"kind":  {kind: "string", enum: []string{"notApplicable", "pass", "fail", "review", "open", "informational"}},
		"level": {kind: "string", enum: []string{"none", "note", "warning", "error"}}, "message": {kind: "message"},
		"analysisTarget": {kind: "artifactLocation"}, "locations": {kind: "array:location"}, "guid": {kind: "string"},
		"correlationGuid": {kind: "string"}, "occurrenceCount": {kind: "int", min: minInt(1)},
		"partialFingerprints": {kind: "map:string"}, "fingerprints": {kind: "map:string"}, "stacks": {kind: "any"},
		"codeFlows": {kind: "any"}, "graphs": {kind: "any"}, "graphTraversals": {kind: "any"},
		"relatedLocations": {kind: "array:location"}, "suppressions": {kind: "any"},
		"baselineState": {kind: "string", enum: []string{"new", "unchanged", "updated", "absent"}}, "rank": {kind: "any"},
		"attachments": {kind: "any"}, "hostedViewerUri": {kind: "uri"}, "workItemUris": {kind: "any"}, "provenance": {kind: "any"},
		"fixes": {kind: "any"}, "taxa": {kind: "any"}, "webRequest": {kind: "any"}, "webResponse": {kind: "any"},
		"properties": {kind: "bag"},
	}},
	"location": {props: map[string]sarifProp{
		"id": {kind: "int", min: minInt(-1)}, "physicalLocation": {kind: "physicalLocation"}, "logicalLocations": {kind: "any"},
		"message": {kind: "message"}, "annotations": {kind: "any"}, "relationships": {kind: "any"}, "properties": {kind: "bag"},
	}},
	"physicalLocation": {anyOf: [][]string{{"address"}, {"artifactLocation"}}, props: map[string]sarifProp{
		"address": {kind: "any"}, "artifactLocation": {kind: "artifactLocation"}, "region": {kind: "region"},
		"contextRegion": {kind: "region"}, "properties": {kind: "bag"},
	}},
	"artifactLocation": {props: map[string]sarifProp{
		"uri": {kind: "uri-reference"}, "uriBaseId": {kind: "string"}, "index": {kind: "int", min: minInt(-1)},
		"description": {kind: "message"}, "properties": {kind: "bag"},
	}},
	"region": {props: map[string]sarifProp{
		"startLine": {kind: "int", min: minInt(1)}, "startColumn": {kind: "int", min: minInt(1)},
		"endLine": {kind: "int", min: minInt(1)}, "endColumn": {kind: "int", min: minInt(1)},
		"charOffset": {kind: "int", min: minInt(-1)}, "charLength": {kind: "int", min: minInt(0)},
		"byteOffset": {kind: "int", min: minInt(-1)}, "byteLength": {kind: "int", min: minInt(0)},
		"snippet": {kind: "artifactContent"}, "message": {kind: "message"}, "sourceLanguage": {kind: "string"},
		"properties": {kind: "bag"},
	}},
	"artifactContent": {props: map[string]sarifProp{
		"text": {kind: "string"}, "binary": {kind: "string"}, "rendered": {kind: "multiformatMessageString"}, "properties": {kind: "bag"},
	}},
}

// uriUnreserved: the characters RFC 3986 allows unescaped in a URI reference.
const uriChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"

func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	for _, e := range sarifErrors(t, data) {
		t.Error(e)
	}
}

// sarifErrors returns what in data breaks the SARIF 2.1.0 schema.
func sarifErrors(t *testing.T, data []byte) []string {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	var errs []string
	var walk func(v any, kind, at string)
	walk = func(v any, kind, at string) {
		bad := func(format string, args ...any) { errs = append(errs, at+": "+fmt.Sprintf(format, args...)) }
		switch {
		case kind == "any" || kind == "bag":
			if _, ok := v.(map[string]any); kind == "bag" && !ok {
				bad("a property bag must be an object")
			}
		case kind == "string" || kind == "uri" || kind == "uri-reference":
			s, ok := v.(string)
			if !ok {
				bad("want a string, got %T", v)
				return
			}
			if kind != "string" {
				for _, r := range s {
					if !strings.ContainsRune(uriChars, r) {
						bad("%q is not a URI reference (character %q)", s, r)
						break
					}
				}
				if kind == "uri" && !strings.Contains(s, ":") {
					bad("%q is not an absolute URI", s)
				}
			}
		case kind == "int":
			f, ok := v.(float64)
			if !ok || f != float64(int64(f)) {
				bad("want an integer, got %v", v)
			}
		case kind == "bool":
			if _, ok := v.(bool); !ok {
				bad("want a boolean, got %T", v)
			}
		case strings.HasPrefix(kind, "array:"):
			l, ok := v.([]any)
			if !ok {
				bad("want an array, got %T", v)
				return
			}
			for i, x := range l {
				walk(x, kind[6:], fmt.Sprintf("%s[%d]", at, i))
			}
		case kind == "map:string":
			m, ok := v.(map[string]any)
			if !ok {
				bad("want an object")
				return
			}
			for k, x := range m {
				walk(x, "string", at+"."+k)
			}
		default:
			def, ok := sarifDefs[kind]
			if !ok {
				t.Fatalf("no definition %s", kind)
			}
			m, ok := v.(map[string]any)
			if !ok {
				bad("want a %s object, got %T", kind, v)
				return
			}
			for _, r := range def.required {
				if _, ok := m[r]; !ok {
					bad("%s lacks required property %q", kind, r)
				}
			}
			if len(def.anyOf) > 0 {
				found := false
				for _, set := range def.anyOf {
					all := true
					for _, k := range set {
						if _, ok := m[k]; !ok {
							all = false
						}
					}
					found = found || all
				}
				if !found {
					bad("%s needs one of %v", kind, def.anyOf)
				}
			}
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				p, ok := def.props[k]
				if !ok {
					bad("%s has no property %q (additionalProperties is false)", kind, k)
					continue
				}
				walk(m[k], p.kind, at+"."+k)
				if p.enum != nil {
					if s, _ := m[k].(string); !contains(p.enum, s) {
						bad("%s.%s = %v, not one of %v", kind, k, m[k], p.enum)
					}
				}
				if f, ok := m[k].(float64); ok && p.min != nil && f < float64(*p.min) {
					bad("%s.%s = %v, below the minimum %d", kind, k, f, *p.min)
				}
			}
			if kind == "region" {
				sl, _ := m["startLine"].(float64)
				el, _ := m["endLine"].(float64)
				sc, _ := m["startColumn"].(float64)
				ec, _ := m["endColumn"].(float64)
				if el < sl || el == sl && ec < sc {
					bad("region ends before it starts: %v", m)
				}
			}
		}
	}
	walk(doc, "sarifLog", "$")
	// rule indexes point at the rule they name
	log := doc.(map[string]any)
	for _, run := range log["runs"].([]any) {
		rules := run.(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)
		results, _ := run.(map[string]any)["results"].([]any)
		for i, r := range results {
			r := r.(map[string]any)
			k := int(r["ruleIndex"].(float64))
			if k < 0 || k >= len(rules) || rules[k].(map[string]any)["id"] != r["ruleId"] {
				errs = append(errs, fmt.Sprintf("results[%d]: ruleIndex %d does not name rule %v", i, k, r["ruleId"]))
			}
		}
	}
	return errs
}

func TestSARIFValidatorRejects(t *testing.T) {
	bad := `{"version": "2.0.0", "runs": [{"tool": {"driver": {"rules": []}}, "columnKind": "bytes",
		"results": [{"ruleId": "value", "ruleIndex": 0, "level": "fatal", "message": {},
		"locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b.txt"}, "region": {"startLine": 0}}}], "extra": 1}]}]}`
	errs := strings.Join(sarifErrors(t, []byte(bad)), "\n")
	for _, want := range []string{"version = 2.0.0", `lacks required property "name"`, "columnKind = bytes", "level = fatal",
		"message needs one of", `not a URI reference`, "below the minimum 1", `no property "extra"`, "ruleIndex 0 does not name"} {
		if !strings.Contains(errs, want) {
			t.Errorf("validator misses %q; it says:\n%s", want, errs)
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestSARIFValid(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", fixture()); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, buf.Bytes())

	// the file, line and column of each claim, and the passage it contradicts
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0].Results[1]
	loc := r.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "drafts/clash,%20100%25.txt" || loc.Region.StartLine != 2 || loc.Region.StartColumn != 5 || loc.Region.ByteOffset != 60 || loc.Region.ByteLength != 20 {
		t.Errorf("location = %+v %+v", loc.ArtifactLocation, loc.Region)
	}
	if len(r.RelatedLocations) != 2 || r.RelatedLocations[1].PhysicalLocation.ArtifactLocation.URI != "articles/haven-nl.txt" || r.RelatedLocations[1].PhysicalLocation.Region.StartColumn != 56 {
		t.Errorf("related = %+v", r.RelatedLocations)
	}
	if log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "%3Cstdin%3E" {
		t.Errorf("stdin uri = %s", log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	if log.Runs[0].Invocations[0].ExecutionSuccessful || len(log.Runs[0].Invocations[0].ToolExecutionNotifications) != 1 {
		t.Errorf("invocation = %+v", log.Runs[0].Invocations[0])
	}

	// an empty result is valid too
	buf.Reset()
	Write(&buf, "sarif", Result{FailLevel: "high"})
	validateSARIF(t, buf.Bytes())
	if !strings.Contains(buf.String(), `"results": []`) {
		t.Error("an empty run must still say results: [] (no results is not unknown results)")
	}
}

// A real check's SARIF, with offsets from extraction.
func TestSARIFFromCheck(t *testing.T) {
	res := run(t, []Article{newArticle(t, "drafts/clash.txt", clashText)}, corpus(t), Options{})
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", res); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, buf.Bytes())
}
