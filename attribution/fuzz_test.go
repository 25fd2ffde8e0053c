package attribution_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// FuzzAttribute runs the whole pipeline on arbitrary text: it must not panic, every span must lie
// on the caller's UTF-8 boundaries, the same input must give the same output, and so must
// AttributeInto with a Buffer that served the inputs before.
func FuzzAttribute(f *testing.F) {
	texts, err := testdoc.Articles(articles)
	if err != nil {
		f.Fatal(err)
	}
	for _, t := range texts {
		f.Add(t)
	}
	for _, s := range []string{
		"", " \n\t", "\xff\xfe\"a\"", "\"a\x00b,\" he said.", "\r\n\r\n\"a\r\"b,\" said X.",
		"He left. \"We will go,\" saying that the plan holds.",
		"As reported by the Post, the plan failed.", "Between 2019 and 2021, the agency said so.",
		"&quot;Yes,&quot; said <b>Ann</b>.", "« a », dit-il.", "“a\n\n“b\n\n“c",
		"<p>&ldquo;a,&rdquo; <q>b</q> he said.</p><!-- x -->", "&#8220;\xff&amp;<br/>Ann said so&#8221;",
		"<a href='x'>Ann</a> said: &quot;go&quot;<p>", "<!--<!--&amp<b c=\"d>&lt;\">",
		"He said it. Asked by", "When told by",
	} {
		f.Add(s)
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		f.Fatal(err)
	}
	published := time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)
	var buf attribution.Buffer // kept from input to input, so that each lands on the last one's memory
	f.Fuzz(func(t *testing.T, s string) {
		doc := attribution.Document{Text: s, Published: published}
		r, err := a.Attribute(doc)
		if err != nil {
			t.Fatalf("Attribute(%q): %v", s, err)
		}
		bound := testdoc.Boundaries(s)
		check := func(what string, sp attribution.Span) {
			t.Helper()
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("%s %v out of [0, %d] in %q", what, sp, len(s), s)
			}
			if !bound[sp.Start] || !bound[sp.End] {
				t.Fatalf("%s %v not on a character boundary in %q", what, sp, s)
			}
		}
		for _, st := range r.Statements {
			for _, p := range st.Parts {
				check("part", p)
			}
			check("cue", st.Cue.Span)
			check("said_on", st.SaidOn.Span)
			if st.Speaker != nil {
				check("speaker", st.Speaker.Mention)
			}
			for _, tp := range st.Topics {
				for _, e := range tp.Evidence {
					check("topic evidence", e)
				}
			}
			for _, d := range st.Trail {
				check("trail evidence", d.Evidence)
			}
		}
		for _, m := range r.Mentions {
			check("mention", m.Span)
			check("mention head", m.Head)
			check("mention title", m.Title)
		}
		for _, tx := range r.Timexes {
			check("timex", tx.Span)
		}
		r2, _ := a.Attribute(doc)
		b1, _ := json.Marshal(r.Record())
		b2, _ := json.Marshal(r2.Record())
		if string(b1) != string(b2) {
			t.Fatalf("two runs differ on %q", s)
		}
		rec := r.Record()
		if b3, err := rec.AppendJSON(nil); err != nil || string(b3) != string(b1) {
			t.Fatalf("AppendJSON differs from json.Marshal on %q (err %v):\n%s\n%s", s, err, b3, b1)
		}
		if b4, err := r.AppendRecordJSON(nil); err != nil || string(b4) != string(b1) {
			t.Fatalf("AppendRecordJSON differs from json.Marshal of Record on %q (err %v):\n%s\n%s", s, err, b4, b1)
		}
		r5, err := a.AttributeInto(&buf, doc)
		if err != nil {
			t.Fatalf("AttributeInto(%q): %v", s, err)
		}
		if b5, _ := json.Marshal(r5.Record()); string(b5) != string(b1) {
			t.Fatalf("AttributeInto differs from Attribute on %q:\n%s\n%s", s, b5, b1)
		}
	})
}

// FuzzParseInput checks ParseInput's fast path against encoding/json: for every line, an
// Input read by ParseInput is the one json.Unmarshal reads, and both fail alike.
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Hi.", "date": "2025-01-21"}`, `{"text": "Hi.", "date": null}`, `{}`,
		` { "text" : "a\"b\\c\/d\b\f\n\r\t" , "id":null } `, `{"text": "\u00e9\ud83d\ude00\ud800"}`,
		`{"text": "a", "text": "b"}`, `{"Text": "a"}`, `{"text": "a", "extra": 1}`, `{"text": 3}`,
		"{\"text\": \"\xff\"}", "{\"text\": \"a\tb\"}", `{"text": "a"} x`, `{"text": "a",}`, `[]`, ``,
		`{"id": "i", "text": "t", "date": "d"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var got, want attribution.Input
		errGot := attribution.ParseInput([]byte(line), &got)
		errWant := json.Unmarshal([]byte(line), &want)
		if (errGot == nil) != (errWant == nil) {
			t.Fatalf("ParseInput(%q) error %v, json.Unmarshal error %v", line, errGot, errWant)
		}
		str := func(p *string) string {
			if p == nil {
				return "<nil>"
			}
			return strconv.Quote(*p)
		}
		if errGot == nil && (str(got.ID) != str(want.ID) || str(got.Text) != str(want.Text) || str(got.Date) != str(want.Date)) {
			t.Fatalf("ParseInput(%q) = %s %s %s, json.Unmarshal %s %s %s", line,
				str(got.ID), str(got.Text), str(got.Date), str(want.ID), str(want.Text), str(want.Date))
		}
	})
}
