package topic

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/whosaid/whosaid/internal/text"
)

// Limits on a taxonomy.
const (
	MaxTaxonomyBytes = 4 << 20 // the largest input ParseTaxonomy reads
	MaxTermWords     = 12      // the most words a term may have
)

// ErrTooLarge is wrapped by the [*TaxonomyError] ParseTaxonomy returns for an input over
// [MaxTaxonomyBytes].
var ErrTooLarge = errors.New("topic: taxonomy too large")

// A TaxonomyError reports a problem with a taxonomy: its label, language and term where they
// apply, and for [ParseTaxonomy] the byte offset in the JSON input.
type TaxonomyError struct {
	Label  string // the label concerned, or ""
	Lang   string // the language code concerned, as written, or ""
	Term   string // the term concerned, or ""
	Offset int64  // byte offset in the JSON input, or -1
	Msg    string // what is wrong: "empty term", "label has no terms" …
	Err    error  // the underlying error (a *json.SyntaxError, ErrTooLarge, a read error), or nil
}

// Error formats e as "topic: taxonomy: at byte 10: label "NATO": language "xx": unknown
// language code", leaving out the parts that do not apply.
func (e *TaxonomyError) Error() string {
	var b strings.Builder
	b.WriteString("topic: taxonomy: ")
	if e.Offset >= 0 {
		b.WriteString("at byte " + strconv.FormatInt(e.Offset, 10) + ": ")
	}
	if e.Label != "" {
		b.WriteString("label " + strconv.Quote(e.Label) + ": ")
	}
	if e.Lang != "" {
		b.WriteString("language " + strconv.Quote(e.Lang) + ": ")
	}
	if e.Term != "" {
		b.WriteString("term " + strconv.Quote(e.Term) + ": ")
	}
	b.WriteString(e.Msg)
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *TaxonomyError) Unwrap() error { return e.Err }

// A Taxonomy is a user's list of topics: labels, each with the terms that stand for it, in one
// or more languages. It is built once by [NewTaxonomy], [NewTaxonomyByLanguage] or
// [ParseTaxonomy], is read-only afterwards and is safe for concurrent use.
//
// Terms match case-insensitively, word by word. English terms (and terms given without a
// language) match any inflection: both the term and the text are reduced by [Stem], so
// "guarantee" matches "guarantees" and "negotiate" matches "negotiations". Terms in other
// languages match their folded form exactly. A word of a term written in capitals (an acronym
// of at most five letters, such as "US" or "NATO") matches only a capitalised word of the text,
// so that "US" does not match "us". Hyphens, en dashes and slashes inside a term or the text
// separate words without stopping a match: "US–Russia relations" matches "US-Russia relations".
type Taxonomy struct {
	labels []string // sorted
	vocab  interner // the words of the terms (stems or keys), numbered by id; read by hash
	terms  []term
	// firstStem[id] lists the terms whose first word is matched by stem and has id; firstKey the
	// terms whose first word is matched by folded key.
	firstStem, firstKey [][]int32
	// prefixes says which words may stem to a word of the terms (see stemPrefixes).
	prefixes stemPrefixes
	keyTerms bool // some term is matched by folded key (a language other than English)
}

// stemPrefixes records the beginnings of a taxonomy's stems. Stem changes at most the last
// letter of what it keeps of a word (hoping → hope, happy → happi), so a stem of n letters
// starts with the first n-1 letters of its word: a word whose first three letters begin no
// stem of four letters or more, whose first two begin no stem of three, and so on, need not be
// stemmed.
type stemPrefixes struct {
	three [26 * 26 * 26 / 8]byte // bit set of the first three letters of stems of 4 letters or more
	two   [26 * 26]bool          // first two letters of stems of 3
	one   [26]bool               // first letter of stems of 2
	all   bool                   // some stem is shorter or not made of a to z
}

func (p *stemPrefixes) add(s string) {
	if len(s) < 2 || !isLowerASCII(s) {
		p.all = true
		return
	}
	a := int(s[0] - 'a')
	switch {
	case len(s) == 2:
		p.one[a] = true
	case len(s) == 3:
		p.two[a*26+int(s[1]-'a')] = true
	default:
		i := (a*26+int(s[1]-'a'))*26 + int(s[2]-'a')
		p.three[i/8] |= 1 << (i % 8)
	}
}

// may reports whether the folded word w may stem to one of the recorded stems.
func (p *stemPrefixes) may(w string) bool {
	if p.all || len(w) < 3 {
		return true
	}
	a, b, c := int(w[0])-'a', int(w[1])-'a', int(w[2])-'a'
	if uint(a) >= 26 || uint(b) >= 26 || uint(c) >= 26 {
		return true // Stem leaves such words alone, cheaply
	}
	i := (a*26+b)*26 + c
	return p.one[a] || p.two[a*26+b] || p.three[i/8]&(1<<(i%8)) != 0
}

type term struct {
	words  []termWord
	labels []int32 // indexes into Taxonomy.labels, sorted, distinct
}

type termWord struct {
	id   int32
	stem bool // compare with the text word's stem; else with its folded key
	caps bool // the text word must be capitalised
}

// entry is one term of one label, as given.
type entry struct {
	label, lang, term string
	offset            int64 // in the JSON input, or -1
}

// Labels returns the labels of t, sorted.
func (t *Taxonomy) Labels() []string { return slices.Clone(t.labels) }

// NewTaxonomy builds a Taxonomy from a map of labels to terms, in any language (inflections are
// matched as English). It returns a [*TaxonomyError] for an empty label, a label with no terms,
// an empty term, a term with no words or more than [MaxTermWords].
func NewTaxonomy(labels map[string][]string) (*Taxonomy, error) {
	var es []entry
	for _, label := range sortedKeys(labels) {
		if len(labels[label]) == 0 {
			return nil, &TaxonomyError{Label: label, Offset: -1, Msg: "label has no terms"}
		}
		for _, tm := range labels[label] {
			es = append(es, entry{label: label, term: tm, offset: -1})
		}
	}
	return build(es)
}

// NewTaxonomyByLanguage builds a Taxonomy from a map of labels to language codes to terms, such
// as {"NATO": {"en": ["NATO", "alliance"], "fr": ["OTAN"]}}. Codes are BCP 47 tags ("en",
// "fr", "pt-BR"); the code "" stands for terms of any language, which match as English. It
// returns a [*TaxonomyError] for the problems [NewTaxonomy] reports and for an unknown language
// code or a language with no terms.
func NewTaxonomyByLanguage(labels map[string]map[string][]string) (*Taxonomy, error) {
	var es []entry
	for _, label := range sortedKeys(labels) {
		if len(labels[label]) == 0 {
			return nil, &TaxonomyError{Label: label, Offset: -1, Msg: "label has no terms"}
		}
		for _, lang := range sortedKeys(labels[label]) {
			if len(labels[label][lang]) == 0 {
				return nil, &TaxonomyError{Label: label, Lang: lang, Offset: -1, Msg: "language has no terms"}
			}
			if _, err := parseLang(lang); err != nil {
				return nil, &TaxonomyError{Label: label, Lang: lang, Offset: -1, Msg: "unknown language code"}
			}
			for _, tm := range labels[label][lang] {
				es = append(es, entry{label: label, lang: lang, term: tm, offset: -1})
			}
		}
	}
	return build(es)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// parseLang returns the base language of the code s, "" for the empty code and for "und".
func parseLang(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", err
	}
	if tag == language.Und {
		return "", nil
	}
	base, _ := tag.Base()
	return base.String(), nil
}

// build makes a Taxonomy of the entries, which hold every label at least once.
func build(es []entry) (*Taxonomy, error) {
	t := &Taxonomy{vocab: newInterner(len(es))}
	labelIdx := map[string]int32{}
	for _, e := range es {
		if strings.TrimSpace(e.label) == "" {
			return nil, &TaxonomyError{Label: e.label, Offset: e.offset, Msg: "empty label"}
		}
		if _, ok := labelIdx[e.label]; !ok {
			labelIdx[e.label] = 0
			t.labels = append(t.labels, e.label)
		}
	}
	slices.Sort(t.labels)
	for i, l := range t.labels {
		labelIdx[l] = int32(i)
	}
	termIdx := map[string]int32{} // a term's words, as a string, → index into t.terms
	var sig []byte
	for _, e := range es {
		if strings.TrimSpace(e.term) == "" {
			return nil, &TaxonomyError{Label: e.label, Lang: e.lang, Offset: e.offset, Msg: "empty term"}
		}
		lang, err := parseLang(e.lang)
		if err != nil {
			return nil, &TaxonomyError{Label: e.label, Lang: e.lang, Offset: e.offset, Msg: "unknown language code"}
		}
		english := lang == "" || lang == "en"
		d := text.Analyze(e.term)
		var words []termWord
		allCaps := true
		scanUnits(d, func(_ int, _ text.Span, key string, f unitFlags) {
			if len(words) > MaxTermWords {
				return
			}
			w := termWord{caps: f&uAllUpper != 0 && len(key) <= 5}
			allCaps = allCaps && f&uAllUpper != 0
			form := key
			if english {
				form, w.stem = Stem(key), true
				t.prefixes.add(form)
			} else {
				t.keyTerms = true
			}
			w.id, _ = t.vocab.intern(form)
			words = append(words, w)
		})
		switch {
		case len(words) == 0:
			return nil, &TaxonomyError{Label: e.label, Lang: e.lang, Term: e.term, Offset: e.offset, Msg: "term has no words"}
		case len(words) > MaxTermWords:
			return nil, &TaxonomyError{Label: e.label, Lang: e.lang, Term: e.term, Offset: e.offset,
				Msg: "term has more than " + strconv.Itoa(MaxTermWords) + " words"}
		}
		if allCaps && len(words) > 1 { // a term written in capitals throughout is not an acronym
			for i := range words {
				words[i].caps = false
			}
		}
		sig = sig[:0]
		for _, w := range words {
			sig = fmt.Appendf(sig, "%d/%t/%t ", w.id, w.stem, w.caps)
		}
		ti, ok := termIdx[string(sig)]
		if !ok {
			ti = int32(len(t.terms))
			termIdx[string(sig)] = ti
			t.terms = append(t.terms, term{words: words})
		}
		tm := &t.terms[ti]
		if l := labelIdx[e.label]; !slices.Contains(tm.labels, l) {
			tm.labels = append(tm.labels, l)
			slices.Sort(tm.labels)
		}
	}
	t.firstStem = make([][]int32, len(t.vocab.strs))
	t.firstKey = make([][]int32, len(t.vocab.strs))
	for i, tm := range t.terms {
		w := tm.words[0]
		if w.stem {
			t.firstStem[w.id] = append(t.firstStem[w.id], int32(i))
		} else {
			t.firstKey[w.id] = append(t.firstKey[w.id], int32(i))
		}
	}
	return t, nil
}

// ParseTaxonomy reads a taxonomy as JSON: an object mapping each label to a list of terms, or
// to an object mapping language codes to lists of terms, as [NewTaxonomy] and
// [NewTaxonomyByLanguage] take them:
//
//	{
//	  "NATO": {"en": ["NATO", "alliance"], "fr": ["OTAN"]},
//	  "peace talks": ["peace talks", "negotiate", "ceasefire"]
//	}
//
// It reads at most [MaxTaxonomyBytes]. Every problem comes back as a [*TaxonomyError] with the
// byte offset where it was found: input that is not JSON or not UTF-8, a value of the wrong
// shape, a duplicate label or language, an unknown language code, an empty label or term, a
// label or language with no terms, and the problems [NewTaxonomy] reports.
func ParseTaxonomy(r io.Reader) (*Taxonomy, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTaxonomyBytes+1))
	if err != nil {
		return nil, &TaxonomyError{Offset: -1, Msg: "reading the input", Err: err}
	}
	if len(data) > MaxTaxonomyBytes {
		return nil, &TaxonomyError{Offset: -1, Err: ErrTooLarge,
			Msg: "input exceeds " + strconv.Itoa(MaxTaxonomyBytes) + " bytes"}
	}
	if !utf8.Valid(data) {
		return nil, &TaxonomyError{Offset: int64(invalidUTF8(data)), Msg: "input is not valid UTF-8"}
	}
	p := parser{dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	es, err := p.parse()
	if err != nil {
		return nil, err
	}
	return build(es)
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// parser reads the JSON form of a taxonomy token by token, so that errors can name their label
// and offset and duplicates are caught.
type parser struct {
	dec *json.Decoder
	es  []entry
}

func (p *parser) parse() ([]entry, error) {
	tok, off, err := p.rawToken("", "")
	if err == io.EOF {
		return nil, &TaxonomyError{Offset: -1, Msg: "empty input: want a JSON object mapping labels to terms"}
	}
	if err != nil {
		return nil, err
	}
	if tok != json.Delim('{') {
		return nil, &TaxonomyError{Offset: off, Msg: "want a JSON object mapping labels to terms, got " + describe(tok)}
	}
	seen := map[string]bool{}
	for p.dec.More() {
		tok, off, err := p.token("", "")
		if err != nil {
			return nil, err
		}
		label := tok.(string) // object keys are always strings
		if strings.TrimSpace(label) == "" {
			return nil, &TaxonomyError{Label: label, Offset: off, Msg: "empty label"}
		}
		if seen[label] {
			return nil, &TaxonomyError{Label: label, Offset: off, Msg: "duplicate label"}
		}
		seen[label] = true
		if tok, off, err = p.token(label, ""); err != nil {
			return nil, err
		}
		switch tok {
		case json.Delim('['):
			err = p.terms(label, "", off)
		case json.Delim('{'):
			err = p.languages(label, off)
		default:
			err = &TaxonomyError{Label: label, Offset: off,
				Msg: "wrong shape: want a list of terms or an object mapping language codes to lists of terms, got " + describe(tok)}
		}
		if err != nil {
			return nil, err
		}
	}
	if _, _, err := p.token("", ""); err != nil { // the closing brace
		return nil, err
	}
	if tok, off, err := p.rawToken("", ""); err != io.EOF {
		if err != nil {
			return nil, err
		}
		return nil, &TaxonomyError{Offset: off, Msg: "unexpected " + describe(tok) + " after the taxonomy object"}
	}
	if len(p.es) == 0 {
		return nil, &TaxonomyError{Offset: -1, Msg: "taxonomy has no labels"}
	}
	return p.es, nil
}

// languages reads the language codes of label after the opening brace at offset start.
func (p *parser) languages(label string, start int64) error {
	seen := map[string]bool{}
	for p.dec.More() {
		tok, off, err := p.token(label, "")
		if err != nil {
			return err
		}
		code := tok.(string)
		tag, err := language.Parse(code)
		if err != nil || code == "" {
			return &TaxonomyError{Label: label, Lang: code, Offset: off, Msg: "unknown language code"}
		}
		if seen[tag.String()] { // "EN" repeats "en"; "en-GB" does not
			return &TaxonomyError{Label: label, Lang: code, Offset: off, Msg: "duplicate language"}
		}
		seen[tag.String()] = true
		tok, off, err = p.token(label, code)
		if err != nil {
			return err
		}
		if tok != json.Delim('[') {
			return &TaxonomyError{Label: label, Lang: code, Offset: off,
				Msg: "wrong shape: want a list of terms, got " + describe(tok)}
		}
		if err := p.terms(label, code, off); err != nil {
			return err
		}
	}
	if _, _, err := p.token(label, ""); err != nil {
		return err
	}
	if len(seen) == 0 {
		return &TaxonomyError{Label: label, Offset: start, Msg: "label has no terms"}
	}
	return nil
}

// terms reads the terms of label in lang after the opening bracket at offset start.
func (p *parser) terms(label, lang string, start int64) error {
	n := 0
	for p.dec.More() {
		tok, off, err := p.token(label, lang)
		if err != nil {
			return err
		}
		s, ok := tok.(string)
		if !ok {
			return &TaxonomyError{Label: label, Lang: lang, Offset: off, Msg: "wrong shape: want a term, got " + describe(tok)}
		}
		if strings.TrimSpace(s) == "" {
			return &TaxonomyError{Label: label, Lang: lang, Offset: off, Msg: "empty term"}
		}
		p.es = append(p.es, entry{label: label, lang: lang, term: s, offset: off})
		n++
	}
	if _, _, err := p.token(label, lang); err != nil {
		return err
	}
	if n == 0 {
		msg := "label has no terms"
		if lang != "" {
			msg = "language has no terms"
		}
		return &TaxonomyError{Label: label, Lang: lang, Offset: start, Msg: msg}
	}
	return nil
}

// token returns the next JSON token and the offset where it starts. A nested value that is
// not a term list (a list inside a list) comes back as its opening delimiter, which the callers
// reject, so the decoder never descends more than three levels.
func (p *parser) token(label, lang string) (json.Token, int64, error) {
	tok, off, err := p.rawToken(label, lang)
	if err == io.EOF {
		err = &TaxonomyError{Label: label, Lang: lang, Offset: off, Msg: "unexpected end of input"}
	}
	return tok, off, err
}

// rawToken is token but returns a bare io.EOF at the end of the input, which is where the
// input ends when it comes before the first token or after the last.
func (p *parser) rawToken(label, lang string) (json.Token, int64, error) {
	off := p.offset()
	tok, err := p.dec.Token()
	switch {
	case err == io.EOF:
		return nil, off, err
	case err == io.ErrUnexpectedEOF:
		return nil, off, &TaxonomyError{Label: label, Lang: lang, Offset: off, Msg: "unexpected end of input"}
	case err != nil:
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		return nil, off, &TaxonomyError{Label: label, Lang: lang, Offset: off, Msg: "not JSON", Err: err}
	}
	return tok, off, nil
}

// offset returns the offset of the next token: the decoder's position after any white space,
// commas and colons.
func (p *parser) offset() int64 {
	off := p.dec.InputOffset()
	rest, _ := io.ReadAll(io.LimitReader(p.dec.Buffered(), 64))
	for _, c := range rest {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':' {
			break
		}
		off++
	}
	return off
}

// describe names the kind of a JSON token for an error message.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "a list"
		}
		return "'" + v.String() + "'"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}
