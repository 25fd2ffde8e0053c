package topic

import (
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// The article of testdata/summit.txt, its statements and its entity mentions, as the
// attribution package would give them. Content and context are given as substrings that occur
// once in the text; context is any stretch of the cue's sentence.
type stmtSpec struct {
	name    string
	speaker string
	content []string
	context string
}

var summitStatements = []stmtSpec{
	{"restore-contact", "Vladimir Putin", []string{"Donald Trump’s intention to restore contact between Moscow and Washington"}, "Putin on Friday welcomed"},
	{"grown-ups", "Vladimir Putin", []string{"a chance to start talking like grown-ups again"}, "Putin on Friday welcomed"},
	{"preparations", "Vladimir Putin", []string{"preparations for a meeting with the US president were under way, although no date or venue had been agreed"}, "Putin said preparations"},
	{"ready", "Vladimir Putin", []string{"We are ready for a meeting with President Trump, and our teams are already talking about where and when it could happen"}, "We are ready"},
	{"meet-soon", "Donald Trump", []string{"probably meet very soon"}, "asked about the call"},
	{"negotiations", "Donald Trump", []string{"negotiations to end the war in Ukraine would begin immediately"}, "He added that"},
	{"nato-bid", "Vladimir Putin", []string{"Ukraine must renounce its bid to join NATO and withdraw its troops from the four regions that Moscow claims to have annexed"}, "claims to have annexed, he said"},
	{"settlement", "Vladimir Putin", []string{"Any settlement has to recognise the realities on the ground.", "Kyiv’s ambition to join the NATO alliance is unacceptable to us"}, "Putin told the businessmen"},
	{"no-agreement", "Volodymyr Zelenskyy", []string{"no agreement reached without Ukraine would be accepted"}, "nightly address"},
	{"peace-paper", "Volodymyr Zelenskyy", []string{"Peace is not a piece of paper signed over our heads"}, "Peace is not a piece"},
	{"guarantees", "Volodymyr Zelenskyy", []string{"Without real security guarantees, any ceasefire will only give Russia time to regroup."}, "Without real security"},
	{"territory", "Volodymyr Zelenskyy", []string{"Ukraine would not give up its territory in exchange for a pause in the fighting"}, "He insisted"},
	{"talks-risk", "diplomat", []string{"the talks risked rewarding aggression"}, "warned that"},
	{"weak-guarantees", "diplomat", []string{"If the guarantees are weak, we are not preventing a war, we are postponing a bigger one"}, "the diplomat said"},
	{"wider-conflict", "Donald Trump", []string{"his priority is to avoid a wider conflict"}, "Trump has repeatedly"},
	{"world-war", "Donald Trump", []string{"We’re not going to have a third world war. It’s not going to happen on my watch"}, "on my watch"},
	{"lose-territory", "Olena Kovalenko", []string{"Every time they negotiate, we lose more territory"}, "Olena Kovalenko"},
	{"summit-date", "Kremlin", []string{"the date of the Trump-Putin summit would be announced once both sides had finished their preparations"}, "The Kremlin said"},
}

// summitMentions are the entity mentions of the article: surface, canonical name and kind.
// Longer surfaces are found first; a shorter one inside a longer one is not a mention.
var summitMentions = [][3]string{
	{"Russian President Vladimir Putin", "Vladimir Putin", "person"},
	{"Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "person"},
	{"President Trump", "Donald Trump", "person"},
	{"Donald Trump", "Donald Trump", "person"},
	{"Olena Kovalenko", "Olena Kovalenko", "person"},
	{"White House", "White House", "organisation"},
	{"the Kremlin", "Kremlin", "organisation"},
	{"The Kremlin", "Kremlin", "organisation"},
	{"Zelenskyy", "Volodymyr Zelenskyy", "person"},
	{"Putin", "Vladimir Putin", "person"},
	{"Trump", "Donald Trump", "person"},
	{"NATO", "NATO", "organisation"},
	{"Ukraine", "Ukraine", "place"},
	{"Russia", "Russia", "place"},
	{"Kyiv", "Kyiv", "place"},
	{"Moscow", "Moscow", "place"},
	{"MOSCOW", "Moscow", "place"},
	{"Washington", "Washington", "place"},
	{"Brussels", "Brussels", "place"},
	{"Donetsk", "Donetsk", "place"},
	{"US", "United States", "place"},
	{"the diplomat", "diplomat", "role"},
	{"A senior diplomat", "diplomat", "anonymous"},
	{"he", "", "pronoun"},
	{"He", "", "pronoun"},
}

type fixture struct {
	text     string
	doc      *text.Doc
	mentions []Mention
	stmts    []Statement
	names    []string
}

func loadSummit(t testing.TB) *fixture {
	t.Helper()
	b, err := os.ReadFile("testdata/summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{text: string(b), doc: text.Analyze(string(b))}
	f.mentions = findMentions(f.text, summitMentions)
	for _, s := range summitStatements {
		st := Statement{Speaker: s.speaker}
		for _, c := range s.content {
			st.Content = append(st.Content, findOnce(t, f.text, c))
		}
		at := findOnce(t, f.text, s.context).Start
		st.Context = f.doc.Sentences[f.doc.SentenceOf(f.doc.TokenAt(at))].Span
		f.stmts = append(f.stmts, st)
		f.names = append(f.names, s.name)
	}
	return f
}

func findOnce(t testing.TB, s, sub string) text.Span {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 || strings.Count(s, sub) != 1 {
		t.Fatalf("%q occurs %d times, want once", sub, strings.Count(s, sub))
	}
	return text.Span{Start: i, End: i + len(sub)}
}

// findMentions finds each surface at word boundaries, longest first, skipping occurrences
// inside an earlier mention.
func findMentions(s string, table [][3]string) []Mention {
	var out []Mention
	taken := func(sp text.Span) bool {
		for _, m := range out {
			if m.Span.Overlaps(sp) {
				return true
			}
		}
		return false
	}
	for _, e := range table {
		for off := 0; ; {
			i := strings.Index(s[off:], e[0])
			if i < 0 {
				break
			}
			sp := text.Span{Start: off + i, End: off + i + len(e[0])}
			off = sp.End
			if sp.Start > 0 && isWordByte(s[sp.Start-1]) || sp.End < len(s) && isWordByte(s[sp.End]) || taken(sp) {
				continue
			}
			out = append(out, Mention{Span: sp, Name: e[1], Kind: e[2], Pronoun: e[2] == "pronoun"})
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

func loadTaxonomy(t testing.TB, name string) *Taxonomy {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tax, err := ParseTaxonomy(f)
	if err != nil {
		t.Fatal(err)
	}
	return tax
}
