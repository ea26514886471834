package command_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/command"
)

// TestCheckMachineFormats runs crosscheck check in this process and reads its junit output with
// encoding/xml and its SARIF and JSON with encoding/json, as CI servers would.
func TestCheckMachineFormats(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"articles/harbour-en.txt": "Rotterdam port fined after Botlek spill\nThe port authority of Rotterdam was fined 2 million euros on Monday after an oil spill at the Vopak terminal in Botlek.\n",
		"articles/port-fr.txt":    "Rotterdam : amende après la marée noire de Botlek\nL'autorité portuaire de Rotterdam a été condamnée lundi à une amende de 2 millions d'euros après une marée noire au terminal Vopak de Botlek.\n",
		"drafts/clash.txt":        "Rotterdam port authority fined\nThe Rotterdam port authority must pay a fine of 20 million euros after the oil spill at the Vopak terminal in Botlek.\n",
		"drafts/fine.txt":         "Rotterdam port authority fined\nThe Rotterdam port authority must pay a fine of 2 million euros after the oil spill at the Vopak terminal in Botlek.\n",
	}
	for p, text := range files {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("CROSSCHECK_INDEX", "")
	t.Setenv("CROSSCHECK_CONFIG", "")
	run := func(want int, args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		code := command.Run(context.Background(), append([]string{"crosscheck"}, args...), strings.NewReader(""), &out, &errb)
		if code != want {
			t.Fatalf("crosscheck %s: exit %d, want %d\nstderr: %s", strings.Join(args, " "), code, want, errb.String())
		}
		return out.String()
	}
	run(0, "add", "articles")

	// junit
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	out := run(1, "check", "--format", "junit", "drafts")
	if err := xml.Unmarshal([]byte(out), &suites); err != nil {
		t.Fatalf("junit is not XML: %v\n%s", err, out)
	}
	if suites.Tests != 2 || suites.Failures != 1 || len(suites.Suites) != 2 || suites.Suites[0].Name != "drafts/clash.txt" {
		t.Fatalf("junit = %+v", suites)
	}
	f := suites.Suites[0].Cases[0].Failure
	if f == nil || !strings.Contains(f.Text, "«The Rotterdam port authority must pay a fine of 20 million euros") || !strings.Contains(f.Text, "articles/harbour-en.txt:2:43") {
		t.Errorf("junit failure = %+v", f)
	}

	// sarif: the draft's place and the passages it contradicts
	var log struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn, EndColumn, ByteOffset, ByteLength int }
					}
				}
				RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	out = run(1, "check", "--format", "sarif", "drafts/clash.txt")
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0].Results[0]
	loc := r.Locations[0].PhysicalLocation
	text := files["drafts/clash.txt"]
	if log.Version != "2.1.0" || r.RuleID != "value" || r.Level != "error" || loc.ArtifactLocation.URI != "drafts/clash.txt" ||
		loc.Region.StartLine != 2 || loc.Region.StartColumn != 49 ||
		text[loc.Region.ByteOffset:loc.Region.ByteOffset+loc.Region.ByteLength] != "20 million euros" {
		t.Errorf("sarif result = %+v", r)
	}
	if len(r.RelatedLocations) != 2 || r.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "articles/harbour-en.txt" || r.RelatedLocations[0].PhysicalLocation.Region.StartColumn != 43 {
		t.Errorf("related = %+v", r.RelatedLocations)
	}

	// the same run twice: the same bytes
	if again := run(1, "check", "--format", "sarif", "drafts/clash.txt"); again != out {
		t.Error("sarif output differs between two runs")
	}
	if a, b := run(1, "check", "--format", "json", "drafts"), run(1, "check", "--format", "json", "drafts"); a != b {
		t.Error("json output differs between two runs")
	}
}
