package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const full = `# every key
index: ../corpus
fail_level: medium
baseline: baseline.json
ignore:
  facts: ["death*", "fine · FR"]
  articles: [wire-*.txt, archive/*]
concepts:
  nl: {strafbedrag: fine}
entities:
  en: {Hexagone: FR}
severities:
  currency: medium
  modality: "off"
`

func TestParseFull(t *testing.T) {
	cfg, err := Parse("conf/.crosscheck.yml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Index != "../corpus" || cfg.FailLevel != "medium" || cfg.Baseline != "baseline.json" {
		t.Errorf("cfg = %+v", cfg)
	}
	if len(cfg.Ignore.Facts) != 2 || cfg.Ignore.Articles[1] != "archive/*" {
		t.Errorf("ignore = %+v", cfg.Ignore)
	}
	if cfg.Concepts["nl"]["strafbedrag"] != "fine" || cfg.Entities["en"]["Hexagone"] != "FR" {
		t.Errorf("concepts %v entities %v", cfg.Concepts, cfg.Entities)
	}
	if cfg.Severities["currency"] != "medium" || cfg.Severities["modality"] != "off" {
		t.Errorf("severities = %v", cfg.Severities)
	}
	// paths are relative to the file
	if cfg.IndexDir() != "corpus" || cfg.BaselineFile() != filepath.Join("conf", "baseline.json") {
		t.Errorf("IndexDir %q, BaselineFile %q", cfg.IndexDir(), cfg.BaselineFile())
	}
	abs := &Config{Path: "a/b.yml", Index: "/srv/ix"}
	if abs.IndexDir() != "/srv/ix" || (&Config{}).IndexDir() != "" {
		t.Error("absolute or unset paths must be kept")
	}
}

func TestParseEmpty(t *testing.T) {
	for _, doc := range []string{"", "\n# only a comment\n", "---\n"} {
		cfg, err := Parse("x.yml", []byte(doc))
		if err != nil || cfg.Index != "" || cfg.Path != "x.yml" {
			t.Errorf("Parse(%q) = %+v, %v", doc, cfg, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"index: x\nfail-level: low\n", `.crosscheck.yml:2: unknown key "fail-level" (valid keys: baseline, concepts, entities, fail_level, ignore, index, severities); did you mean fail_level?`},
		{"colour: red\n", `.crosscheck.yml:1: unknown key "colour" (valid keys: baseline, concepts, entities, fail_level, ignore, index, severities)`},
		{"ignore:\n  facts: [x]\n  files: [y]\n", `.crosscheck.yml:3: unknown key "ignore.files" (valid keys under ignore: articles, facts)`},
		{"fail_level: critical\n", `.crosscheck.yml:1: fail_level "critical" is not a level (valid: high, medium, low)`},
		{"severities:\n  value: high\n  rounding: low\n", `.crosscheck.yml:3: severities: unknown contradiction type "rounding" (valid: conversion, currency, date, modality, scale, unit, value)`},
		{"severities:\n  value: urgent\n", `.crosscheck.yml:2: severities: value: "urgent" is not a level (valid: high, medium, low, off)`},
		{"concepts:\n  xx: {a: b}\n", `.crosscheck.yml:2: concepts: unknown language "xx" (languages: `},
		{"entities:\n  en:\n    Hexagone: France\n", `.crosscheck.yml:3: entities: en: "Hexagone": "France" is not a two-letter country code`},
		{"ignore:\n  facts: death\n", `.crosscheck.yml:2: cannot read !!str`},
		{"index: [a\n", `.crosscheck.yml:1: not valid YAML`},
		{"- a\n- b\n", `.crosscheck.yml:1: the config file must be a mapping of keys`},
		{"ignore:\n  articles: ['[']\n", `.crosscheck.yml:1: ignore: "[" is not a valid pattern`},
	}
	for _, tt := range tests {
		_, err := Parse(".crosscheck.yml", []byte(tt.doc))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%q):\n got  %v\n want %s…", tt.doc, err, tt.want)
		}
	}
}

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "a", FileName), []byte("fail_level: low\n"), 0o644)
	os.WriteFile(filepath.Join(root, "other.yml"), []byte("fail_level: medium\n"), 0o644)
	t.Setenv(EnvVar, "")

	p, err := Find(deep)
	if err != nil || p != filepath.Join(root, "a", FileName) {
		t.Errorf("Find = %q, %v", p, err)
	}
	cfg, err := Load(deep, "")
	if err != nil || cfg.FailLevel != "low" {
		t.Errorf("Load found = %+v, %v", cfg, err)
	}
	// the environment wins over the search, the flag over the environment
	t.Setenv(EnvVar, filepath.Join(root, "other.yml"))
	if cfg, err := Load(deep, ""); err != nil || cfg.FailLevel != "medium" {
		t.Errorf("Load env = %+v, %v", cfg, err)
	}
	if cfg, err := Load(deep, filepath.Join(root, "a", FileName)); err != nil || cfg.FailLevel != "low" {
		t.Errorf("Load flag = %+v, %v", cfg, err)
	}
	t.Setenv(EnvVar, "")
	// from the current folder: relative
	t.Chdir(deep)
	if p, err := Find("."); err != nil || p != filepath.Join("..", "..", FileName) {
		t.Errorf("Find(.) = %q, %v", p, err)
	}
	// an explicit file that does not exist is an error naming it
	if _, err := Load(deep, "nope.yml"); err == nil || !strings.Contains(err.Error(), "nope.yml: cannot read the config file: no such file or directory") {
		t.Errorf("Load missing = %v", err)
	}
}

// yaml.v3 reads YAML 1.2: a bare off is the string "off", not false.
func TestOffUnquoted(t *testing.T) {
	cfg, err := Parse("x.yml", []byte("severities:\n  date: off\n  value: high\n"))
	if err != nil || cfg.Severities["date"] != "off" {
		t.Fatalf("unquoted off: %+v, %v", cfg, err)
	}
}
