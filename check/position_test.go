package check

import "testing"

func TestPositionOf(t *testing.T) {
	text := "Titre\nUne amende de 7,5 M€.\r\nÀ Paris: 20 €"
	tests := []struct {
		off  int
		want Position
	}{
		{0, Position{1, 1}},
		{5, Position{1, 6}},   // the newline itself ends line 1
		{6, Position{2, 1}},   // first byte of line 2
		{20, Position{2, 15}}, // "7,5" starts after "Une amende de "
		{len("Titre\nUne amende de 7,5 M€.\r\n"), Position{3, 1}},
		{len("Titre\nUne amende de 7,5 M€.\r\nÀ Paris: "), Position{3, 10}}, // À is one character
		{len(text), Position{3, 14}},
		{len(text) + 50, Position{3, 14}}, // clamped
		{-3, Position{1, 1}},
		{len("Titre\nUne amende de 7,5 M") + 1, Position{2, 20}}, // inside €: counts as €
	}
	for _, tt := range tests {
		if got := PositionOf(text, tt.off); got != tt.want {
			t.Errorf("PositionOf(%d) = %+v, want %+v", tt.off, got, tt.want)
		}
	}
}

func TestSpanOf(t *testing.T) {
	text := "a\nbé 20 c"
	s := SpanOf(text, 6, 8)
	if s.From != (Position{2, 4}) || s.To != (Position{2, 6}) || s.Start != 6 || s.End != 8 {
		t.Errorf("SpanOf = %+v", s)
	}
	// hostile offsets: reversed, out of range
	s = SpanOf(text, 9, 3)
	if s.Start != 9 || s.End != 9 {
		t.Errorf("reversed span = %+v", s)
	}
	s = SpanOf(text, 100, 200)
	if s.Start != len(text) || s.End != len(text) {
		t.Errorf("out-of-range span = %+v", s)
	}
}
