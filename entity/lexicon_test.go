package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// TestLexicons checks that the embedded lists load and that each is sorted with unique entries,
// its words separated by single spaces (see words), so that a bad edit is caught here rather
// than at start-up.
func TestLexicons(t *testing.T) {
	if _, err := loadLexicons(); err != nil {
		t.Fatal(err)
	}
	for name, list := range map[string]string{
		"titles.txt": titlesList, "roles.txt": rolesList, "demonyms.txt": demonymsList,
		"places.txt": placesList, "orgwords.txt": orgwordsList, "firstnames.txt": firstnamesList,
		"nonnames.txt": nonnamesList, "thingwords.txt": thingwordsList,
	} {
		prev := ""
		for n, f := range lexicon.Entries(list) {
			if f[0] != strings.ToLower(f[0]) {
				t.Errorf("%s:%d: %q is not lower-case", name, n, f[0])
			}
			if f[0] <= prev {
				t.Errorf("%s:%d: %q after %q: not sorted or not unique", name, n, f[0], prev)
			}
			if strings.Join(strings.Fields(f[0]), " ") != f[0] {
				t.Errorf("%s:%d: %q: words not separated by single spaces", name, n, f[0])
			}
			prev = f[0]
		}
	}
}

// TestWordBitsFit checks that the flags of wordBits stay below the fields packed above them,
// and that the pronouns and genders fit their fields, each pronoun reading back its entry.
func TestWordBitsFit(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	if wPlaceFirst >= 1<<givenShift || Plural >= 8 || len(l.pronounList) > pronounMask ||
		pronounMask<<pronounShift >= 1<<phraseShift || len(l.openers) >= 1<<(64-phraseShift) {
		t.Fatalf("wordBits overflow: last flag %#x, %d pronouns, %d phrase openers", wPlaceFirst, len(l.pronounList), len(l.openers))
	}
	for w, want := range pronouns {
		b := get(l, w)
		if k := b >> pronounShift & pronounMask; k == 0 || l.pronounList[k-1] != want {
			t.Errorf("%s: bits %#x do not give its entry %v", w, b, want)
		}
	}
	for _, f := range lexicon.Entries(firstnamesList) {
		w, want := text.Fold(f[0]), genderField(f[1])
		if b := get(l, w); Gender(b>>givenShift&7) != want {
			t.Errorf("%s: bits %#x do not give gender %v", w, b, want)
		}
	}
}

// TestLookUp checks that lookUp gives each token
// of a text the bits the table gives its key, for short and long words, held or not, and
// lists the tokens that may open a mention, and those of them capitalised inside a sentence
// (not after a quotation mark or punctuation).
func TestLookUp(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	const long = "secretary-general" // a held word too long for the table's slots
	if b, _ := l.holders.Get(long); b == 0 {
		t.Fatalf("%q is not held", long)
	}
	d := text.Analyze("The spokesman said he met Mary Smith, a counterintelligence officer, in Paris. " +
		"Internationalisation of the " + long + " Counterrevolutionaries" + " went on; the Foreign Minister (82) agreed.\n" +
		`Then "Anne's" cat, (Bob) and: Carol. DAVID WENT "Home" to Ed.`)
	w, opens, mid := l.lookUp(d, nil, nil, nil)
	held, mids := 0, 0
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		isOpener := tk.Kind == text.Word && opener(w[i], tk.Flags)
		if listed := slices.Contains(opens, int32(i)); listed != isOpener {
			t.Errorf("token %d %q: listed as opener %v", i, d.Key(i), listed)
		}
		isMid := isOpener && i > 0 && tk.Flags&text.Upper != 0 && tk.Flags&(text.SentStart|text.LineStart) == 0 &&
			d.Tokens[i-1].Kind != text.Mark && d.Tokens[i-1].Kind != text.Punct
		if listed := slices.Contains(mid, int32(i)); listed != isMid {
			t.Errorf("token %d %q: listed as capitalised inside a sentence %v", i, d.Key(i), listed)
		}
		if isMid {
			mids++
		}
		want := wordBits(0)
		if d.Tokens[i].Kind == text.Word || l.oddKeys {
			want = get(l, d.Key(i))
		}
		if w[i] != want {
			t.Errorf("token %d %q: bits %#x, want %#x", i, d.Key(i), w[i], want)
		}
		if want != 0 {
			held++
		}
	}
	if held < 5 {
		t.Errorf("only %d words held", held)
	}
	if !slices.IsSorted(mid) || mids < 5 || mids == len(opens) {
		t.Errorf("capitalised inside a sentence: %d of %d openers, %v", mids, len(opens), mid)
	}
}

// get returns the bits of word w in l.
func get(l *lexicons, w string) wordBits {
	b, _ := l.holders.Get(w)
	return b
}

// TestFold checks that fold gives what text.Fold gives, for every word of the lists and for
// words with capitals, accents and typographic apostrophes.
func TestFold(t *testing.T) {
	ws := []string{"", "a", "mr", "Mr", "U.S.", "zoë", "o’neill", "o'neill", "ＡＢＣ", "ǅ", "straße"}
	for _, list := range []string{titlesList, rolesList, demonymsList, placesList, orgwordsList, firstnamesList, nonnamesList, thingwordsList} {
		for _, f := range lexicon.Entries(list) {
			ws = append(ws, strings.Fields(f[0])...)
		}
	}
	for _, w := range ws {
		if got, want := fold(w), text.Fold(w); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestWordLike checks wordLike, which passes ASCII letters without decoding, against its
// definition on every string of one or two bytes and on keys of other scripts.
func TestWordLike(t *testing.T) {
	want := func(k string) bool {
		r, n := utf8.DecodeRuneInString(k)
		if r == '\'' || r == '’' {
			r, _ = utf8.DecodeRuneInString(k[n:])
		}
		return unicode.IsLetter(r)
	}
	ks := []string{"", "’s", "'s", "’", "é", "Ω", "中", "٣", "—", "1st"}
	for b := 0; b < 256; b++ {
		ks = append(ks, string([]byte{byte(b)}))
		for c := 0; c < 256; c++ {
			ks = append(ks, string([]byte{byte(b), byte(c)}))
		}
	}
	for _, k := range ks {
		if got := wordLike(k); got != want(k) {
			t.Errorf("wordLike(%q) = %v", k, got)
		}
	}
}
