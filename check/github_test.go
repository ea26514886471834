package check

import "testing"

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain text", "plain text", "plain text"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"line 1\nline 2", "line 1%0Aline 2", "line 1%0Aline 2"},
		{"crlf\r\n", "crlf%0D%0A", "crlf%0D%0A"},
		{"a: b, c", "a: b, c", "a%3A b%2C c"},
		{"%0A literal", "%250A literal", "%250A literal"}, // % first, so an escape is never doubled
		{"C:\\drafts\\a,b.txt", "C:\\drafts\\a,b.txt", "C%3A\\drafts\\a%2Cb.txt"},
	}
	for _, tt := range tests {
		if got := ghData(tt.in); got != tt.data {
			t.Errorf("ghData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghProperty(tt.in); got != tt.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}
