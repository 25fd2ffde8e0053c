package text

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
)

//go:embed abbrev.txt
var abbrevList string

//go:embed starters.txt
var startersList string

// abbrevInfo says how an abbreviation behaves at a dot.
type abbrevInfo struct {
	mayEnd bool // may end a sentence (U.S., Inc.); titles and months never do
	cap    bool // only when capitalised (Sat. but not "sat.")
	num    bool // only when a number follows (No. 10)
}

type lexicons struct {
	// The look-ups, in the tables of package lexicon, at about half a map's cost.
	abbrevs  *lexicon.Table[abbrevInfo]
	starters *lexicon.Set
	// The shapes of the abbreviations, so that the scanner turns down most words before a dot
	// (said., year.) without folding them for a map look-up. Every word passes if an
	// abbreviation has no shape: then every bit is set.
	abbrevShapes [abbrevShapeBits/64 + 1]uint64
}

// abbrevShapeBits is the number of shapes: a length up to 6, a first and a last letter.
const abbrevShapeBits = 6 * 26 * 26

// abbrevShape returns the shape of the ASCII word w, in any case, or false if it has none.
func abbrevShape(w string) (uint, bool) {
	n := len(w)
	if n == 0 || n > 6 {
		return 0, false
	}
	f, e := uint(w[0]|0x20-'a'), uint(w[n-1]|0x20-'a') // a byte that is not a letter wraps past 26
	if f >= 26 || e >= 26 {
		return 0, false
	}
	return (uint(n-1)*26+f)*26 + e, true
}

// mayBeAbbrev reports whether the ASCII word w, in any case, may be an abbreviation. It is
// abbrevShape's test written out, with a bit index the array's length bounds, so that the
// scanner inlines it: a word without a shape passes.
func (l *lexicons) mayBeAbbrev(w string) bool {
	n := uint(len(w)) - 1 // 0 wraps around
	if n >= 6 {
		return true
	}
	f, e := uint(w[0]|0x20-'a'), uint(w[n]|0x20-'a')
	b := (n*26+f)*26 + e
	return f >= 26 || e >= 26 || l.abbrevShapes[b/64%uint(len(l.abbrevShapes))]&(1<<(b%64)) != 0
}

// lex loads the embedded lists once. They are part of the binary, so a malformed line is a
// programming error caught by the package tests, not a condition callers handle.
var lex = sync.OnceValue(func() *lexicons {
	l := &lexicons{}
	// Built a word at a time, rather than through a map handed to NewTable: each abbreviation
	// is hashed and placed once.
	abbrevs := lexicon.NewTableBuilder[abbrevInfo](strings.Count(abbrevList, "\n") + 1) // a line per abbreviation at most
	shapeless := false
	for n, f := range lexicon.Entries(abbrevList) {
		if len(f) < 2 {
			panic(&lexicon.Error{List: "abbrev.txt", Line: n, Msg: "want form and class"})
		}
		info := abbrevInfo{mayEnd: f[1] == "end"}
		for _, cond := range f[2:] {
			info.cap = info.cap || cond == "cap"
			info.num = info.num || cond == "num"
		}
		*abbrevs.Value(f[0]) = info
		if b, ok := abbrevShape(f[0]); ok {
			l.abbrevShapes[b/64] |= 1 << (b % 64)
		} else {
			shapeless = true
		}
	}
	if shapeless {
		for i := range l.abbrevShapes {
			l.abbrevShapes[i] = ^uint64(0)
		}
	}
	starters := map[string]bool{}
	for _, f := range lexicon.Entries(startersList) {
		starters[f[0]] = true
	}
	l.abbrevs, l.starters = abbrevs.Table(), lexicon.NewSet(starters)
	return l
})
