package entity_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/text"
)

func newRecognizer(t testing.TB) *entity.Recognizer {
	t.Helper()
	r, err := entity.NewRecognizer(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An entityView is an entity as its name, kind, gender and the texts of its mentions.
type entityView struct {
	Name     string
	Kind     string
	Gender   string
	Mentions []string
}

func viewOf(text string, a *entity.Analysis) []entityView {
	var out []entityView
	for _, e := range a.Entities {
		v := entityView{Name: e.Name, Kind: e.Kind.String(), Gender: e.Gender.String()}
		for _, mi := range e.Mentions {
			v.Mentions = append(v.Mentions, a.Mentions[mi].Span.Of(text))
		}
		out = append(out, v)
	}
	return out
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []entityView
		reason string
	}{
		{
			name: "title and surname",
			text: "Russian President Vladimir Putin spoke on Monday. Putin said he was ready.",
			want: []entityView{{"Vladimir Putin", "person", "male", []string{"Russian President Vladimir Putin", "Putin", "he"}}},
		},
		{
			name: "surname first, full name later",
			text: "Blinken arrived late. Secretary of State Antony Blinken then spoke.",
			want: []entityView{{"Antony Blinken", "person", "male", []string{"Blinken", "Secretary of State Antony Blinken"}}},
		},
		{
			name:   "honorific keeps a surname-only name",
			text:   "Mrs Beaver came across. Mrs Beaver left soon after.",
			want:   []entityView{{"Mrs Beaver", "person", "female", []string{"Mrs Beaver", "Mrs Beaver"}}},
			reason: "novels name people by honorific and surname; the canonical name keeps it",
		},
		{
			name: "genders keep a family apart",
			text: "Mr. Turton nodded. Mrs. Turton did not. Mr. Turton sighed.",
			want: []entityView{
				{"Mr. Turton", "person", "male", []string{"Mr. Turton", "Mr. Turton"}},
				{"Mrs. Turton", "person", "female", []string{"Mrs. Turton"}},
			},
		},
		{
			name: "particles and initials",
			text: "Ursula von der Leyen met George W. Bush.",
			want: []entityView{
				{"Ursula von der Leyen", "person", "female", []string{"Ursula von der Leyen"}},
				{"George W. Bush", "person", "male", []string{"George W. Bush"}},
			},
		},
		{
			name: "places and organisations",
			text: "Officials in Moscow said the Security Council and NATO had met at St. Mary's Hospital.",
			want: []entityView{
				{"Moscow", "place", "unknown", []string{"Moscow"}},
				{"Security Council", "organisation", "unknown", []string{"Security Council"}},
				{"NATO", "organisation", "unknown", []string{"NATO"}},
				{"St. Mary's Hospital", "organisation", "unknown", []string{"St. Mary's Hospital"}},
				{"Officials", "group", "unknown", []string{"Officials"}},
			},
		},
		{
			name: "a role bound to the titled name",
			text: "Ukrainian President Volodymyr Zelenskyy spoke first. The Ukrainian president has faced criticism.",
			want: []entityView{{"Volodymyr Zelenskyy", "person", "male", []string{"Ukrainian President Volodymyr Zelenskyy", "The Ukrainian president"}}},
		},
		{
			name: "apposition both ways",
			text: "Hugh Hill, a doctor at the clinic, left. The French President, Camille Roux, stayed.",
			want: []entityView{
				{"Hugh Hill", "person", "male", []string{"Hugh Hill", "a doctor"}},
				{"Camille Roux", "person", "unknown", []string{"The French President", "Camille Roux"}},
			},
		},
		{
			name: "roles without names",
			text: "The spokesman declined. A senior official disagreed, and the spokesman then left.",
			want: []entityView{
				{"The spokesman", "role", "male", []string{"The spokesman", "the spokesman"}},
				{"A senior official", "anonymous", "unknown", []string{"A senior official"}},
			},
		},
		{
			name: "an organisation referred back to",
			text: "Northshore Energy owns the plant. The company said it would appeal.",
			want: []entityView{{"Northshore Energy", "organisation", "neuter", []string{"Northshore Energy", "The company", "it"}}},
		},
		{
			name:   "a capitalised noun after the is a name",
			text:   "Alice looked at the Hatter. The Hatter said nothing.",
			want:   []entityView{{"Alice", "person", "female", []string{"Alice"}}, {"The Hatter", "person", "unknown", []string{"Hatter", "Hatter"}}},
			reason: "novels name characters the Hatter, the Gryphon",
		},
		{
			name:   "a stray capital before a name",
			text:   "Presently Tony came in. Tony sat down.",
			want:   []entityView{{"Tony", "person", "male", []string{"Tony", "Tony"}}},
			reason: "Presently opens the sentence and is capitalised nowhere else",
		},
		{
			name:   "a place of two words opens the sentence",
			text:   "New York (AP) — Ana Ruiz spoke on Monday.",
			want:   []entityView{{"New York", "place", "unknown", []string{"New York"}}, {"AP", "organisation", "unknown", []string{"AP"}}, {"Ana Ruiz", "person", "female", []string{"Ana Ruiz"}}},
			reason: "New starts a place's name, not a sentence opener to drop: York alone is no person",
		},
		{
			name: "the form used most of many names a one-word person",
			text: "Mr. Smith spoke. Dr. Smith agreed. Professor Smith left. Judge Smith came. Senator Smith sat. Governor Smith rose. " +
				"General Smith waved. Colonel Smith ran. Mr. Smith hid. Captain Smith laughed. Captain Smith cried. Captain Smith went.",
			want: []entityView{{"Captain Smith", "person", "male", []string{"Mr. Smith", "Dr. Smith", "Professor Smith", "Judge Smith",
				"Senator Smith", "Governor Smith", "General Smith", "Colonel Smith", "Mr. Smith", "Captain Smith", "Captain Smith", "Captain Smith"}}},
			reason: "nine forms, more than canonical counts without a map: the counts so far go into one",
		},
		{
			name: "the form used most names a one-word person",
			text: "Crawford laughed. Mr. Crawford left. Crawford came back, and Crawford sat.",
			want: []entityView{{"Crawford", "person", "male", []string{"Crawford", "Mr. Crawford", "Crawford", "Crawford"}}},
		},
		{
			name:   "things and sentence starts are not names",
			text:   "Money talks. World War III was averted, and the Paris Agreement held in May.",
			want:   nil,
			reason: "a capitalised first word seen nowhere else, an event, a treaty and a month",
		},
		{
			name: "a name mostly after prepositions of place is a place",
			text: "They drove back to Dunmere. The evening at Dunmere was quiet, and the people of Dunmere slept. Dunmere never changes.",
			want: []entityView{
				{"Dunmere", "place", "unknown", []string{"Dunmere", "Dunmere", "Dunmere", "Dunmere"}},
				{"the people", "group", "unknown", []string{"the people"}},
			},
			reason: "three of four mentions follow to, at and of; a person is named as a subject and after verbs",
		},
		{
			name: "compound roles",
			text: "A company spokesman declined. A White House official disagreed.",
			want: []entityView{
				{"A company spokesman", "anonymous", "male", []string{"A company spokesman"}},
				{"A White House official", "anonymous", "unknown", []string{"A White House official"}},
			},
			reason: "the last role noun heads the phrase; a name before it is a modifier",
		},
		{
			name:   "a person after to is still a person",
			text:   "He said goodbye to Brenda.",
			want:   []entityView{{"Brenda", "person", "female", []string{"Brenda"}}},
			reason: "to counts towards a place only for a name with no gender",
		},
		{
			name: "in dialogue, a word named once is no antecedent",
			text: "\"Are you ready?\"\n\n\"Nearly.\"\n\nMary looked at the Saxon chest. \"Is that new?\" he asked.\n",
			want: []entityView{
				{"Mary", "person", "female", []string{"Mary"}},
				{"The Saxon", "person", "unknown", []string{"Saxon"}},
			},
			reason: "nothing says Saxon is a person; a novel's he needs more than a capital letter",
		},
		{
			name: "an honorific inside a run of capitals starts another name",
			text: "As the door closed behind Anne Mrs. Lynde got up.",
			want: []entityView{
				{"Anne", "person", "female", []string{"Anne"}},
				{"Mrs. Lynde", "person", "female", []string{"Mrs. Lynde"}},
			},
			reason: "a comma lost between two names does not make one",
		},
		{
			name:   "spaces where a dash was part two names",
			text:   "The schoolmaster was Thomas   Thomas Gradgrind.",
			want:   []entityView{{"Thomas Gradgrind", "person", "male", []string{"Thomas", "Thomas Gradgrind"}}},
			reason: "texts that lost their dashes keep the gap; one name's words stand one space apart",
		},
		{
			name: "in dialogue, a full name after Mrs. X is someone else",
			text: "\"Are you ready?\"\n\n\"Nearly.\"\n\nMrs. Miller sat down. Daisy Miller laughed.\n",
			want: []entityView{
				{"Mrs. Miller", "person", "female", []string{"Mrs. Miller"}},
				{"Daisy Miller", "person", "female", []string{"Daisy Miller"}},
			},
			reason: "a novel's Mrs. Miller is Daisy Miller's mother",
		},
		{
			name: "in dialogue, Mr. X is not Mr. First X",
			text: "\"Are you ready?\"\n\n\"Nearly.\"\n\nMr. John Knightley came in. Mr. Knightley stayed by the fire.\n",
			want: []entityView{
				{"John Knightley", "person", "male", []string{"Mr. John Knightley"}},
				{"Mr. Knightley", "person", "male", []string{"Mr. Knightley"}},
			},
			reason: "a novel names a younger brother with his given name, the head of the family without",
		},
		{
			name: "in dialogue, Mr. First X after Mr. X is someone else",
			text: "\"Are you ready?\"\n\n\"Nearly.\"\n\nMr. Knightley stayed by the fire. Mr. John Knightley came in.\n",
			want: []entityView{
				{"Mr. Knightley", "person", "male", []string{"Mr. Knightley"}},
				{"John Knightley", "person", "male", []string{"Mr. John Knightley"}},
			},
			reason: "the same, named in the other order",
		},
		{
			name: "in dialogue, she may stand for a role written with a capital",
			text: "\"Are you ready?\"\n\n\"Nearly.\"\n\nPolina waited by the door. The Grandmother counted her coins. At last she rose.\n",
			want: []entityView{
				{"Polina", "person", "female", []string{"Polina"}},
				{"The Grandmother", "role", "female", []string{"The Grandmother", "her", "she"}},
			},
			reason: "a novel names a character by a role with a capital, and she is the subject of the sentence",
		},
		{
			name:   "pronouns outvote a given name's gender",
			text:   "Brett came in late. She sat down by the window. Later she ordered a drink, and she laughed.",
			want:   []entityView{{"Brett", "person", "female", []string{"Brett", "She", "she", "she"}}},
			reason: "Brett is mostly a man's name, but every pronoun that refers to this Brett is she",
		},
		{
			name:   "a pronoun prefers the recent subject of its gender",
			text:   "Helga Brandt met Tomasz Wilk in Warsaw. Later, Camille Roux arrived. He smiled.",
			want:   []entityView{{"Helga Brandt", "person", "female", []string{"Helga Brandt"}}, {"Tomasz Wilk", "person", "male", []string{"Tomasz Wilk"}}, {"Warsaw", "place", "unknown", []string{"Warsaw"}}, {"Camille Roux", "person", "male", []string{"Camille Roux", "He"}}},
			reason: "Roux, the subject of the sentence before, wins over Wilk, whose gender is known but who is further back",
		},
		{
			name:   "the vote on genders sees they linked to a party's members",
			text:   `The Wyoming Republicans met on Saturday. Pat Gordon spoke later. They voted to censure him. "The vote was unfair," he said.`,
			want:   []entityView{{"Wyoming Republicans", "person", "male", []string{"Wyoming Republicans", "They", "him", "he"}}, {"Pat Gordon", "person", "unknown", []string{"Pat Gordon"}}},
			reason: "they stands for the Republicans, taken for a person, in the first pass that votes on genders as in the second, which reads the same antecedents; a vote without the they gives the he to Pat Gordon",
		},
		{
			name:   "a title after a possessive pronoun",
			text:   `Smith met his President yesterday.`,
			want:   []entityView{{"President", "anonymous", "unknown", []string{"President"}}},
			reason: "his is a pronoun mention of its own and mentions do not overlap: the role starts after it, as after Trump's",
		},
		{
			name:   "it goes to the subject before a nearer organisation",
			text:   `Siemens said the plant of Bosch Group would close, and it would buy the land.`,
			want:   []entityView{{"Siemens", "organisation", "neuter", []string{"Siemens", "it"}}, {"Bosch Group", "organisation", "unknown", []string{"Bosch Group"}}},
			reason: "Siemens, the first mention of the sentence, outscores Bosch Group, nearer but no subject, by the one point of a subject: the look back for it stops only once a subject could not win",
		},
	}
	r := newRecognizer(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := r.Recognize(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, viewOf(tc.text, a)); diff != "" {
				t.Errorf("Recognize(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	r, err := entity.NewRecognizer(entity.Options{MaxInputBytes: 4})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Recognize("Vladimir Putin"); !errors.Is(err, entity.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if _, err := entity.NewRecognizer(entity.Options{MaxInputBytes: -1}); err == nil {
		t.Fatal("negative MaxInputBytes accepted")
	}
}

func FuzzRecognize(f *testing.F) {
	f.Add("Russian President Vladimir Putin said he was ready.")
	f.Add("Mr. and Mrs. Turton. Mrs Beaver's party at St. Mary's Hospital.")
	f.Add("Ursula von der Leyen, George W. Bush Jr., al-Assad, O'Brien.")
	f.Add("\xff\xfeHe\x00 said\r\n\r\nShe")
	f.Add(strings.Repeat("Smith ", 50))
	r := newRecognizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := r.Recognize(s)
		if err != nil {
			t.Fatal(err)
		}
		last := -1
		for i, m := range a.Mentions {
			for _, sp := range []entity.Span{m.Span, m.Head} {
				if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
					t.Fatalf("mention %d: span %v out of bounds", i, sp)
				}
				if !boundary(s, sp.Start) || !boundary(s, sp.End) {
					t.Fatalf("mention %d: span %v not on a UTF-8 boundary", i, sp)
				}
			}
			if !m.Span.Contains(m.Head) {
				t.Fatalf("mention %d: head %v outside %v", i, m.Head, m.Span)
			}
			if m.Span.Start < last {
				t.Fatalf("mention %d out of order", i)
			}
			last = m.Span.End
			if m.Entity >= len(a.Entities) {
				t.Fatalf("mention %d: entity %d of %d", i, m.Entity, len(a.Entities))
			}
		}
		for _, e := range a.Entities {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("entity %d: empty name or no mentions", e.ID)
			}
			for _, mi := range e.Mentions {
				if a.Mentions[mi].Entity != e.ID {
					t.Fatalf("entity %d lists mention %d of entity %d", e.ID, mi, a.Mentions[mi].Entity)
				}
			}
		}
		b, _ := r.Recognize(s)
		if diff := cmp.Diff(viewOf(s, a), viewOf(s, b)); diff != "" {
			t.Fatalf("second run differs:\n%s", diff)
		}
	})
}

// boundary reports whether i falls between two characters of s, an invalid byte counting as a
// character of its own.
func boundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return i == len(s)
}

// A heading capitalises every word, so a name there may run on into the words after it; the
// entity takes its name from the running text.
func TestHeadingDoesNotName(t *testing.T) {
	r := newRecognizer(t)
	for _, text := range []string{
		"CHAPTER VII. Anne Says Her Prayers\n\nAnne knelt down. Anne was tired.\n",
		"Anne Says Her Prayers\n\nAnne knelt down. Later Anne slept.\n",
	} {
		a, err := r.Recognize(text)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range a.Entities {
			for _, mi := range e.Mentions {
				if strings.HasPrefix(a.Mentions[mi].Span.Of(text), "Anne") {
					names = append(names, e.Name)
					break
				}
			}
		}
		if diff := cmp.Diff([]string{"Anne"}, names); diff != "" {
			t.Errorf("Recognize(%q): entities with an Anne mention (-want +got):\n%s", text, diff)
		}
	}
}

// TestVocatives checks which names in quotations address someone. Each text names the person
// once in narration, so that the name is known, then quotes it.
func TestVocatives(t *testing.T) {
	r := newRecognizer(t)
	for _, tc := range []struct {
		quote string
		want  bool
	}{
		{`"Look, Sally, the letters are here."`, true},
		{`"Sally, come here."`, true},
		{`"Sally!"`, false}, // the whole quotation: an answer or an echo
		{`"Sally?"`, false},
	} {
		s := "Mary spoke to Sally at the door. " + tc.quote
		d := text.Analyze(s)
		q := text.Span{Start: len(s) - len(tc.quote), End: len(s)}
		a := r.RecognizeDoc(d, []text.Span{q})
		got := false
		for _, m := range a.Mentions {
			got = got || m.Vocative && q.Contains(m.Span)
		}
		if got != tc.want {
			t.Errorf("a vocative in %s = %v, want %v", tc.quote, got, tc.want)
		}
	}
}
