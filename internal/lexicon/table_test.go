package lexicon

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTable checks that a Table answers as the map it was built from, for the words it holds
// and for others, including ones that share their first letters or length.
func TestTable(t *testing.T) {
	for _, n := range []int{0, 1, 5, 100, 3000} {
		m := map[string]int{}
		for i := range n {
			m[fmt.Sprintf("w%d", i)] = i
		}
		tb := NewTable(m)
		if tb.Len() != len(m) {
			t.Errorf("n=%d: Len() = %d, want %d", n, tb.Len(), len(m))
		}
		for i := range n + 50 {
			for _, k := range []string{fmt.Sprintf("w%d", i), fmt.Sprintf("x%d", i), fmt.Sprintf("w%d ", i), ""} {
				want, wantOK := m[k]
				got, ok := tb.Get(k)
				if got != want || ok != wantOK {
					t.Fatalf("n=%d: Get(%q) = %d, %v; want %d, %v", n, k, got, ok, want, wantOK)
				}
			}
		}
	}
}

// TestTableLengths checks that a Table tells apart words of every length, short ones it
// compares by their words and long ones it compares byte by byte, that differ in one byte
// anywhere.
func TestTableLengths(t *testing.T) {
	m := map[string]int{}
	var other []string
	for n := range 2*maxShortKey + 2 {
		base := strings.Repeat("a", n)
		m[base] = n
		for i := range n {
			other = append(other, base[:i]+"b"+base[i+1:], base[:i]+"\x00"+base[i+1:])
		}
		other = append(other, strings.Repeat("\x00", n))
	}
	tb := NewTable(m)
	if tb.Len() != len(m) {
		t.Errorf("Len() = %d, want %d", tb.Len(), len(m))
	}
	for k, want := range m {
		if got, ok := tb.Get(k); got != want || !ok {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, want)
		}
	}
	for _, k := range other {
		if _, held := m[k]; held {
			continue
		}
		if got, ok := tb.Get(k); ok {
			t.Errorf("Get(%q) = %d, true; want 0, false", k, got)
		}
	}
}

// BenchmarkTable compares a Table's look-ups with a map's, for a mix of held and other words.
func BenchmarkTable(b *testing.B) {
	m := map[string]uint32{}
	for i := range 4000 {
		m[fmt.Sprintf("name%d", i)] = uint32(i)
	}
	words := []string{"the", "name12", "said", "president", "name3999", "of", "government", "a"}
	tb := NewTable(m)
	b.Run("table", func(b *testing.B) {
		b.ReportAllocs()
		var sum uint32
		for b.Loop() {
			for _, w := range words {
				v, _ := tb.Get(w)
				sum += v
			}
		}
		_ = sum
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		var sum uint32
		for b.Loop() {
			for _, w := range words {
				sum += m[w]
			}
		}
		_ = sum
	})
}

// FuzzTable checks that a Table answers as its map for any two words and any probe: its slots
// compare short words as the integers Hash reads, which must be equal only for equal words.
func FuzzTable(f *testing.F) {
	f.Add("said", "sad", "says")
	f.Add("", "é", "e")
	f.Add("abcdefgh", "abcdefghi", "abcdefgh\x00")
	f.Add("internationalisation", "internationalization", "internationalisatio")
	f.Fuzz(func(t *testing.T, a, b, probe string) {
		m := map[string]int{a: 1, b: 2, "told": 3}
		tb := NewTable(m)
		built := NewTableBuilder[int](1) // grown as the words are added
		for _, w := range []string{a, b, "told"} {
			*built.Value(w) = m[w]
		}
		for _, w := range []string{a, b, probe, "told", probe + "s", strings.ToUpper(probe)} {
			want, wantOK := m[w]
			if got, ok := tb.Get(w); got != want || ok != wantOK {
				t.Fatalf("Get(%q) = %d, %v; want %d, %v (table of %q, %q)", w, got, ok, want, wantOK, a, b)
			}
			if got, ok := built.Table().Get(w); got != want || ok != wantOK {
				t.Fatalf("built: Get(%q) = %d, %v; want %d, %v (table of %q, %q)", w, got, ok, want, wantOK, a, b)
			}
		}
	})
}

// FuzzPhrases checks the first-word index of Phrases as FuzzTable checks a Table: a one-word
// phrase matches a probe exactly when the two words are equal.
func FuzzPhrases(f *testing.F) {
	f.Add("said", "sad", "says")
	f.Add("abcdefgh", "abcdefghi", "abcdefgh\x00")
	f.Fuzz(func(t *testing.T, a, b, probe string) {
		var p Phrases[int]
		p.Add([]string{a}, 1)
		p.Add([]string{b, "that"}, 2)
		for _, w := range []string{a, b, probe, probe + "s"} {
			v, end, ok := p.Match([]string{w, "that"}, 0, 2)
			want, wantEnd := 0, 0
			switch {
			case w == b: // the longer phrase first, when a and b are one word
				want, wantEnd = 2, 2
			case w == a:
				want, wantEnd = 1, 1
			}
			if v != want || ok != (want != 0) || ok && end != wantEnd {
				t.Fatalf("Match(%q that) = %d, %d, %v; want %d, %d (phrases %q; %q that)", w, v, end, ok, want, wantEnd, a, b)
			}
		}
	})
}

// TestTableBuilder checks that a Table built word by word answers as one built by NewTable from
// a map filled the same way, whether the builder was sized for its words or had to grow, for
// words of every length, held or not, and the empty word.
func TestTableBuilder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"", "a", "b", "ab", "\x00", "é", "abcdefgh", "abcdefghi", "0123456789abcdef"}
	word := func() string {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	for round := range 300 {
		n := r.IntN(300)
		m := map[string]uint64{}
		b := NewTableBuilder[uint64]([]int{0, n / 3, n}[round%3])
		var asked []string
		for range n {
			w, bit := word(), uint64(1)<<r.IntN(64)
			m[w] |= bit
			*b.Value(w) |= bit
			asked = append(asked, w, word())
		}
		got, want := b.Table(), NewTable(m)
		if got.Len() != want.Len() {
			t.Fatalf("round %d: Len() = %d, want %d", round, got.Len(), want.Len())
		}
		for _, w := range asked {
			gv, gok := got.Get(w)
			wv, wok := want.Get(w)
			if gv != wv || gok != wok {
				t.Fatalf("round %d: Get(%q) = %#x, %v; want %#x, %v", round, w, gv, gok, wv, wok)
			}
		}
	}
}
