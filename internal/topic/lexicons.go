package topic

import (
	_ "embed"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

//go:embed stopwords.txt
var stopwordsList string

// stopwords loads stopwords.txt once, keyed by folded form.
var stopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range lexicon.Entries(stopwordsList) {
		m[text.Fold(f[0])] = true
	}
	return m
})

//go:embed chunk.txt
var chunkList string

// A role is what chunk.txt says of a word.
type role uint8

const (
	roleNone role = iota
	roleDet       // a determiner: what follows is nominal
	roleVerb      // what follows, in lower case, is a verb or a predicate
	roleAux       // what follows is a verb if it ends in -ed or -en
	roleAdv       // an adverb, looked through
	roleNoun      // a noun despite its -ly or -ed ending
)

// A lexEntry is what the lists say of one folded word.
type lexEntry struct {
	stop bool
	role role
	// A stopword that is no adverb, by the lists or by its -ly: it is the word before the
	// next one (see Analyzer.stopword), which the scan of a lean Analyzer reads here.
	setsPrev bool
}

// lexTable holds stopwords.txt and chunk.txt together, in an interner whose hashes an
// analyser with a Taxonomy computes once per word for its own table too.
type lexTable struct {
	words   interner
	entries []lexEntry
	// The entries by word again, for the scan of a lean Analyzer, which hashes no stopword for
	// a table of its own: a probe here compares a short word as integers, where words compares
	// strings, and most words of a text are stopwords.
	byWord *lexicon.Table[lexEntry]
}

func (l *lexTable) get(s string, h uint64) lexEntry {
	if i := l.words.lookup(s, h); i >= 0 {
		return l.entries[i]
	}
	return lexEntry{}
}

var lexEntries = sync.OnceValue(func() *lexTable {
	stop, roles := stopwords(), roles()
	l := &lexTable{words: newInterner(len(stop) + len(roles))}
	add := func(w string) *lexEntry {
		i, added := l.words.intern(w)
		if added {
			l.entries = append(l.entries, lexEntry{})
		}
		return &l.entries[i]
	}
	for w := range stop {
		add(w).stop = true
	}
	for w, r := range roles {
		add(w).role = r
	}
	for i := range l.entries {
		e := &l.entries[i]
		if w := newWord(l.words.strs[i], *e); e.stop {
			e.setsPrev = w.role != roleAdv && !w.adverb
		}
	}
	m := make(map[string]lexEntry, len(l.entries))
	for i, w := range l.words.strs {
		m[w] = l.entries[i]
	}
	l.byWord = lexicon.NewTable(m)
	return l
})

// roles loads chunk.txt once. It is part of the binary, so a malformed line is a programming
// error that the package tests catch.
var roles = sync.OnceValue(func() map[string]role {
	names := map[string]role{"det": roleDet, "verb": roleVerb, "aux": roleAux, "adv": roleAdv, "noun": roleNoun}
	m := map[string]role{}
	for n, f := range lexicon.Entries(chunkList) {
		r, ok := names[f[len(f)-1]]
		if len(f) != 2 || !ok {
			panic(&lexicon.Error{List: "chunk.txt", Line: n, Msg: "want word and role (det, verb, aux, adv or noun)"})
		}
		m[text.Fold(f[0])] = r
	}
	return m
})
