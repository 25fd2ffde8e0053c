package entity

import (
	"errors"
	"fmt"

	"github.com/whosaid/whosaid/internal/enum"

	"github.com/whosaid/whosaid/internal/text"
)

// A Span is a half-open range [Start, End) of byte offsets into the input text.
type Span = text.Span

// Kind says what an entity is.
type Kind uint8

// The entity kinds.
const (
	Person       Kind = iota + 1
	Organisation      // companies, ministries, parties, newspapers: "the Kremlin", "Siemens"
	Place             // countries and cities speaking as governments: "Moscow", "Kyiv"
	Group             // plural people: "officials", "protesters"
	RoleOnly          // a person known only by a role: "the spokesman"
	Anonymous         // an unnamed source: "a senior official"
)

var kindNames = enum.Names{Pkg: "entity", Type: "kind", Names: []string{"", "person", "organisation", "place", "group", "role", "anonymous"}}

// String returns the lower-case name of k.
func (k Kind) String() string { return kindNames.Name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := kindNames.Unmarshal(b)
	*k = Kind(i)
	return err
}

// MentionKind says how a mention refers to its entity.
type MentionKind uint8

// The mention kinds.
const (
	Name    MentionKind = iota + 1 // a proper name, with any title: "Russian President Vladimir Putin"
	Nominal                        // a role noun phrase: "the spokesman", "the Russian leader"
	Pronoun                        // he, she, they, I, we, it
)

var mentionKindNames = enum.Names{Pkg: "entity", Type: "mention kind", Names: []string{"", "name", "nominal", "pronoun"}}

// String returns "name", "nominal" or "pronoun".
func (k MentionKind) String() string { return mentionKindNames.Name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k MentionKind) MarshalText() ([]byte, error) {
	return mentionKindNames.Marshal(int(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MentionKind) UnmarshalText(b []byte) error {
	i, err := mentionKindNames.Unmarshal(b)
	*k = MentionKind(i)
	return err
}

// Gender is what the text says about a person's gender: from honorifics, role nouns, given
// names and the pronouns that refer to them. Unknown is the usual answer.
type Gender uint8

// The genders.
const (
	Unknown Gender = iota
	Male
	Female
	Neuter // it: organisations and places
	Plural // they: groups
)

var genderNames = enum.Names{Pkg: "entity", Type: "gender", Names: []string{"unknown", "male", "female", "neuter", "plural"}}

// String returns the lower-case name of g.
func (g Gender) String() string { return genderNames.Name(int(g)) }

// MarshalText implements encoding.TextMarshaler.
func (g Gender) MarshalText() ([]byte, error) { return genderNames.Marshal(int(g)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Gender) UnmarshalText(b []byte) error {
	i, err := genderNames.Unmarshal(b)
	*g = Gender(i)
	return err
}

// A Mention is one place where the text refers to an entity.
type Mention struct {
	Span Span        `json:"span"` // the whole mention: "Russian President Vladimir Putin"
	Head Span        `json:"head"` // the name or head noun: "Vladimir Putin", "spokesman", "he"
	Kind MentionKind `json:"kind"` // name, nominal or pronoun

	// The flags fill the padding after Kind. No field of a Mention is a pointer, so that the
	// result's array, a third of the bytes a document allocates, is neither scanned by the
	// garbage collector nor copied with write barriers.
	ekind     Kind
	gender    Gender
	plural    bool
	definite  bool // a nominal that refers back: "the spokesman", not "a spokesman"
	theName   bool // a capitalised noun after "the" used as a name: "the Hatter"
	honorific bool // the title is a form of address: Mr, Mrs, Lady
	guessed   bool // gender comes from a given name only

	// Title is the role before a name ("Russian President"), or zero.
	Title Span `json:"title,omitzero"`
	// Entity is the index of the mention's entity in [Analysis.Entities], or -1 when a pronoun
	// found no antecedent.
	Entity int `json:"entity"`
	// Possessive reports a mention followed by 's or ’s ("Trump’s plan"): a modifier, not a
	// subject.
	Possessive bool `json:"possessive,omitempty"`
	// Vocative reports a name that addresses someone inside a quotation ("Well, Mr. Bumble,
	// …"): the person spoken to, not the speaker. Only RecognizeDoc, which knows where the
	// quotations are, sets it.
	Vocative bool `json:"vocative,omitempty"`

	// demonym is the country of a nationality before the title or role ("Ukraine"), as the
	// number lexicons.demonyms gives it, or 0. It and the int32 token indexes below fill the
	// padding after Vocative: 88 bytes a mention rather than 104, in the result's array and
	// the scratch.
	demonym   int32
	first     int32    // token index of Head's first token
	last      int32    // token index after Head
	titleKeys [2]int32 // token range [from, to) of the title, for matching roles to titles
}

// An Entity is a person, organisation, place or group, with every mention of it.
type Entity struct {
	ID       int    `json:"id"`       // its index in Analysis.Entities
	Name     string `json:"name"`     // the fullest name the text gives: "Vladimir Putin"
	Kind     Kind   `json:"kind"`     // person, organisation, place, group, role or anonymous
	Gender   Gender `json:"gender"`   // from titles, given names and the pronouns that refer to it
	Mentions []int  `json:"mentions"` // indexes into [Analysis.Mentions], in text order

	guessed bool // Gender comes from a given name only, which pronouns may overrule
}

// An Analysis is the entities of one text and their mentions.
type Analysis struct {
	Mentions []Mention `json:"mentions"` // every mention, in text order
	Entities []Entity  `json:"entities"` // in the order of their first mention

	// mentionIdx is the memory of the Entities' Mentions, one array for all, which
	// RecognizeDocInto reuses as it reuses that of Mentions and Entities.
	mentionIdx []int
}

// MentionAt returns the index of the mention whose span contains byte offset off, or -1.
func (a *Analysis) MentionAt(off int) int {
	lo, hi := 0, len(a.Mentions)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Mentions[m].Span.End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Mentions) && a.Mentions[lo].Span.Start <= off {
		return lo
	}
	return -1
}

// DefaultMaxInputBytes is the default bound on the size of one text.
const DefaultMaxInputBytes = 16 << 20

// Options configures a [Recognizer]. The zero value selects the defaults.
type Options struct {
	// MaxInputBytes bounds the size of one text; 0 means DefaultMaxInputBytes.
	MaxInputBytes int
}

// ErrTooLarge is returned, wrapped, when a text exceeds Options.MaxInputBytes.
var ErrTooLarge = errors.New("entity: input exceeds MaxInputBytes")

// A Recognizer finds the people, organisations and places of a text. It is built once by
// [NewRecognizer] and is safe for concurrent use.
type Recognizer struct {
	opts Options
	lex  *lexicons
}

// NewRecognizer returns a Recognizer for opts, or an error if opts is invalid.
func NewRecognizer(opts Options) (*Recognizer, error) {
	if opts.MaxInputBytes < 0 {
		return nil, errors.New("entity: negative MaxInputBytes")
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	lex, err := loadLexicons()
	if err != nil {
		return nil, err
	}
	return &Recognizer{opts: opts, lex: lex}, nil
}

// Recognize returns the entities of s. It returns an error wrapping [ErrTooLarge] if s is
// longer than Options.MaxInputBytes.
func (r *Recognizer) Recognize(s string) (*Analysis, error) {
	if len(s) > r.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(s), r.opts.MaxInputBytes)
	}
	return r.RecognizeDoc(text.Analyze(s), nil), nil
}

// RecognizeDoc is Recognize over a text analysed once and shared with other stages. It is how
// the attribution package calls this one; other callers use Recognize. quoted lists the spans
// of the text's quotations, in order: a pronoun outside them is never linked to a name inside
// them (in `"…the President…," he said`, he is not the President).
func (r *Recognizer) RecognizeDoc(d *text.Doc, quoted []text.Span) *Analysis {
	a := &Analysis{Mentions: []Mention{}, Entities: []Entity{}}
	r.RecognizeDocInto(a, d, quoted)
	return a
}

// RecognizeDocInto is RecognizeDoc writing the mentions and entities into a's slices, whose
// memory it reuses: what a held before is overwritten. As RecognizeDoc's, the slices are
// empty, not nil, when the text has none. a serves one call at a time; r stays safe for
// concurrent use.
func (r *Recognizer) RecognizeDocInto(a *Analysis, d *text.Doc, quoted []text.Span) {
	sc := newScan(r.lex, d)
	defer sc.release()
	w := &Analysis{Mentions: room(sc.mentionBuf, len(d.Tokens)/6+4), mentionIdx: a.mentionIdx} // news has a mention in seven tokens
	sc.mentions(w)
	sc.entities = a.Entities[:0] // where cluster copies the entities out
	sc.cluster(w, quoted)
	// The result gets an exact copy, as cluster gives it of the entities: the estimate above
	// leaves a quarter unused.
	sc.mentionBuf = w.Mentions
	a.Mentions = append(a.Mentions[:0], w.Mentions...)
	a.Entities, a.mentionIdx = w.Entities, w.mentionIdx
	if a.Mentions == nil {
		a.Mentions = []Mention{}
	}
	if a.Entities == nil {
		a.Entities = []Entity{}
	}
}
