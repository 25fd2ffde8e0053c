package topic

import (
	_ "embed"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
)

//go:embed stem.txt
var stemList string

// maxStemLen is the longest word Stem works on; longer words are their own stems.
const maxStemLen = 40

// A stemRule removes a suffix in step 2, 3 or 4 and puts a replacement in its place.
type stemRule struct {
	suffix, repl string
	st           bool // step 4's "ion": the stem must end in s or t
}

// stemTables holds the rules of stem.txt: for each of steps 2, 3 and 4, the rules whose suffix
// ends in each letter, longest suffix first; and the exceptions.
type stemTables struct {
	steps  [3][26][]stemRule
	except map[string]string
}

// stemData loads stem.txt once. It is part of the binary, so a malformed line is a programming
// error that the package tests catch.
var stemData = sync.OnceValue(func() *stemTables {
	t := &stemTables{except: map[string]string{}}
	for n, f := range lexicon.Entries(stemList) {
		if len(f) < 3 || !isLowerASCII(f[1]) {
			panic(&lexicon.Error{List: "stem.txt", Line: n, Msg: "want step, suffix and replacement"})
		}
		if f[0] == "x" {
			t.except[f[1]] = f[2]
			continue
		}
		step := int(f[0][0] - '2')
		if len(f[0]) != 1 || step < 0 || step > 2 {
			panic(&lexicon.Error{List: "stem.txt", Line: n, Msg: "step must be 2, 3, 4 or x"})
		}
		r := stemRule{suffix: f[1], repl: f[2], st: len(f) > 3 && f[3] == "st"}
		if r.repl == "-" {
			r.repl = ""
		}
		last := r.suffix[len(r.suffix)-1] - 'a'
		rules := append(t.steps[step][last], r)
		// Keep the longest suffix first: insertion into a short list.
		for i := len(rules) - 1; i > 0 && len(rules[i].suffix) > len(rules[i-1].suffix); i-- {
			rules[i], rules[i-1] = rules[i-1], rules[i]
		}
		t.steps[step][last] = rules
	}
	return t
})

// Stem returns the stem of a folded English word by Porter's suffix-stripping algorithm, so
// that inflected and derived forms share one stem: "guarantees" and "guarantee" give
// "guarante", "negotiations" and "negotiate" give "negoti", "talks" gives "talk".
//
// A stem is a key for matching, not a word. Words of fewer than three letters, longer than 40,
// or holding anything but the ASCII letters a to z (digits, apostrophes, capitals, other
// scripts) are returned unchanged. Stem allocates only when the stem is not a prefix of w.
func Stem(w string) string {
	if len(w) < 3 || len(w) > maxStemLen || !isLowerASCII(w) {
		return w
	}
	t := stemData()
	if s, ok := t.except[w]; ok {
		return s
	}
	var p porter
	p.n = copy(p.b[:], w)
	p.mark(0)
	p.step1ab()
	p.step1c()
	for step := range t.steps {
		p.suffixStep(step, &t.steps[step])
	}
	p.step5()
	if string(p.b[:p.n]) == w[:p.n] { // p.n never exceeds len(w)
		return w[:p.n]
	}
	return string(p.b[:p.n])
}

// isLowerASCII reports whether w is all letters a to z. A word of four bytes or more is read
// eight bytes at a time (the last eight, or the first and last four, overlap what was read):
// every word of the document that ends in s or y is asked (see lightStem).
func isLowerASCII(w string) bool {
	n := len(w)
	if n < 4 {
		for i := 0; i < n; i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
		return true
	}
	if n < 8 {
		return lower8(load32(w[:4]) | load32(w[n-4:])<<32)
	}
	for i := 0; i+8 < n; i += 8 {
		if !lower8(load64(w[i : i+8])) {
			return false
		}
	}
	return lower8(load64(w[n-8:]))
}

// load32 and load64 read the first four or eight bytes of s, little-endian: the compiler
// makes each one load.
func load32(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

func load64(s string) uint64 {
	return load32(s) | load32(s[4:])<<32
}

// lower8 reports whether the eight bytes of x are all letters a to z: none has its high bit,
// each is at least 'a' (adding 0x80-'a' sets its high bit) and at most 'z' (adding 0x7f-'z'
// does not), with no carry from one byte into the next.
func lower8(x uint64) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	return x&high == 0 && (x+(0x80-'a')*ones)&high == high && (x+(0x7f-'z')*ones)&high == 0
}

// porter is the working state of one word: its letters b[:n], and which are consonants.
type porter struct {
	b [maxStemLen]byte
	c [maxStemLen]bool
	n int
}

// mark records which of b[from:n] are consonants: letters other than a e i o u, and other
// than a y that follows a consonant. It is called again from wherever a letter changes.
func (p *porter) mark(from int) {
	for i := from; i < p.n; i++ {
		switch p.b[i] {
		case 'a', 'e', 'i', 'o', 'u':
			p.c[i] = false
		case 'y':
			p.c[i] = i == 0 || !p.c[i-1]
		default:
			p.c[i] = true
		}
	}
}

func (p *porter) cons(i int) bool { return p.c[i] }

// m counts the vowel-consonant sequences of b[:j], the m of [C](VC){m}[V].
func (p *porter) m(j int) int {
	n, i := 0, 0
	for ; i < j && p.cons(i); i++ {
	}
	for i < j {
		for ; i < j && !p.cons(i); i++ {
		}
		if i >= j {
			return n
		}
		n++
		for ; i < j && p.cons(i); i++ {
		}
	}
	return n
}

// vowelIn reports whether b[:j] holds a vowel.
func (p *porter) vowelIn(j int) bool {
	for i := range j {
		if !p.cons(i) {
			return true
		}
	}
	return false
}

// doubleCons reports whether b[i-1:i+1] is a double consonant.
func (p *porter) doubleCons(i int) bool {
	return i >= 1 && p.b[i] == p.b[i-1] && p.cons(i)
}

// cvc reports whether b[i-2:i+1] is consonant-vowel-consonant and b[i] is not w, x or y: the
// shape of a short syllable (hop, wil) that takes an e back (hope, wile).
func (p *porter) cvc(i int) bool {
	if i < 2 || !p.cons(i) || p.cons(i-1) || !p.cons(i-2) {
		return false
	}
	c := p.b[i]
	return c != 'w' && c != 'x' && c != 'y'
}

func (p *porter) ends(s string) bool {
	n := p.n
	if n < len(s) || len(s) >= 2 && p.b[n-2] != s[len(s)-2] {
		return false
	}
	return string(p.b[n-len(s):n]) == s
}

func (p *porter) addE() { p.b[p.n], p.c[p.n] = 'e', false; p.n++ }

// step1ab removes plurals and -ed or -ing: caresses → caress, ponies → poni, agreed → agree,
// hoping → hope, hopping → hop.
func (p *porter) step1ab() {
	if p.b[p.n-1] == 's' {
		switch {
		case p.ends("sses"), p.ends("ies"):
			p.n -= 2
		case p.b[p.n-2] != 's':
			p.n--
		}
	}
	if p.ends("eed") {
		if p.m(p.n-3) > 0 {
			p.n--
		}
		return
	}
	switch {
	case p.ends("ed") && p.vowelIn(p.n-2):
		p.n -= 2
	case p.ends("ing") && p.vowelIn(p.n-3):
		p.n -= 3
	default:
		return
	}
	switch {
	case p.ends("at"), p.ends("bl"), p.ends("iz"):
		p.addE()
	case p.doubleCons(p.n - 1):
		if c := p.b[p.n-1]; c != 'l' && c != 's' && c != 'z' {
			p.n--
		}
	case p.m(p.n) == 1 && p.cvc(p.n-1):
		p.addE()
	}
}

// step1c turns a final y into i when the stem has a vowel: happy → happi.
func (p *porter) step1c() {
	if p.ends("y") && p.vowelIn(p.n-1) {
		p.b[p.n-1], p.c[p.n-1] = 'i', false
	}
}

// suffixStep applies the rules of step 2, 3 or 4 (step 0, 1 or 2 here) to the word.
func (p *porter) suffixStep(step int, rules *[26][]stemRule) {
	if p.n == 0 {
		return
	}
	last := p.b[p.n-1]
	if last < 'a' || last > 'z' {
		return
	}
	rs := rules[last-'a']
	for i := range rs {
		r := &rs[i]
		if !p.ends(r.suffix) {
			continue
		}
		j := p.n - len(r.suffix)
		ok := p.m(j) > 0
		if step == 2 {
			ok = p.m(j) > 1 && (!r.st || j > 0 && (p.b[j-1] == 's' || p.b[j-1] == 't'))
		}
		if ok {
			p.n = j + copy(p.b[j:], r.repl)
			p.mark(j)
		}
		return
	}
}

// step5 removes a final e (probate → probat, but not cease) and a double l (controll → control).
func (p *porter) step5() {
	if p.n > 0 && p.b[p.n-1] == 'e' {
		if a := p.m(p.n - 1); a > 1 || a == 1 && !p.cvc(p.n-2) {
			p.n--
		}
	}
	if p.n > 0 && p.b[p.n-1] == 'l' && p.doubleCons(p.n-1) && p.m(p.n) > 1 {
		p.n--
	}
}

// lightStem folds the plural and the final y of a folded English word, for grouping the
// words of key phrases: "talks" and "talk" give "talk", "territories" and "territory" give
// "territor", "taxes" gives "tax". It returns a prefix of w.
func lightStem(w string) string {
	n := len(w)
	if n < 4 {
		return w
	}
	// The rules by the last letters, tested at once rather than suffix by suffix: "ies",
	// then a y after a consonant, then "sses", "shes", "ches", "xes" and "zes", then an s
	// after other than s, u or i. Only a word that loses letters need be all lower case.
	cut := 0
	switch c, b, a := w[n-1], w[n-2], w[n-3]; {
	case c == 'y':
		if !isVowel(b) {
			cut = 1
		}
	case c != 's':
	case b == 'e' && a == 'i':
		cut = 3
	case b == 'e' && (a == 'x' || a == 'z' || a == 'h' && (w[n-4] == 's' || w[n-4] == 'c') ||
		a == 's' && w[n-4] == 's'):
		cut = 2
	case b != 's' && b != 'u' && b != 'i':
		cut = 1
	}
	if cut == 0 || !isLowerASCII(w) {
		return w
	}
	return w[:n-cut]
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
