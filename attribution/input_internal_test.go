package attribution

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestPlainText checks plainText against its definition, no byte below 0x20 and valid UTF-8,
// on every string of up to two of a set of bytes, at every offset of blocks of ASCII.
func TestPlainText(t *testing.T) {
	bytes := []byte{'a', 0x1f, 0x20, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xe2, 0xec, 0xed,
		0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9c, 0xa0}
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 {
				return false
			}
		}
		return utf8.ValidString(s)
	}
	var seqs []string
	for _, a := range bytes {
		seqs = append(seqs, string([]byte{a}))
		for _, b := range bytes {
			for _, c := range []byte{0x80, 0x9c, 'a'} {
				seqs = append(seqs, string([]byte{a, b}), string([]byte{a, b, c}), string([]byte{a, b, c, 0x80}))
			}
		}
	}
	seqs = append(seqs, "“", "—", "é", "😀", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf4\x90\x80\x80")
	for _, seq := range seqs {
		for pre := 0; pre <= 33; pre++ {
			for _, post := range []int{0, 1, 15, 20} {
				s := strings.Repeat("x", pre) + seq + strings.Repeat("y", post) + seq
				if got := plainText([]byte(s)); got != want(s) {
					t.Fatalf("plainText(%q) = %v, want %v", s, got, want(s))
				}
			}
		}
	}
}

// TestParseDate checks parseDate against time.Parse(time.DateOnly, s): every day of the month
// numbers 00 to 13 and day numbers 00 to 32 of years around the leap-year rules, and strings of
// other shapes.
func TestParseDate(t *testing.T) {
	var ss []string
	for _, y := range []string{"0000", "0001", "1900", "1999", "2000", "2004", "2015", "2023", "2024", "2100", "9999"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				ss = append(ss, y+"-"+two(m)+"-"+two(d))
			}
		}
	}
	ss = append(ss, "", "2015", "2015-1-02", "2015-01-2", "15-01-02", "2015/01/02", "2015-01-02 ",
		" 2015-01-02", "2015-01-02T00:00:00Z", "+015-01-02", "-015-01-02", "2015-+1-02", "2015-01-+2",
		"2015-0a-02", "2o15-01-02", "2015-01-0\x00", "２０１５-01-02", "2015--01-02")
	for _, s := range ss {
		want, err := time.Parse(time.DateOnly, s)
		got, ok := parseDate(s)
		if ok != (err == nil) || got != want {
			t.Errorf("parseDate(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, err)
		}
	}
}

// two returns n in two digits.
func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
