package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestCliticAhead checks that the clitic word emits when it ends a word at one ("Trump’s") is
// the token that mark would emit after the word, on texts generated from words, apostrophes,
// clitics, numbers, marks and spaces.
func TestCliticAhead(t *testing.T) {
	words := []string{"Trump", "trump", "TRUMP", "don", "O", "ca", "1990", "x2", "é", "Ünïcode", "我们", "U.S", "Mr", "a-b"}
	apostrophes := []string{"'", "’", "ʼ", "‘", "`", "\"", "“"}
	ends := []string{"s", "S", "re", "RE", "ve", "ll", "LL", "d", "m", "t", "st", "sé", "s1", "s-", "s’", "s'"}
	gaps := []string{" ", " ", "\n", "\n\n", ".", ",", "-", "‐", "\u200d", ""}
	parts := [][]string{words, apostrophes, ends, gaps}
	rng := rand.New(rand.NewPCG(3, 5))
	var b strings.Builder
	clitics := 0
	for n := range 20000 {
		b.Reset()
		for range 1 + rng.IntN(6) { // mostly a word, an apostrophe and a clitic, in turn
			for _, p := range parts {
				if rng.IntN(5) > 0 {
					b.WriteString(p[rng.IntN(len(p))])
				} else {
					q := parts[rng.IntN(len(parts))]
					b.WriteString(q[rng.IntN(len(q))])
				}
			}
		}
		in := b.String()
		cliticAhead = true
		d := Analyze(in)
		got, gotKeys := slices.Clone(d.Tokens), slices.Clone(d.Keys())
		cliticAhead = false
		d = Analyze(in)
		cliticAhead = true
		if !slices.Equal(got, d.Tokens) || !slices.Equal(gotKeys, d.Keys()) {
			t.Fatalf("text %d %q: tokens differ from mark's (-mark +word):\n%s%s", n, in,
				cmp.Diff(d.Tokens, got, cmp.AllowUnexported(Token{})), cmp.Diff(d.Keys(), gotKeys))
		}
		for _, tk := range got {
			if tk.Flags&Clitic != 0 {
				clitics++
			}
		}
	}
	if clitics < 2000 {
		t.Fatalf("only %d clitics in the generated texts", clitics)
	}
}

// TestCliticAt checks cliticAt, which tells an apostrophe's width by its first byte and asks
// for the clitic's letters before the character after them, against a decoding of both, at
// each apostrophe before every run of up to four characters drawn from letters, clitics,
// digits, marks, spaces and invalid bytes.
func TestCliticAt(t *testing.T) {
	units := []string{"s", "S", "r", "e", "E", "v", "l", "L", "d", "m", "t", "x", "é", "ß", "我", "1", "'", "’", " ", ".", "\xff", "\xe2\x80"}
	var runs []string
	var grow func(string, int)
	grow = func(s string, n int) {
		runs = append(runs, s)
		if n > 0 {
			for _, u := range units {
				grow(s+u, n-1)
			}
		}
	}
	grow("", 4)
	for _, a := range []string{"'", "’", "ʼ"} {
		for _, r := range runs {
			s := "Trump" + a + r
			if got, want := cliticAt(s, 5), decodedCliticAt(s, 5); got != want {
				t.Fatalf("cliticAt(%q, 5) = %d, want %d", s, got, want)
			}
		}
	}
}

// decodedCliticAt is cliticAt decoding the apostrophe and the character after the letters.
func decodedCliticAt(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	k := j
	for k < len(s) && k-j < 3 && isASCIILetter(s[k]) {
		k++
	}
	if k < len(s) && isLetterAt(s, k) {
		return 0
	}
	if isClitic(s[j:k]) {
		return k
	}
	return 0
}

// TestCliticKey checks that a clitic's key, which clitic writes itself after a typographic
// apostrophe, is the folding of its text, for every clitic in any case after each apostrophe
// that starts one (ʼ is a letter, inside words).
func TestCliticKey(t *testing.T) {
	for _, a := range []string{"'", "’"} {
		for _, c := range []string{"s", "S", "re", "Re", "rE", "RE", "ve", "VE", "ll", "LL", "lL", "d", "D", "m", "M"} {
			for _, in := range []string{"Trump" + a + c, "Trump" + a + c + " said", "ÉLAN" + a + c + "."} {
				d := Analyze(in)
				if len(d.Tokens) < 2 || d.Tokens[1].Flags&Clitic == 0 {
					t.Fatalf("%q: no clitic token after the word: %v", in, d.Tokens)
				}
				if got, want := d.Key(1), Fold(d.TokenText(1)); got != want {
					t.Errorf("%q: clitic key %q, want %q", in, got, want)
				}
			}
		}
	}
}

// TestPunctInPlace checks that the commas, dots and closing marks plainWords writes after plain
// words, and the opening marks quotedWord writes before them, are the tokens scan, word,
// endWord, mark and emit would write, with the tokens, keys, sentences, paragraphs, marks and
// TokenAt around them, on texts generated from plain words,
// abbreviations and other words, commas, dots, spaces and marks, dense enough in tokens to fill
// the room Analyze foresees at every point.
func TestPunctInPlace(t *testing.T) {
	words := []string{"a", "b", "said", "Smith", "I", "x", "don't", "U.S.", "Mr", "Mr.", "1990", "é", "año", "a-b",
		"iPhone", "Gov", "gov", "Sen", "sen", "Jan", "No", "no", "Inc", "Ltd", "vs", "St", "Co", "etc", "abcdefg",
		"Washington", "approximately", "Ab", "ab", "A", "Z"}
	gaps := []string{", ", ", ", ", ", ",  ", ",", ", \"", ",\n", " ", " ", ". ", ". ", ". ", ".", "..", "... ", ".!? ",
		"?", ".\n", ".\n\n", ". \"", ".\"", ".,", ". 3", ",,", ", ,", ",\u00a0", "\n\n", ", ’", "—",
		",\" ", ",” ", ".\" ", ".”\n", "\" ", "”", "\"", "\"\"", "”,", "\", ", "”. ", "\xe2\x80", "\xe2\x80\x9c",
		"! ", "? ", "?\" ", "!”", "?!", "!.\n", " \"", " “", ", “", ". “", " “\n", " \"\xe2\x80"}
	rng := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	commas, dots, closers, openers := 0, 0, 0, 0
	for n := range 20000 {
		b.Reset()
		for range 1 + rng.IntN(40) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(gaps[rng.IntN(len(gaps))])
		}
		in := b.String()
		if rng.IntN(2) == 0 {
			in = in[:rng.IntN(len(in)+1)] // cut anywhere, a comma, a dot or a space last
		}
		if diff := inPlaceDiff(in); diff != "" {
			t.Fatalf("text %d %q: differs from scan's (-scan +plainWords):\n%s", n, in, diff)
		}
		commas += strings.Count(in, ", ")
		dots += strings.Count(in, ". ")
		closers += strings.Count(in, "\"") + strings.Count(in, "”")
		openers += strings.Count(in, " \"") + strings.Count(in, " “")
	}
	if openers < 20000 {
		t.Fatalf("only %d opening marks after a space in the generated texts", openers)
	}
	if commas < 40000 || dots < 40000 || closers < 40000 {
		t.Fatalf("only %d commas and %d dots before a space, and %d closing marks, in the generated texts", commas, dots, closers)
	}
}

// inPlaceDiff analyses in with the punctuation plainWords writes in place and without, and
// returns how the tokens, keys, sentences, paragraphs, marks and TokenAt differ, or "".
func inPlaceDiff(in string) string {
	d := Analyze(in)
	toks, keys, sents, paras := slices.Clone(d.Tokens), slices.Clone(d.Keys()), slices.Clone(d.Sentences), slices.Clone(d.Paragraphs)
	at, marks := tokenAts(d), slices.Clone(d.Marks())
	punctInPlace = false
	d = Analyze(in)
	punctInPlace = true
	if !slices.Equal(toks, d.Tokens) || !slices.Equal(keys, d.Keys()) ||
		!slices.Equal(sents, d.Sentences) || !slices.Equal(paras, d.Paragraphs) || !slices.Equal(at, tokenAts(d)) ||
		!slices.Equal(marks, d.Marks()) {
		return cmp.Diff([]any{d.Tokens, d.Keys(), d.Sentences, d.Paragraphs, tokenAts(d), d.Marks()},
			[]any{toks, keys, sents, paras, at, marks}, cmp.AllowUnexported(Token{}))
	}
	return ""
}

// tokenAts returns d.TokenAt of every offset of its text and one past each end.
func tokenAts(d *Doc) []int {
	at := make([]int, 0, len(d.Text)+3)
	for off := -1; off <= len(d.Text)+1; off++ {
		at = append(at, d.TokenAt(off))
	}
	return at
}
