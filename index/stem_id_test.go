package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/google/go-cmp/cmp"
)

func TestStemIndonesian(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		// the cases the seeds need
		{"didenda", []string{"denda"}},
		{"mendenda", []string{"denda"}},
		{"denda", []string{"denda"}},
		{"menjatuhkan", []string{"jatuh"}},
		{"dikenakan", []string{"kena"}},
		{"perusahaan", []string{"usaha"}},
		{"dilaporkan", []string{"lapor"}},
		{"gambar", []string{"gambar"}},
		// particles and possessives
		{"bukankah", []string{"bukan"}},
		{"datanya", []string{"data"}},
		{"perusahaannya", []string{"usaha"}},
		{"bukunya", []string{"buku"}},
		{"itulah", []string{"itu"}},
		{"salah", []string{"salah"}},                     // two syllables: left alone
		{"pemerintah", []string{"perintah", "merintah"}}, // -tah is not stripped (see StemIndonesian)
		// nasal prefixes, with both readings where the root's first letter is hidden
		{"menulis", []string{"tulis", "nulis"}},
		{"menyapu", []string{"sapu", "nyapu"}},
		{"memukul", []string{"pukul", "mukul"}},
		{"mengumpulkan", []string{"kumpul", "umpul"}},
		{"mengambil", []string{"kambil", "ambil"}},
		{"memberikan", []string{"beri"}},
		{"merusak", []string{"rusak"}},
		{"pengadilan", []string{"kadil", "adil"}},
		// second-order prefixes and confixes
		{"berusia", []string{"usia"}},
		{"bekerja", []string{"kerja"}},
		{"belajar", []string{"ajar"}},
		{"pelapor", []string{"lapor"}},
		{"termasuk", []string{"masuk"}},
		{"sekitar", []string{"kitar"}},
		{"keadilan", []string{"adil"}},
		// never below three letters
		{"dia", []string{"dia"}},
		{"diri", []string{"diri"}},
		{"kan", []string{"kan"}},
		// not a plain word
		{"covid-19", []string{"covid-19"}},
		{"2020", []string{"2020"}},
	}
	for _, tt := range tests {
		if got := StemIndonesian(tt.word); !cmp.Equal(got, tt.want) {
			t.Errorf("StemIndonesian(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestIndonesianAnalyzer runs the whole analyzer of a new index: tokens, lower case, stop
// words (kepada), stems, and the second reading of an ambiguous nasal at the same position.
func TestIndonesianAnalyzer(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(IndonesianAnalyzer)
	if a == nil {
		t.Fatalf("no analyzer %s", IndonesianAnalyzer)
	}
	type tok struct {
		Term string
		Pos  int
	}
	var got []tok
	for _, tk := range a.Analyze([]byte("Prancis menjatuhkan denda kepada perusahaan yang Mengumpulkan gambar")) {
		got = append(got, tok{string(tk.Term), tk.Position})
	}
	want := []tok{{"prancis", 1}, {"jatuh", 2}, {"denda", 3}, {"usaha", 5}, {"kumpul", 7}, {"umpul", 7}, {"gambar", 8}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

func TestStemFilterKeepsKeywords(t *testing.T) {
	in := analysis.TokenStream{{Term: []byte("didenda"), KeyWord: true, Position: 1}}
	if out := (stemIDFilter{}).Filter(in); string(out[0].Term) != "didenda" {
		t.Errorf("keyword token stemmed: %q", out[0].Term)
	}
}
