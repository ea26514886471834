// Package check is crosscheck check, the CI gate: it finds the corpus articles that new articles
// may contradict through the index (Candidates, never a full scan), reconciles the new articles
// with them (Check), keeps the contradictions a new article is part of, applies the config's
// severities and ignores and the baseline (Baseline), and writes the findings in one of the formats
// CI systems read (Write: text, json, github workflow commands, SARIF 2.1.0, JUnit XML; one file
// each). Findings carry line and column (in Unicode code points) and byte offsets of the claims.
package check
