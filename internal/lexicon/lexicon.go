// Package lexicon reads the word lists the other packages embed.
//
// A list is UTF-8 text, one entry per line. A line starting with # is a comment (the header of
// each file names where its entries came from); blank lines are skipped. An entry's fields are
// separated by tabs or runs of two or more spaces, so a single space may sit inside a field
// ("prime minister").
package lexicon

import (
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An Error reports a malformed line of a list.
type Error struct {
	List string // the list's name, such as "cues.txt"
	Line int    // 1-based
	Msg  string // what is wrong
}

// Error returns "lexicon: LIST:LINE: MSG".
func (e *Error) Error() string {
	return fmt.Sprintf("lexicon: %s:%d: %s", e.List, e.Line, e.Msg)
}

// Entries returns the entries of the list data, each as its line number and fields: the
// fields of the line trimmed of spaces, split at tabs and at runs of two or more spaces, each
// trimmed of spaces, the empty ones left out. They are in a slice that the next entry reuses: a caller keeps the
// strings, not the slice. (The lists hold tens of thousands of lines, read at start-up.)
func Entries(data string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		var buf [8]string
		r := entryReader{data: data}
		for {
			f, ok := r.next(buf[:0])
			if !ok || !yield(r.line, f) {
				return
			}
		}
	}
}

// An entryReader reads the entries of a list one at a time, for Entries. Its loop stays out of
// Entries' iterator, so that the iterator is inlined where a list is read and the loop's body
// is not a call per entry.
type entryReader struct {
	data string
	pos  int // where the next line starts
	line int // the number of the line last read
}

// next appends to out the fields of the next entry and returns them, or false after the last.
// A line is split as it is scanned, eight bytes at a time across the ends of its fields and of
// the line: finding the line's end first read every byte twice, and splitting the line then
// read the last bytes of each field one at a time. The split is that of the line trimmed, as
// before: the Unicode space that opens it is passed over first, and what TrimSpace would take
// off its end the split leaves at the end of the last field or in fields of nothing else,
// from which the fields' own trimming takes it (TestFieldsAgainstOld).
func (r *entryReader) next(out []string) ([]string, bool) {
	data := r.data
	for r.pos < len(data) {
		r.line++
		start := r.pos
		if c := data[start]; c == '#' || !printable(c) {
			if c != '#' {
				start = spaceEnd(data, start)
			}
			if start == len(data) || data[start] == '\n' { // blank
				r.pos = start + 1
				continue
			}
			if data[start] == '#' { // a comment
				r.pos = len(data)
				if j := strings.IndexByte(data[start:], '\n'); j >= 0 {
					r.pos = start + j + 1
				}
				continue
			}
		}
		field := start // where the current field starts
		for i := start; ; {
			// j: the first byte from i on that may end a field or the line (any byte up to
			// ' '), or len(data): eight bytes at a time, across the ends of fields and lines.
			j := len(data)
			for ; i+8 <= len(data); i += 8 {
				if m := spaces(load64(data[i : i+8])); m != 0 {
					j = i + bits.TrailingZeros64(m)>>3
					break
				}
			}
			for ; j == len(data) && i < len(data); i++ { // the last seven bytes
				if data[i] <= ' ' {
					j = i
				}
			}
			end, next := j == len(data) || data[j] == '\n', j+1
			switch {
			case end:
			case data[j] == '\t':
			case data[j] == ' ' && j+1 < len(data) && data[j+1] == ' ':
				next = j + 2
			default:
				i = j + 1 // a single space, a control byte: inside the field
				continue
			}
			f := data[field:j]
			if !plain(f) {
				f = strings.TrimSpace(f)
			}
			if f != "" {
				out = append(out, f)
			}
			if end {
				r.pos = j + 1
				return out, true
			}
			field, i = next, next
		}
	}
	return out, false
}

// spaces marks the top bit of each byte of x, eight bytes of a string, that is at most ' ',
// and of no other, so that the lowest bit set marks the first. The test is exact for each
// byte: its low seven bits plus 0x5f carry into its top bit from 0x21 up, and never into the
// next byte.
func spaces(x uint64) uint64 {
	return ^((x&0x7f7f7f7f7f7f7f7f + 0x5f5f5f5f5f5f5f5f) | x) & 0x8080808080808080
}

// spaceEnd returns the index of the first byte from i on that is neither in a Unicode space
// nor the end of a line, or len(s).
func spaceEnd(s string, i int) int {
	for i < len(s) && s[i] != '\n' {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// plain reports whether s starts and ends with printable ASCII, and so has nothing at either
// end that strings.TrimSpace trims: ASCII spaces are below '!', and the bytes of a Unicode
// space are 0x80 or above. Nearly every field of the lists is plain, and testing it first
// spares the call to TrimSpace and its two scans, a tenth of start-up.
func plain(s string) bool { return s != "" && printable(s[0]) && printable(s[len(s)-1]) }

// printable reports whether c is a printable ASCII byte: neither a space nor any byte
// strings.TrimSpace trims.
func printable(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// Phrases maps phrases of one or more words, by their folded keys, to values of type T. A
// phrase is found by its first word, so matching costs at most one look-up per position; the
// shapes of the first words turn most positions away before that.
type Phrases[T any] struct {
	words    []string      // the distinct first words, in order of addition
	byFirst  [][]phrase[T] // the phrases of each of words
	multiAt  []bool        // whether a phrase of two words or more starts with each of words
	index    wordIndex     // the positions of words
	firsts   ShapeSet
	maxWords int
	// Room for the lists of phrases and their words, carved a piece at a time, where each
	// list and each phrase of two words or more took an allocation. A piece is capped at its
	// length, so that growing it copies it out rather than writing over the next.
	spare      []phrase[T]
	spareWords []string
}

type phrase[T any] struct {
	rest []string
	val  T
}

// Add adds the phrase of the given folded words with value v; a phrase added twice keeps its
// first value.
func (p *Phrases[T]) Add(words []string, v T) {
	if len(words) == 0 {
		return
	}
	fi, added := p.index.findOrAdd(&p.words, words[0])
	if added {
		p.byFirst = append(p.byFirst, nil)
		p.multiAt = append(p.multiAt, false)
	}
	for _, ph := range p.byFirst[fi] {
		if slicesEqual(ph.rest, words[1:]) {
			return
		}
	}
	// Longest first, so that the first phrase to match is the longest: the shorter ones at the
	// end move up one, as slices.Insert would move them, which cost half of Add.
	cands := p.byFirst[fi]
	if cands == nil {
		if len(p.spare) == 0 {
			p.spare = make([]phrase[T], max(8, len(p.words)))
		}
		cands, p.spare = p.spare[:0:1], p.spare[1:]
	}
	cands = append(cands, phrase[T]{})
	at := len(cands) - 1
	for at > 0 && len(cands[at-1].rest) < len(words)-1 {
		cands[at] = cands[at-1]
		at--
	}
	cands[at] = phrase[T]{rest: p.keep(words[1:]), val: v}
	p.byFirst[fi] = cands
	p.firsts.Add(words[0])
	if len(words) > 1 {
		p.multiAt[fi] = true
	}
	p.maxWords = max(p.maxWords, len(words))
}

// Match finds the longest phrase whose words are keys[i], keys[i+1], … with every index below
// limit, and returns its value and the index after it. The keys are a slice, not an interface,
// so that the look-up at every token of a text costs no dynamic call (text.Doc.Keys gives them).
func (p *Phrases[T]) Match(keys []string, i, limit int) (v T, end int, ok bool) {
	if i >= limit || !p.firsts.MayHave(keys[i]) {
		return v, 0, false
	}
	return p.MatchShaped(keys, i, -1, limit)
}

// MatchSkipping is Match reading the words as if the word at index gap were not there
// (`spoke fondly of` as `spoke of`); the index it returns counts the words read, without the
// gap. A gap of -1 skips nothing.
func (p *Phrases[T]) MatchSkipping(keys []string, i, gap, limit int) (v T, end int, ok bool) {
	if i >= limit || !p.firsts.MayHave(keys[skip(i, gap)]) {
		return v, 0, false
	}
	return p.MatchShaped(keys, i, gap, limit)
}

// MatchShaped is MatchSkipping for a caller that has found the first word's shape a phrase's
// with MayStart: it does not test the shape again.
func (p *Phrases[T]) MatchShaped(keys []string, i, gap, limit int) (v T, end int, ok bool) {
	if i >= limit {
		return v, 0, false
	}
	fi := p.index.find(p.words, keys[skip(i, gap)])
	if fi < 0 {
		return v, 0, false
	}
	return p.MatchFirst(fi, keys, i, gap, limit)
}

// FirstOf returns the index of the folded word w among the first words of p's phrases, or -1
// if no phrase starts with it. A caller that tries several matches at one word (with and
// without a gap) looks the word up once, and tries none when it starts no phrase.
func (p *Phrases[T]) FirstOf(w string) int { return p.index.find(p.words, w) }

// MatchFirst is MatchSkipping for a caller that has found the first word read at index fi
// of the first words with FirstOf.
func (p *Phrases[T]) MatchFirst(fi int, keys []string, i, gap, limit int) (v T, end int, ok bool) {
	if i >= limit {
		return v, 0, false
	}
	cands := p.byFirst[fi]
	for ci := range cands { // longest first (see Add): the first to match is the longest
		c := &cands[ci] // not a copy of the phrase and its value for each candidate
		if i+1+len(c.rest) > limit {
			continue
		}
		if restMatches(c.rest, keys, i+1, gap) {
			return c.val, i + 1 + len(c.rest), true
		}
	}
	return v, 0, false
}

// restMatches reports whether the words after a phrase's first are keys[from], keys[from+1], …
// read without the word at index gap.
func restMatches(rest, keys []string, from, gap int) bool {
	for j, w := range rest {
		if keys[skip(from+j, gap)] != w {
			return false
		}
	}
	return true
}

// MaxWords returns the most words of a phrase of p.
func (p *Phrases[T]) MaxWords() int { return p.maxWords }

// keep returns a copy of words, or nil if there are none.
func (p *Phrases[T]) keep(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	if len(p.spareWords) < len(words) {
		p.spareWords = make([]string, max(64, len(words)))
	}
	kept := p.spareWords[:len(words):len(words)]
	p.spareWords = p.spareWords[len(words):]
	copy(kept, words)
	return kept
}

// MayStart reports whether a phrase may start with the folded word first: false for most words,
// at the cost of a few loads, so that a caller can skip work for a match that cannot be.
func (p *Phrases[T]) MayStart(first string) bool { return p.firsts.MayHave(first) }

// StartsMulti reports whether a phrase of two words or more starts with the fi-th first word
// (FirstOf).
func (p *Phrases[T]) StartsMulti(fi int) bool { return p.multiAt[fi] }

// skip returns the index of the j-th word read when the word at index gap is left out.
func skip(j, gap int) int {
	if gap >= 0 && j >= gap {
		return j + 1
	}
	return j
}

// Clone returns a copy of p that can be added to without changing p.
func (p *Phrases[T]) Clone() *Phrases[T] {
	c := &Phrases[T]{words: slices.Clone(p.words), byFirst: make([][]phrase[T], len(p.byFirst)), multiAt: slices.Clone(p.multiAt),
		index: p.index.clone(), firsts: p.firsts, maxWords: p.maxWords}
	for i, v := range p.byFirst {
		c.byFirst[i] = slices.Clone(v) // not shared: Add inserts inside the slice
	}
	return c
}

// Firsts returns an iterator over the first words of the phrases of p, in the order of the
// indexes FirstOf gives them.
func (p *Phrases[T]) Firsts() iter.Seq[string] { return slices.Values(p.words) }

// Len returns the number of first words in p.
func (p *Phrases[T]) Len() int { return len(p.words) }

// A wordIndex finds a word in a list of distinct words: an open-addressing table, at most half
// full, whose slots hold a short word as a Table's do (the words Hash reads of it and its
// length), so that a probe compares integers rather than strings. Phrases probe it for the
// first word at every position a shape lets through, where a map look-up cost about three
// times as much.
type wordIndex struct {
	seed  uint64
	slots []indexSlot
}

type indexSlot struct {
	a, b uint64 // the word's words (see words), or for a long word its Hash and 0
	n    uint32 // the word's length + 1; 0 marks an empty slot
	i    int32  // the word's index in the list
}

// key returns what a slot holds of w, and the slot to probe first.
func (x *wordIndex) key(w string) (a, b uint64, h uint64) {
	if len(w) > maxShortKey {
		a = Hash(x.seed, w)
		return a, 0, a
	}
	a, b = words(w)
	return a, b, slotHash(x.seed, a, b, len(w))
}

// find returns the index of w in words, or -1.
func (x *wordIndex) find(words []string, w string) int {
	if len(x.slots) == 0 {
		return -1
	}
	// words' reading, written out as in Table.Get: find runs at most positions of a text. A long
	// word, rare in a text, is looked up apart, so that this probe compares integers only.
	var a, b uint64
	switch l := len(w); {
	case l > maxShortKey:
		return x.findLong(words, w)
	case l >= 8:
		a, b = load64(w), load64(w[l-8:])
	case l >= 4:
		a, b = load32(w), load32(w[l-4:])
	case l > 0:
		a = uint64(w[0])<<16 | uint64(w[(l-1)>>1])<<8 | uint64(w[l-1])
	}
	n := uint32(len(w)) + 1
	mask := uint64(len(x.slots) - 1)
	for i := slotHash(x.seed, a, b, len(w)) & mask; ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.n == 0 {
			return -1
		}
		if sl.a == a && sl.b == b && sl.n == n {
			return int(sl.i)
		}
	}
}

// findLong is find for a word longer than maxShortKey, whose slot holds its Hash: the hash may
// collide, and the word's text decides.
func (x *wordIndex) findLong(words []string, w string) int {
	a := Hash(x.seed, w)
	n := uint32(len(w)) + 1
	mask := uint64(len(x.slots) - 1)
	for i := a & mask; ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.n == 0 {
			return -1
		}
		if sl.a == a && sl.b == 0 && sl.n == n && words[sl.i] == w {
			return int(sl.i)
		}
	}
}

// findOrAdd returns the index of w in *words and false, or if w is not there, appends it,
// indexes it and returns its index and true. Unless the index must grow for it, a word is
// hashed and probed for once, where find and then add did both twice.
func (x *wordIndex) findOrAdd(words *[]string, w string) (int, bool) {
	if 2*(len(*words)+1) > len(x.slots) { // add may grow the index
		if i := x.find(*words, w); i >= 0 {
			return i, false
		}
		*words = append(*words, w)
		x.add(*words, len(*words)-1)
		return len(*words) - 1, true
	}
	a, b, h := x.key(w)
	n := uint32(len(w)) + 1
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.n == 0 {
			*words = append(*words, w)
			*sl = indexSlot{a: a, b: b, n: n, i: int32(len(*words) - 1)}
			return len(*words) - 1, true
		}
		// A slot of a short word and one of a long word differ in n; a long word's holds its
		// Hash, which may collide, and its text decides.
		if sl.a == a && sl.b == b && sl.n == n && (len(w) <= maxShortKey || (*words)[sl.i] == w) {
			return int(sl.i), false
		}
	}
}

// add indexes words[i], which find does not find.
func (x *wordIndex) add(words []string, i int) {
	if 2*len(words) > len(x.slots) {
		if x.seed == 0 {
			x.seed = NewSeed()
		}
		n := 16
		for n < 4*len(words) {
			n <<= 1
		}
		old := x.slots
		x.slots = make([]indexSlot, n)
		// The old slots, moved as they are: a slot holds what key reads of its word, from which
		// the hash follows without reading the word again.
		for _, sl := range old {
			if sl.n != 0 {
				h := sl.a // a long word's Hash
				if sl.n-1 <= maxShortKey {
					h = slotHash(x.seed, sl.a, sl.b, int(sl.n-1))
				}
				x.place(sl, h)
			}
		}
	}
	a, b, h := x.key(words[i])
	x.place(indexSlot{a: a, b: b, n: uint32(len(words[i])) + 1, i: int32(i)}, h)
}

// place puts sl in the first empty slot from h on.
func (x *wordIndex) place(sl indexSlot, h uint64) {
	mask := uint64(len(x.slots) - 1)
	j := h & mask
	for x.slots[j].n != 0 {
		j = (j + 1) & mask
	}
	x.slots[j] = sl
}

func (x *wordIndex) clone() wordIndex { return wordIndex{seed: x.seed, slots: slices.Clone(x.slots)} }

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
