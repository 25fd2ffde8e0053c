package text

import (
	_ "embed"
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
	abbrevs  map[string]abbrevInfo
	starters map[string]bool
}

// lex loads the embedded lists once. They are part of the binary, so a malformed line is a
// programming error caught by the package tests, not a condition callers handle.
var lex = sync.OnceValue(func() *lexicons {
	l := &lexicons{abbrevs: map[string]abbrevInfo{}, starters: map[string]bool{}}
	for n, f := range lexicon.Entries(abbrevList) {
		if len(f) < 2 {
			panic(&lexicon.Error{List: "abbrev.txt", Line: n, Msg: "want form and class"})
		}
		info := abbrevInfo{mayEnd: f[1] == "end"}
		for _, cond := range f[2:] {
			info.cap = info.cap || cond == "cap"
			info.num = info.num || cond == "num"
		}
		l.abbrevs[f[0]] = info
	}
	for _, f := range lexicon.Entries(startersList) {
		l.starters[f[0]] = true
	}
	return l
})
