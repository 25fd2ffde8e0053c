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
	"strings"
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

// Entries returns the entries of the list data, each as its line number and fields.
func Entries(data string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		n := 0
		for line := range strings.Lines(data) {
			n++
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(n, Fields(line)) {
				return
			}
		}
	}
}

// Fields splits a line at tabs and at runs of two or more spaces.
func Fields(line string) []string {
	var out []string
	for line != "" {
		end, next := len(line), len(line)
		for i := 0; i < len(line); i++ {
			if line[i] == '\t' {
				end, next = i, i+1
				break
			}
			if line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ' {
				end, next = i, i+2
				break
			}
		}
		if f := strings.TrimSpace(line[:end]); f != "" {
			out = append(out, f)
		}
		line = line[next:]
	}
	return out
}

// Phrases maps phrases of one or more words, by their folded keys, to values of type T. A
// phrase is found by its first word, so matching costs at most one map look-up per position;
// the shapes of the first words turn most positions away before that.
type Phrases[T any] struct {
	byFirst  map[string][]phrase[T]
	firsts   shapeSet
	maxWords int
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
	if p.byFirst == nil {
		p.byFirst = map[string][]phrase[T]{}
	}
	for _, ph := range p.byFirst[words[0]] {
		if slicesEqual(ph.rest, words[1:]) {
			return
		}
	}
	p.byFirst[words[0]] = append(p.byFirst[words[0]], phrase[T]{rest: append([]string(nil), words[1:]...), val: v})
	p.firsts.add(words[0])
	p.maxWords = max(p.maxWords, len(words))
}

// A Keyer gives the folded key of the word at an index (text.Doc is one).
type Keyer interface {
	Key(i int) string
}

// Match finds the longest phrase whose words are the keys of words i, i+1, … with every index
// below limit, and returns its value and the index after it.
func (p *Phrases[T]) Match(k Keyer, i, limit int) (v T, end int, ok bool) {
	if i >= limit {
		return v, 0, false
	}
	first := k.Key(i)
	if !p.firsts.mayHave(first) {
		return v, 0, false
	}
	cands := p.byFirst[first]
	best := -1
	for ci, c := range cands {
		if i+1+len(c.rest) > limit || best >= 0 && len(c.rest) <= len(cands[best].rest) {
			continue
		}
		match := true
		for j, w := range c.rest {
			if k.Key(i+1+j) != w {
				match = false
				break
			}
		}
		if match {
			best = ci
		}
	}
	if best < 0 {
		return v, 0, false
	}
	return cands[best].val, i + 1 + len(cands[best].rest), true
}

// Clone returns a copy of p that can be added to without changing p.
func (p *Phrases[T]) Clone() *Phrases[T] {
	c := &Phrases[T]{byFirst: make(map[string][]phrase[T], len(p.byFirst)), firsts: p.firsts, maxWords: p.maxWords}
	for k, v := range p.byFirst {
		c.byFirst[k] = v[:len(v):len(v)]
	}
	return c
}

// Firsts returns an iterator over the first words of the phrases of p.
func (p *Phrases[T]) Firsts() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range p.byFirst {
			if !yield(w) {
				return
			}
		}
	}
}

// Len returns the number of first words in p.
func (p *Phrases[T]) Len() int { return len(p.byFirst) }

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
