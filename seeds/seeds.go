// Package seeds holds the sample corpus: five articles, in Indonesian, Dutch, English and French,
// about the fines imposed on Clearview AI. It is the corpus `crosscheck report` uses when no
// index exists, and the fixture of the end-to-end tests.
package seeds

import "embed"

// FS holds the seed articles (*.txt, first line the headline).
//
//go:embed *.txt
var FS embed.FS
