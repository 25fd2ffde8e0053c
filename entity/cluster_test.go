package entity

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestTitledAs checks titledAs, which onlyTitled asks first, against the map titledPersons
// makes, for every word of each test article taken as a role.
func TestTitledAs(t *testing.T) {
	lex, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no articles", err)
	}
	r := &Recognizer{opts: Options{MaxInputBytes: DefaultMaxInputBytes}, lex: lex}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := text.Analyze(string(b))
		a := r.RecognizeDoc(d, nil)
		var names []int32
		for mi := range a.Mentions {
			if a.Mentions[mi].Kind == Name {
				names = append(names, int32(mi))
			}
		}
		byTitle := map[string]int{}
		titledPersons(d, a, byTitle)
		for i := range d.Tokens {
			role := d.Key(i)
			want, ok := byTitle[role]
			if !ok {
				want = -1
			}
			if got := titledAs(d, a, names, role); got != want {
				t.Errorf("%s: titledAs(%q) = %d, want %d", filepath.Base(f), role, got, want)
			}
		}
	}
}

// TestCanonicalLongestFirst checks canonical, which tests only the longest names for capitals
// and headings when one of them is in neither, against canonicalBefore, which tested every
// name, on the test articles and on generated texts whose entities are named in capitals, in
// headings and at several lengths.
func TestCanonicalLongestFirst(t *testing.T) {
	lex, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	skipped, fallback := 0, 0 // entities whose shorter names are not tested, or are
	for _, s := range clusterTexts(t) {
		d := text.Analyze(s)
		sc := newScan(lex, d)
		a := &Analysis{}
		sc.mentions(a)
		sc.cluster(a, nil)
		for ei := range a.Entities {
			e := &a.Entities[ei]
			nm := namer{fiction: d.IsDialogue()}
			got := nm.canonical(d, a, e, &sc.ix)
			want := nm.canonicalBefore(d, a, e, &sc.ix)
			if got != want {
				t.Errorf("%q: entity %d named %q, want %q", s, ei, got, want)
			}
			switch shorter, plain := plainNames(d, a, e); {
			case shorter && plain:
				skipped++
			case shorter:
				fallback++
			}
		}
		sc.release()
	}
	if skipped < 100 || fallback < 100 {
		t.Errorf("%d entities with shorter names untested, %d tested as well: too few", skipped, fallback)
	}
}

// clusterTexts returns the test articles and 3,000 texts generated from names of persons,
// organisations and places in several forms: in full and in part, with titles, in capitals,
// doubled ("Hill Hill") and in headings.
func clusterTexts(t *testing.T) []string {
	var texts []string
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no articles", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	rng := rand.New(rand.NewPCG(7, 19))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	names := []string{
		"Anne Smith", "Mary Ann Smith", "Smith", "Anne", "Mr. Smith", "Mrs. Smith", "Mrs Smith",
		"ANNE SMITH", "SMITH", "MARY ANN SMITH", "Mary Ann", "John Smith", "Dr. Smith",
		"Robert Jones", "Jones", "JONES", "Bob Jones", "Acme Corp", "ACME CORP", "Acme",
		"Bank of England", "the Bank", "Paris", "PARIS", "Hill", "Hugh Hill", "HUGH HILL", "Hugh",
		"Hill Hill", "Mrs. Hill", "Mr. Hill", "Hugh Hugh", "Smith Smith", "Ms. Anne Smith",
	}
	headings := []string{"%s Says No", "%s Wins Big Prize", "CHAPTER II. %s Comes Home", "%s And The Plan"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for p := rng.IntN(6) + 1; p > 0; p-- {
			if rng.IntN(3) == 0 {
				fmt.Fprintf(&b, pick(headings)+"\n\n", pick(names))
				continue
			}
			for s := rng.IntN(4) + 1; s > 0; s-- {
				switch rng.IntN(4) {
				case 0:
					fmt.Fprintf(&b, "%s said the plan would work. ", pick(names))
				case 1:
					fmt.Fprintf(&b, "Later, %s met %s in %s. ", pick(names), pick(names), pick(names))
				case 2:
					fmt.Fprintf(&b, "\"We will see,\" %s told %s. ", pick(names), pick(names))
				default:
					fmt.Fprintf(&b, "%s. ", pick(names))
				}
			}
			b.WriteString("\n\n")
		}
		texts = append(texts, b.String())
	}
	return texts
}

// plainNames reports whether entity e has names of several lengths, and whether one of its
// longest names is in neither capitals nor a heading.
func plainNames(d *text.Doc, a *Analysis, e *Entity) (shorter, plain bool) {
	longest, lengths := 0, map[int32]bool{}
	for _, mi := range e.Mentions {
		if m := &a.Mentions[mi]; m.Kind == Name {
			longest = max(longest, int(m.last-m.first))
			lengths[m.last-m.first] = true
		}
	}
	for _, mi := range e.Mentions {
		if m := &a.Mentions[mi]; m.Kind == Name && int(m.last-m.first) == longest && !allCaps(d, m) && !inHeading(d, m) {
			plain = true
		}
	}
	return len(lengths) > 1, plain
}

// canonicalBefore is canonical as it was before it tested the longest names first.
func (nm *namer) canonicalBefore(d *text.Doc, a *Analysis, e *Entity, ix *clusterIndex) string {
	buf := nm.pool[:0]
	// The index tells the names of most entities, one or none, without a walk over their
	// mentions: every name has its entity from the index, which indexed it (see add).
	switch {
	case e.ID >= len(ix.ents): // an entity of roles, made after the names
	case ix.ents[e.ID].names == 1:
		buf = append(buf, ix.ents[e.ID].recent)
	default:
		for _, mi := range e.Mentions {
			if a.Mentions[mi].Kind == Name {
				buf = append(buf, mi)
			}
		}
	}
	pool := buf // the names canonical chooses from
	if names := len(buf); names > 1 {
		// Names in capitals or in headings count only when there is no other. The one name of
		// most entities is their name, whatever it looks like, and is not tested.
		for _, mi := range buf[:names] {
			if m := &a.Mentions[mi]; !allCaps(d, m) && !inHeading(d, m) {
				buf = append(buf, mi)
			}
		}
		if len(buf) > names {
			pool = buf[names:]
		}
	}
	nm.pool = buf[:0]
	switch len(pool) {
	case 0:
		m := &a.Mentions[e.Mentions[0]]
		return spanText(d, d.TokenAt(m.Span.Start), m.Span)
	case 1: // most entities: one name, nothing to count
		m := &a.Mentions[pool[0]]
		form, _ := nm.form(d, m, int(m.last-m.first), e)
		return form.in(d.Text, m.Head.Start)
	}
	longest, nLongest := 0, 0
	for _, mi := range pool {
		switch n := int(a.Mentions[mi].last - a.Mentions[mi].first); {
		case n > longest:
			longest, nLongest = n, 1
		case n == longest:
			nLongest++
		}
	}
	// Where people share a surname (Mrs Beaver, John Beaver), a one-word name keeps its title
	// to tell them apart.
	// With one name of the longest length, that name is the entity's whatever its weight.
	shared := longest == 1 && nLongest > 1 && ix.sharesSurname(a, d.Key(int(a.Mentions[pool[0]].last)-1))
	nm.nSmall, nm.spilled = 0, false
	var best nameForm
	var bestM *Mention // a mention of the best form
	bestN := 0
	for _, mi := range pool {
		m := &a.Mentions[mi]
		if int(m.last-m.first) != longest {
			continue
		}
		form, titled := nm.form(d, m, longest, e)
		n := 1
		if shared && titled {
			n = len(pool) + 1 // outweighs every untitled form
		}
		if count := nm.count(form, n); count > bestN {
			best, bestM, bestN = form, m, count
		}
	}
	return best.in(d.Text, bestM.Head.Start)
}

// TestAddIndexedOnce checks that add, which does not index again an entity that match found
// by an earlier name of the same two words, leaves every list holding the entities that
// addBefore, which indexed every name, leaves it holding: the lists are sets to their readers.
// It runs cluster's loop over the names with each, on the texts of clusterTexts, and compares
// the entities chosen and the lists of each name's words after each name.
func TestAddIndexedOnce(t *testing.T) {
	lex, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	skips := 0 // names add did not index again
	for _, s := range clusterTexts(t) {
		d := text.Analyze(s)
		sc := newScan(lex, d)
		a := &Analysis{}
		sc.mentions(a)
		names := sc.names
		type run struct {
			a  *Analysis
			ix clusterIndex
		}
		runs := [2]run{}
		for r := range runs {
			runs[r].a = &Analysis{Mentions: slices.Clone(a.Mentions)}
			runs[r].ix.reset(len(names))
			runs[r].ix.dialogue = d.IsDialogue()
		}
		for _, at := range names {
			mi := int(at)
			var keys [2]nameKeys
			var ents [2]int
			for r := range runs {
				a, ix, k := runs[r].a, &runs[r].ix, &keys[r]
				m := &a.Mentions[mi]
				k.of(d, m)
				k.pair = ix.heads.find(pairHash(k.hf, k.hl), headKey{byPair, k.first, k.last})
				e := ix.match(d, a, m, k)
				if e < 0 {
					e = len(a.Entities)
					a.Entities = append(a.Entities, Entity{ID: e, Kind: m.ekind})
					ix.ents = append(ix.ents, named{})
				}
				m.Entity = e
				ent := &a.Entities[e]
				if ent.Gender == Unknown || ent.guessed && !m.guessed && m.gender != Unknown {
					ent.Gender, ent.guessed = m.gender, m.guessed
				}
				if r == 0 {
					ix.add(d, m, k, e, mi)
				} else {
					ix.addBefore(d, m, k, e, mi)
				}
				ents[r] = e
			}
			if ents[0] != ents[1] {
				t.Fatalf("%q: name %d has entity %d, want %d", s, mi, ents[0], ents[1])
			}
			if keys[0].indexed {
				skips++
			}
			k := &keys[0]
			for _, key := range []struct {
				h uint64
				k headKey
			}{
				{pairHash(k.hf, k.hl), headKey{byPair, k.first, k.last}},
				{k.hl ^ byLastSalt, headKey{byLast, k.last, ""}},
				{k.hf ^ byFirstSalt, headKey{byFirst, k.first, ""}},
			} {
				got, want := runs[0].ix.set(key.h, key.k), runs[1].ix.set(key.h, key.k)
				if !maps.Equal(got, want) {
					t.Fatalf("%q: after name %d, list %v holds %v, want %v", s, mi, key.k, got, want)
				}
			}
		}
		sc.release()
	}
	if skips < 1000 {
		t.Errorf("only %d names not indexed again", skips)
	}
}

// set returns the entities of the list of key k of hash h.
func (ix *clusterIndex) set(h uint64, k headKey) map[int32]bool {
	s := map[int32]bool{}
	for l := ix.heads.head(h, k); l != 0; l = ix.links[l].next {
		s[ix.links[l].e] = true
	}
	return s
}

// addBefore is add as it was before it left out the entities match found indexed.
func (ix *clusterIndex) addBefore(d *text.Doc, m *Mention, k *nameKeys, e, mi int) {
	first, last, hf, hl := k.first, k.last, k.hf, k.hl
	n := int(m.last - m.first)
	ix.appendOnce(ix.heads.claim(k.pair, pairHash(hf, hl), headKey{byPair, first, last}), e)
	if m.ekind == Person {
		ix.appendOnce(ix.heads.slot(hl^byLastSalt, headKey{byLast, last, ""}), e)
		if n >= 2 {
			ix.appendOnce(ix.heads.slot(hf^byFirstSalt, headKey{byFirst, first, ""}), e)
		}
	}
	ent := &ix.ents[e]
	ent.longest = max(ent.longest, n)
	ent.recent = mi
	ent.names++
	ent.married = ent.married || n == 1 && married(d, m)
	if t := honorificOf(d, m); t != "" {
		if n >= 2 {
			ent.styled = t
		} else {
			ent.bare = t
		}
	}
}
