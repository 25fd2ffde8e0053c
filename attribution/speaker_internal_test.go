package attribution

import (
	"testing"
	"time"
)

// TestISODate checks isoDate against time.Format, at the edges of the years it writes out
// and beyond them.
func TestISODate(t *testing.T) {
	for _, y := range []int{-1, 0, 9, 99, 999, 1999, 2025, 9999, 10000} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {10, 9}, {12, 31}} {
			tm := time.Date(y, time.Month(md[0]), md[1], 23, 59, 0, 0, time.UTC)
			if got, want := isoDate(tm), tm.Format("2006-01-02"); got != want {
				t.Errorf("isoDate(%v) = %q, want %q", tm, got, want)
			}
		}
	}
}

// TestAsPronoun checks asPronoun's answers for pronouns, names, and the letters that
// lower-case to ASCII from more bytes.
func TestAsPronoun(t *testing.T) {
	for s, want := range map[string]string{
		"He": "he", "SHE": "she", "they": "they", "İt": "it", "İ": "i", "Obama": "", "Ann Lee": "",
		"İİİ": "", "théy": "", "HÉ": "hé",
	} {
		if got := asPronoun(s); got != want {
			t.Errorf("asPronoun(%q) = %q, want %q", s, got, want)
		}
	}
}
