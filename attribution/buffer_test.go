package attribution_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// TestAttributeIntoMatchesAttribute runs the test articles through one Buffer, the longest
// first so that the shorter ones after it land in memory full of its statements, speakers,
// trails and topics, and through Attribute: every result must be the same.
func TestAttributeIntoMatchesAttribute(t *testing.T) {
	texts, err := testdoc.Articles(articles)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(texts, "\n\n")
	texts = append([]string{all}, texts...)
	texts = append(texts, "", all, "No one said anything.")
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf attribution.Buffer
	for i, text := range texts {
		doc := attribution.Document{ID: "d", Text: text, Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)}
		want, err := a.Attribute(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.AttributeInto(&buf, doc)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		if diff := cmp.Diff(string(w), string(g)); diff != "" {
			t.Errorf("document %d: AttributeInto differs from Attribute (-want +got):\n%s", i, diff)
		}
	}
}

// TestAttributeIntoTooLarge checks that the error of a document too large comes through
// AttributeInto as through Attribute, and that a nil Buffer works as a new one.
func TestAttributeIntoTooLarge(t *testing.T) {
	a, err := attribution.New(attribution.Options{MaxInputBytes: 10})
	if err != nil {
		t.Fatal(err)
	}
	var buf attribution.Buffer
	if _, err := a.AttributeInto(&buf, attribution.Document{Text: "far more than ten bytes"}); err == nil {
		t.Fatal("AttributeInto accepted a document over MaxInputBytes")
	}
	r, err := a.AttributeInto(&buf, attribution.Document{Text: "short"})
	if err != nil || r == nil {
		t.Fatalf("AttributeInto after an error: %v, %v", r, err)
	}
	if r, err := a.AttributeInto(nil, attribution.Document{Text: "short"}); err != nil || r == nil {
		t.Fatalf("AttributeInto with a nil Buffer: %v, %v", r, err)
	}
}
