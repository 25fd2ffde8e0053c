package attribution

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/enum"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// A Span is a half-open range [Start, End) of byte offsets into a document's text.
type Span = text.Span

// A Document is one text to attribute and the date it was published.
type Document struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// Published is the publication date; only its year, month and day are used. The zero
	// Time means the date is unknown, and statements then get no date unless the text has one.
	Published time.Time `json:"published,omitzero"`
}

// A Result is everything found in one document.
type Result struct {
	ID         string          `json:"id"`
	Statements []Statement     `json:"statements"`
	Entities   []entity.Entity `json:"entities"`
	// Mentions are every mention of the entities; Entity.Mentions index into it.
	Mentions []entity.Mention `json:"mentions"`
	// Timexes are the temporal expressions of the document, normalised against its
	// publication date.
	Timexes []timex.Timex `json:"timexes"`
}

// A Statement is something someone said, wrote or thought, with who, when and what about.
type Statement struct {
	Kind quote.Kind `json:"kind"`
	// Parts are the content spans: one for most statements, several for a quote split by its
	// attribution or running over paragraphs.
	Parts []Span `json:"parts"`
	// Cue is the speech cue, if any (Cue.Lemma != "").
	Cue quote.Cue `json:"cue,omitzero"`
	// Speaker is who made the statement; nil when no speaker was found with enough confidence.
	Speaker *Speaker `json:"speaker"`
	// SaidOn is when the statement was made.
	SaidOn SaidOn `json:"said_on"`
	// Topics are what the statement is about, best first.
	Topics []Topic `json:"topics"`
	// Confidence is the confidence of the speaker decision, in [0, 1].
	Confidence float64 `json:"confidence"`
	// Rule names the sieve that chose the speaker, such as "cue-after".
	Rule string `json:"rule"`
	// Trail lists every decision made about the statement, in order.
	Trail []Decision `json:"trail"`
	// Within is the index of the statement that quotes this one, or -1. Only Options.Nested
	// makes such statements.
	Within int `json:"within"`
}

// Span returns the span from the start of the first part to the end of the last.
func (s *Statement) Span() Span {
	if len(s.Parts) == 0 {
		return Span{}
	}
	return Span{Start: s.Parts[0].Start, End: s.Parts[len(s.Parts)-1].End}
}

// A Speaker is who made a statement.
type Speaker struct {
	// Name is the entity's fullest name in the document ("Vladimir Putin"), or the text of the
	// mention when it names no entity ("a senior official").
	Name string `json:"name"`
	// Mention is the local mention next to the cue: "he" in `"…," he said`.
	Mention Span `json:"mention"`
	// Entity is the index of the speaker in [Result.Entities], or -1.
	Entity int `json:"entity"`
	// Kind is the entity's kind, or zero when it is not known.
	Kind entity.Kind `json:"kind,omitempty"`
}

// DateSource says where a statement's date came from.
type DateSource uint8

// The date sources.
const (
	Explicit  DateSource = iota + 1 // a date expression tied to the cue: "said on Monday"
	Dateline                        // the article's dateline
	Published                       // the publication date
)

var dateSourceNames = enum.Names{Pkg: "attribution", Type: "date source",
	Names: []string{"", "explicit", "dateline", "document"}}

// String returns "explicit", "dateline" or "document".
func (s DateSource) String() string { return dateSourceNames.Name(int(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s DateSource) MarshalText() ([]byte, error) { return dateSourceNames.Marshal(int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *DateSource) UnmarshalText(b []byte) error {
	i, err := dateSourceNames.Unmarshal(b)
	*s = DateSource(i)
	return err
}

// SaidOn is when a statement was made.
type SaidOn struct {
	// Value is a TIMEX3 date value ("2025-01-20", "2024-06", "2018"), or "" when unknown.
	Value  string     `json:"value"`
	Source DateSource `json:"source,omitempty"`
	// Span is the date expression in the text, zero for the publication date.
	Span Span `json:"span,omitzero"`
}

// A Topic is something a statement is about.
type Topic struct {
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Source   string  `json:"source"` // "taxonomy", "entity" or "keyphrase"
	Evidence []Span  `json:"evidence"`
}

// A Decision records one rule that decided something about a statement.
type Decision struct {
	Stage      string  `json:"stage"` // "quote", "speaker", "date", "topic"
	Rule       string  `json:"rule"`
	Evidence   Span    `json:"evidence"`
	Confidence float64 `json:"confidence"`
}

// Defaults for the zero fields of [Options].
const (
	DefaultMaxInputBytes = 16 << 20
	DefaultMinConfidence = 0.3
)

// Options configures an [Attributor]. The zero value selects the defaults.
type Options struct {
	// MaxInputBytes bounds the size of one document; 0 means DefaultMaxInputBytes.
	MaxInputBytes int
	// MinConfidence is the confidence below which a statement's speaker is left nil rather
	// than guessed; 0 means DefaultMinConfidence, and a negative value keeps every guess.
	MinConfidence float64
	// Nested makes a quotation inside another, with a cue of its own (`"He told me, 'I will
	// resign,'" she said`), a statement of its own, marked by Statement.Within. By default it
	// stays part of the outer statement, as in the annotated corpora whose format the batch
	// program writes.
	Nested bool
	// Quote configures quotation finding. Its MaxInputBytes is set from MaxInputBytes.
	Quote quote.Options
	// Entity configures entity recognition. Its MaxInputBytes is set from MaxInputBytes.
	Entity entity.Options
	// Timex configures temporal expressions. Its MaxInputBytes is set from MaxInputBytes.
	Timex timex.Options
}

// ErrTooLarge is returned, wrapped, for a document longer than Options.MaxInputBytes.
var ErrTooLarge = errors.New("attribution: document exceeds MaxInputBytes")

// An Attributor finds the statements of documents and who made them. It is built once by
// [New] and is safe for concurrent use by many goroutines.
type Attributor struct {
	opts     Options
	quotes   *quote.Extractor
	entities *entity.Recognizer
	timexes  *timex.Tagger
}

// New returns an Attributor for opts, or an error if opts is invalid.
func New(opts Options) (*Attributor, error) {
	if opts.MaxInputBytes < 0 {
		return nil, errors.New("attribution: negative MaxInputBytes")
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	if opts.MinConfidence == 0 {
		opts.MinConfidence = DefaultMinConfidence
	}
	if opts.MinConfidence > 1 {
		return nil, fmt.Errorf("attribution: MinConfidence %v above 1", opts.MinConfidence)
	}
	opts.Quote.MaxInputBytes = opts.MaxInputBytes
	opts.Entity.MaxInputBytes = opts.MaxInputBytes
	opts.Timex.MaxInputBytes = opts.MaxInputBytes
	q, err := quote.NewExtractor(opts.Quote)
	if err != nil {
		return nil, err
	}
	e, err := entity.NewRecognizer(opts.Entity)
	if err != nil {
		return nil, err
	}
	t, err := timex.NewTagger(opts.Timex)
	if err != nil {
		return nil, err
	}
	return &Attributor{opts: opts, quotes: q, entities: e, timexes: t}, nil
}

// Attribute returns the statements of doc. The only error is one wrapping [ErrTooLarge];
// every other text, including empty text and invalid UTF-8, gives a result.
func (a *Attributor) Attribute(doc Document) (*Result, error) {
	if len(doc.Text) > a.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(doc.Text), a.opts.MaxInputBytes)
	}
	d := text.Analyze(doc.Text)
	qs := a.quotes.ExtractDoc(d)
	quoted := quotedSpans(qs)
	ents := a.entities.RecognizeDoc(d, quoted)
	r := &Result{ID: doc.ID, Entities: ents.Entities, Mentions: ents.Mentions}
	if r.Entities == nil {
		r.Entities = []entity.Entity{}
	}
	if r.Mentions == nil {
		r.Mentions = []entity.Mention{}
	}
	r.Timexes = a.timexes.TagDoc(d, doc.Published)
	if r.Timexes == nil {
		r.Timexes = []timex.Timex{}
	}
	c := newContext(d, qs, quoted, ents, doc)
	c.timexes = r.Timexes
	r.Statements = c.statements(&a.opts)
	return r, nil
}

// AttributeAll returns an iterator over the results of the documents of docs, in order. A
// document that fails yields a nil Result and its error, and the iteration goes on.
func (a *Attributor) AttributeAll(docs iter.Seq[Document]) iter.Seq2[*Result, error] {
	return func(yield func(*Result, error) bool) {
		for doc := range docs {
			if !yield(a.Attribute(doc)) {
				return
			}
		}
	}
}
