package attribution

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/enum"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/internal/topic"
	"github.com/whosaid/whosaid/quote"
)

// A Span is a half-open range [Start, End) of byte offsets into a document's text.
type Span = text.Span

// A Document is one text to attribute and the date it was published.
type Document struct {
	ID   string `json:"id"`   // the caller's name for the document, copied to the Result
	Text string `json:"text"` // the text, UTF-8; invalid bytes are kept and never matched
	// Published is the publication date; only its year, month and day are used. The zero
	// Time means the date is unknown, and statements then get no date unless the text has one.
	Published time.Time `json:"published,omitzero"`
	// Taxonomy, if not nil, replaces Options.Taxonomy for this document: a server can take a
	// taxonomy with each request and share one Attributor.
	Taxonomy *Taxonomy `json:"-"`
}

// A Result is everything found in one document.
type Result struct {
	ID         string          `json:"id"`         // Document.ID
	Statements []Statement     `json:"statements"` // in text order of their first part
	Entities   []entity.Entity `json:"entities"`   // the people, groups and organisations; Speaker.Entity indexes it
	// Mentions are every mention of the entities; Entity.Mentions index into it.
	Mentions []entity.Mention `json:"mentions"`
	// Timexes are the temporal expressions of the document, normalised against its
	// publication date.
	Timexes []timex.Timex `json:"timexes"`
}

// A Statement is something someone said, wrote or thought, with who, when and what about.
type Statement struct {
	// Kind says whether the content is quoted (direct), reported (indirect) or both (mixed).
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
	Source DateSource `json:"source,omitempty"` // where Value came from
	// Span is the date expression in the text, zero for the publication date.
	Span Span `json:"span,omitzero"`
}

// A Topic is something a statement is about.
type Topic struct {
	// Label is the taxonomy label, the entity's fullest name or the key phrase.
	Label string `json:"label"`
	// Score is how strongly the statement is about the topic, in [0, 1]. Scores of one source
	// compare across the statements of a document; scores of different sources do not.
	Score float64 `json:"score"`
	// Source is "taxonomy" (a label of Options.Taxonomy), "entity" (a named entity the
	// statement mentions) or "keyphrase" (a phrase ranked by document statistics).
	Source string `json:"source"`
	// Evidence holds the spans that support the topic, in the content and then, with a lower
	// weight, in the sentence of the cue, in text order.
	Evidence []Span `json:"evidence"`
}

// A Decision records one rule that decided something about a statement.
type Decision struct {
	Stage      string  `json:"stage"`      // "quote", "speaker", "date", "topic"
	Rule       string  `json:"rule"`       // the rule's name, as in Statement.Rule
	Evidence   Span    `json:"evidence"`   // the text the rule looked at
	Confidence float64 `json:"confidence"` // in [0, 1]
}

// Defaults for the zero fields of [Options].
const (
	DefaultMaxInputBytes = 16 << 20
	DefaultMinConfidence = 0.3
	DefaultMaxTopics     = topic.DefaultMax
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
	// Taxonomy, if not nil, adds the caller's topics to those found with no configuration (the
	// entities a statement names and its key phrases).
	Taxonomy *Taxonomy
	// MaxTopics is the most topics a statement gets; 0 means DefaultMaxTopics, and a negative
	// value turns topics off.
	MaxTopics int
	// KeepMarkup reads HTML left in a text (character references such as &quot; and &#8220;,
	// tags such as <p> and <a href="…">) as the characters it is written in. By default such a
	// text is read as the plain text it stands for: a reference as its character, <p> and
	// other blocks as paragraph breaks, <br> as a line break, <q> as quotation marks, inline
	// tags and comments as nothing; every span still points into the caller's bytes, and names
	// and labels are of the plain text ("AT&T" for "AT&amp;T").
	KeepMarkup bool
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
	return a.attribute(doc, stageTopics, new(Buffer))
}

// A stage is one step of [Attributor.Attribute], in the order they run.
type stage int

const (
	stageAnalyze stage = iota
	stageQuotes
	stageEntities
	stageTimexes
	stageStatements
	stageTopics
)

// attribute runs the stages of Attribute up to and including last. Only Attribute runs fewer
// than all of them: a benchmark stops early to time each stage in place, where it pays for
// the caches the stages before it leave cold, which a stage's own benchmark does not show.
func (a *Attributor) attribute(doc Document, last stage, buf *Buffer) (*Result, error) {
	if len(doc.Text) > a.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(doc.Text), a.opts.MaxInputBytes)
	}
	if !a.opts.KeepMarkup {
		if plain, ok := buf.markup.Strip(doc.Text); ok {
			doc.Text = plain
			r, err := a.attributePlain(doc, last, buf)
			if err == nil {
				mapMarkup(r, &buf.markup)
			}
			return r, err
		}
	}
	return a.attributePlain(doc, last, buf)
}

// attributePlain is attribute over a text without markup, or with markup kept.
func (a *Attributor) attributePlain(doc Document, last stage, buf *Buffer) (*Result, error) {
	d := text.Analyze(doc.Text)
	defer d.Release() // the Result holds spans and strings, nothing of d's tables
	r := &buf.result
	*r = Result{ID: doc.ID, Entities: []entity.Entity{}, Mentions: []entity.Mention{}, Timexes: []timex.Timex{}}
	if last == stageAnalyze {
		return r, nil
	}
	c := newContext(d, doc, buf)
	defer c.release()
	c.quotes = a.quotes.AppendDoc(c.quotes, d)
	c.quoted = quotedSpans(c.quotes, c.quoted)
	if last == stageQuotes {
		return r, nil
	}
	ents := &buf.analysis
	a.entities.RecognizeDocInto(ents, d, c.quoted)
	c.ents = ents
	r.Entities, r.Mentions = ents.Entities, ents.Mentions // empty, not nil, when there are none
	if last == stageEntities {
		return r, nil
	}
	if ts := a.timexes.TagDoc(d, doc.Published); ts != nil {
		r.Timexes = ts
	}
	c.timexes = r.Timexes
	if last == stageTimexes {
		return r, nil
	}
	r.Statements = c.statements(&a.opts)
	if last == stageStatements {
		return r, nil
	}
	tax := a.opts.Taxonomy
	if doc.Taxonomy != nil {
		tax = doc.Taxonomy
	}
	c.topics(tax, a.opts.MaxTopics)
	return r, nil
}

// AttributeAll returns an iterator over the results of the documents of docs, in order. A
// document that fails yields a nil Result and its error, and the iteration goes on. When ctx
// is done, the iteration yields ctx's error once and stops; a nil ctx never ends it. The
// iterator may be used once per call; the Attributor may serve many at the same time.
func (a *Attributor) AttributeAll(ctx context.Context, docs iter.Seq[Document]) iter.Seq2[*Result, error] {
	return func(yield func(*Result, error) bool) {
		for doc := range docs {
			if ctx != nil && ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			if !yield(a.Attribute(doc)) {
				return
			}
		}
	}
}
