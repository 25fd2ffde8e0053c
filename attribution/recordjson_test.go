package attribution_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// TestAppendJSON checks that Record.AppendJSON writes what json.Marshal writes, for records with
// every field set or left empty, strings that need escaping and numbers of every magnitude.
func TestAppendJSON(t *testing.T) {
	n := func(i int) *int { return &i }
	str := func(s string) *string { return &s }
	odd := "a\"b\\c\x00\x1f\b\f\n\r\t<>&\x7f é\u2028\u2029\xff\xc3 日本 \U0001F600"
	topics := []attribution.Topic{
		{Label: odd, Score: 0.5, Source: "entity", Evidence: []attribution.Span{{Start: 1, End: 2}, {Start: 3, End: 4}}},
		{Label: "b", Score: 1e-7, Source: "keyphrase"},
		{Label: "c", Score: 1e21, Source: "taxonomy", Evidence: []attribution.Span{}},
		{Label: "d", Score: 0.25, Source: odd},
		{Label: "e", Score: 0.25, Source: "entities"},
		{Score: -0.000001},
		{Score: 123456789.125},
		{Score: math.Copysign(0, -1)},
	}
	for _, tc := range []struct {
		name string
		rec  attribution.Record
	}{
		{name: "zero"},
		{name: "empty", rec: attribution.Record{Quotes: []attribution.RecordQuote{}, Entities: []attribution.RecordEntity{}, Timexes: []attribution.RecordTimex{}}},
		{name: "error", rec: attribution.Record{Schema: 1, ID: odd, Error: "not JSON: <bad>"}},
		{name: "full", rec: attribution.Record{Schema: 1, ID: "doc-1",
			Quotes: []attribution.RecordQuote{
				{Start: 1, End: 20, Kind: "direct", Statement: 0, Part: 0, Within: n(3), Speaker: str(odd),
					SpeakerStart: n(0), SpeakerEnd: n(4), Entity: n(0), CueStart: n(5), CueEnd: n(9),
					Cue: "say", CueClass: "speech", SaidOn: str("2025-01-21"), SaidOnSource: "document",
					Topics: topics, Confidence: 0.8765, Rule: "cue-after", QuoteRule: "marks"},
				{Start: -1, Kind: "indirect", Topics: []attribution.Topic{}, Confidence: 1e-9},
				{Confidence: 3},
			},
			Entities: []attribution.RecordEntity{
				{ID: 0, Name: odd, Kind: "person", Gender: "female", Mentions: [][]int{{0, 4}, nil, {}}},
				{ID: 1},
			},
			Timexes: []attribution.RecordTimex{
				{Start: 3, End: 9, Type: "DATE", Value: "2025-01-20", Mod: "START"},
				{Type: "DURATION", Value: "P3Y"},
			},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.Marshal(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.rec.AppendJSON([]byte("prefix"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != "prefix"+string(want) {
				t.Errorf("AppendJSON:\n%s\njson.Marshal:\n%s", got, want)
			}
		})
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		rec := attribution.Record{Quotes: []attribution.RecordQuote{{Topics: []attribution.Topic{{Score: f}}}}}
		if b, err := rec.AppendJSON([]byte("x")); err == nil || string(b) != "x" {
			t.Errorf("AppendJSON with score %v = %q, %v; want x and an error", f, b, err)
		}
		rec = attribution.Record{Quotes: []attribution.RecordQuote{{Confidence: f}}}
		if _, err := rec.AppendJSON(nil); err == nil {
			t.Errorf("AppendJSON with confidence %v: no error", f)
		}
	}
}

// TestAppendJSONFloat checks the short path for scores of four decimals against
// encoding/json, around every such score in [0, 3] and at large and odd values.
func TestAppendJSONFloat(t *testing.T) {
	check := func(f float64) {
		t.Helper()
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		rec := attribution.Record{Quotes: []attribution.RecordQuote{{Confidence: f}}}
		got, err := rec.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		g := string(got)
		g = g[strings.Index(g, `"confidence":`)+len(`"confidence":`):]
		g = g[:strings.IndexByte(g, ',')]
		if g != string(want) {
			t.Fatalf("confidence %v: AppendJSON writes %s, json.Marshal %s", f, g, want)
		}
	}
	for k := range 30001 {
		f := math.Round(float64(k)/3e4*1e4) / 1e4
		check(f)
		check(float64(k) / 1e4)
		check(math.Nextafter(f, 2))
		check(math.Nextafter(f, -1))
	}
	for _, f := range []float64{10, 12, 12.5, 99999.0001, 123456, 123456.78, 1e-7, 1e-5, 0.00015, 123456789.1234, 99999999999.9999, 1e11 + 0.5, 1e15, 1e20, 1e21, 2.5e21, -0.5, -1e-7, math.Copysign(0, -1), 0.1 + 0.2} {
		check(f)
	}
}

// TestAppendRecordJSON checks Result.AppendRecordJSON against json.Marshal of Result.Record for
// the results of the test articles, and its error for a confidence JSON cannot hold.
func TestAppendRecordJSON(t *testing.T) {
	texts, err := testdoc.Articles(articles)
	if err != nil {
		t.Fatal(err)
	}
	a := newAttributor(t, attribution.Options{})
	for i, text := range texts {
		r, err := a.Attribute(attribution.Document{ID: "doc", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(r.Record())
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.AppendRecordJSON([]byte("x"))
		if err != nil || string(got) != "x"+string(want) {
			t.Errorf("article %d: AppendRecordJSON = %s, %v; want x%s", i, got, err, want)
		}
	}
	// Every kind and gender, and values beyond them, which the writer's table does not hold.
	var ents attribution.Result
	ents.Mentions = []entity.Mention{{Span: entity.Span{Start: 1, End: 3}}}
	for _, k := range []entity.Kind{0, 1, 2, 3, 4, 5, 6, 7, 8, 255} {
		for _, g := range []entity.Gender{0, 1, 2, 3, 4, 7, 8, 200} {
			ents.Entities = append(ents.Entities, entity.Entity{ID: len(ents.Entities), Name: "N", Kind: k, Gender: g, Mentions: []int{0}})
		}
	}
	want, err := json.Marshal(ents.Record())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := ents.AppendRecordJSON(nil); err != nil || string(got) != string(want) {
		t.Errorf("AppendRecordJSON of entities = %s, %v; want %s", got, err, want)
	}
	r := attribution.Result{Statements: []attribution.Statement{{Parts: []attribution.Span{{Start: 0, End: 1}},
		Trail: []attribution.Decision{{}}, Confidence: math.NaN(), Within: -1}}}
	if b, err := r.AppendRecordJSON([]byte("x")); err == nil || string(b) != "x" {
		t.Errorf("AppendRecordJSON with a NaN confidence = %q, %v; want x and an error", b, err)
	}
}
