package attribution

import (
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/topic"
)

// A Taxonomy is a caller's set of topics: labels, each with the words and phrases that signal
// it, optionally per language. Terms match case-insensitively, through inflection (`guarantee`
// matches `guarantees`, `negotiate` matches `negotiations`), and the longest term wins (`third
// world war` is not also `war`). A Taxonomy is read-only once built and safe for concurrent use.
type Taxonomy struct {
	t *topic.Taxonomy
}

// A TaxonomyError says what is wrong with a taxonomy and where: the label, language and term
// concerned and, for [ParseTaxonomy], the byte offset in its input.
type TaxonomyError = topic.TaxonomyError

// NewTaxonomy returns the taxonomy of labels, each mapped to its terms (matched as English).
// It returns a *[TaxonomyError] for an empty label, a label with no terms, an empty term, or a
// term with no words or more than twelve.
func NewTaxonomy(labels map[string][]string) (*Taxonomy, error) {
	t, err := topic.NewTaxonomy(labels)
	if err != nil {
		return nil, err
	}
	return &Taxonomy{t}, nil
}

// NewTaxonomyByLanguage is [NewTaxonomy] with terms per language: labels[label][lang], where
// lang is a BCP 47 tag ("en", "fr", "pt-BR") or "" for terms of any language. English terms
// match through inflection, others as written, case aside. Besides the errors of NewTaxonomy,
// it returns a *[TaxonomyError] for an unknown language code or a language with no terms.
func NewTaxonomyByLanguage(labels map[string]map[string][]string) (*Taxonomy, error) {
	t, err := topic.NewTaxonomyByLanguage(labels)
	if err != nil {
		return nil, err
	}
	return &Taxonomy{t}, nil
}

// ParseTaxonomy reads a taxonomy in JSON: an object mapping each label to a list of terms
// (`{"NATO": ["NATO", "North Atlantic alliance"]}`) or to an object of such lists by language
// (`{"NATO": {"en": ["NATO"], "fr": ["OTAN"]}}`). It returns a *[TaxonomyError], naming the
// byte offset and the label and term concerned, for input that is not JSON or not UTF-8, a
// value of the wrong shape, a duplicate label or language, an unknown language code, an empty
// label or term, a label or language with no terms, or an input over 4 MiB.
func ParseTaxonomy(r io.Reader) (*Taxonomy, error) {
	t, err := topic.ParseTaxonomy(r)
	if err != nil {
		return nil, err
	}
	return &Taxonomy{t}, nil
}

// Labels returns the labels of t, sorted.
func (t *Taxonomy) Labels() []string { return t.t.Labels() }

// topicScratch is the working memory of docContext.topics, kept in topicScratches between
// documents: the mentions handed to the analyser, and the topics of all the statements back to
// back with where each statement's end and their evidence, so that they are copied out in two
// allocations.
type topicScratch struct {
	mentions []topic.Mention
	found    []topic.Topic
	ends     []int
	spans    []Span
}

var topicScratches = sync.Pool{New: func() any { return new(topicScratch) }}

// topics gives every statement of c its topics: the caller's taxonomy labels its content
// supports, the entities it names and its key phrases, with the cue's sentence as context.
func (c *docContext) topics(tax *Taxonomy, limit int) {
	if limit < 0 || len(c.stmts) == 0 {
		return
	}
	var tt *topic.Taxonomy
	if tax != nil {
		tt = tax.t
	}
	sc := topicScratches.Get().(*topicScratch)
	defer func() {
		clear(sc.mentions) // they point into the text: do not keep it alive
		clear(sc.found)
		topicScratches.Put(sc)
	}()
	ms := slices.Grow(sc.mentions[:0], len(c.ents.Mentions)) // room for all: each is set below
	for i := range c.ents.Mentions {
		m := &c.ents.Mentions[i]
		if m.Entity < 0 || m.Kind == entity.Pronoun {
			continue // the analyser would drop a pronoun: it names no topic
		}
		e := &c.ents.Entities[m.Entity]
		switch {
		case e.Kind == entity.RoleOnly || e.Kind == entity.Anonymous:
			continue // as for a pronoun: these kinds name no one in particular
		case e.Kind == entity.Group && !startsUpper(e.Name):
			continue // `reporters`, `two diplomats`: who heard or told it, not what it is about
		}
		// A topic is a thing, named without the article a name may carry for a speaker
		// ("The Bundestag" is the topic Bundestag). The kind is left empty: the analyser reads
		// it only to leave out the kinds left out above.
		name := strings.TrimPrefix(e.Name, "The ")
		ms = ms[:len(ms)+1] // set field by field, as the topics are below
		t := &ms[len(ms)-1]
		t.Span, t.Name, t.Kind, t.Pronoun = m.Span, name, "", false
	}
	sc.mentions = ms
	a := topic.NewAnalyzer(c.d, ms, tt)
	defer a.Release()
	found, ends, spans := sc.found[:0], sc.ends[:0], sc.spans[:0]
	var st topic.Statement // one for all, set field by field
	for si := range c.stmts {
		s := &c.stmts[si]
		st.Content, st.Context, st.Speaker = s.Parts, c.contextOf(s), ""
		if s.Speaker != nil {
			st.Speaker = strings.TrimPrefix(s.Speaker.Name, "The ")
		}
		found, spans = a.AppendTopicsSpans(found, spans, &st, limit)
		ends = append(ends, len(found))
	}
	sc.found, sc.ends, sc.spans = found, ends, spans
	all := zeroed(c.buf.topics, len(found))
	c.buf.topics = all
	n := 0
	for i := range found { // by index: a range over found would copy each topic
		n += len(found[i].Evidence)
	}
	evidence := slices.Grow(c.buf.evidence[:0], n) // the evidence of the kept topics, out of the scratch
	for i := range found {
		// Field by field into the zeroed topic: a composite literal is built aside and copied.
		t, out := &found[i], &all[i]
		out.Label, out.Score, out.Source = t.Label, t.Score, t.Source.String()
		if ev := t.Evidence; len(ev) > 0 {
			k := len(evidence)
			for _, s := range ev { // a topic has a span or two: a loop costs less than memmove's call
				evidence = append(evidence, s)
			}
			out.Evidence = evidence[k:len(evidence):len(evidence)]
		}
	}
	c.buf.evidence = evidence
	start := 0
	for si, end := range ends {
		if end > start { // a statement with no topics keeps its empty, non-nil Topics
			c.stmts[si].Topics = all[start:end:end]
		}
		start = end
	}
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// contextOf returns the sentence of the statement's cue, or of its first part.
func (c *docContext) contextOf(s *Statement) Span {
	off := s.Cue.Span.Start
	if s.Cue.Lemma == "" {
		if len(s.Parts) == 0 {
			return Span{}
		}
		off = s.Parts[0].Start
	}
	d := c.d
	k := d.TokenAt(off)
	if k >= len(d.Tokens) {
		return Span{}
	}
	// A run-on sentence is context only near the cue: every statement in it would otherwise
	// read all of it.
	sent := &d.Sentences[d.SentenceOf(k)] // a pointer: the segment is not copied
	first, last := max(sent.First, k-maxContextTokens), min(sent.Last, k+maxContextTokens)
	return Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
}

// maxContextTokens bounds a statement's context on each side of its cue.
const maxContextTokens = 100

// A SpeakerSummary is what one speaker of a document spoke about.
type SpeakerSummary struct {
	Entity int    `json:"entity"` // index into Result.Entities
	Name   string `json:"name"`   // the entity's fullest name
	// Topics are the speaker's topics over all their statements: taxonomy labels, then
	// entities, then key phrases, each best first. A topic's score combines those of its
	// statements, 1 - (1-s₁)(1-s₂)…, so it grows with every statement on it.
	Topics []SpeakerTopic `json:"topics"`
	// Statements are the indexes of the speaker's statements in Result.Statements, in order.
	Statements []int `json:"statements"`
}

// A SpeakerTopic is one topic of a speaker and the statements that carry it.
type SpeakerTopic struct {
	Topic
	Statements []int `json:"statements"` // indexes into Result.Statements, in order
}

// Summary returns, for each speaker resolved to an entity, the topics they spoke about and the
// statements behind each, speakers in the order of their first statement. Statements without a
// speaker entity are left out.
func (r *Result) Summary() []SpeakerSummary {
	speakers := make([]int, len(r.Statements))
	topics := make([][]topic.Topic, len(r.Statements))
	for i := range r.Statements {
		s := &r.Statements[i]
		speakers[i] = -1
		if s.Speaker != nil {
			speakers[i] = s.Speaker.Entity
		}
		topics[i] = make([]topic.Topic, len(s.Topics))
		for j, t := range s.Topics {
			var src topic.Source
			_ = src.UnmarshalText([]byte(t.Source))
			topics[i][j] = topic.Topic{Label: t.Label, Score: t.Score, Source: src, Evidence: t.Evidence}
		}
	}
	sum := topic.Summarize(speakers, topics)
	out := make([]SpeakerSummary, 0, len(sum))
	for _, st := range sum {
		ss := SpeakerSummary{Entity: st.Speaker, Statements: st.Statements, Topics: make([]SpeakerTopic, len(st.Topics))}
		if st.Speaker < len(r.Entities) {
			ss.Name = r.Entities[st.Speaker].Name
		}
		for i, t := range st.Topics {
			ss.Topics[i] = SpeakerTopic{
				Topic:      Topic{Label: t.Label, Score: t.Score, Source: t.Source.String(), Evidence: t.Evidence},
				Statements: t.Statements,
			}
		}
		out = append(out, ss)
	}
	return out
}
