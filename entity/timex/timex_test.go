package timex_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/entity/timex"
)

// dct is the creation date of the test sentences: Wednesday 22 January 2025.
var dct = time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)

// A tagCase is a text and the expressions expected in it, each written "surface|TYPE|value",
// or "surface|TYPE|value|mod"; surfaces are found in the text in order.
type tagCase struct {
	name   string
	text   string
	want   []string
	reason string
}

var tagCases = []tagCase{
	// Weekdays, resolved by tense around the creation date (a Wednesday).
	{name: "weekday on past", text: "The minister said on Monday that talks had failed.", want: []string{"Monday|DATE|2025-01-20"}},
	{name: "weekday bare past", text: "Smith told reporters Tuesday that the deal was dead.", want: []string{"Tuesday|DATE|2025-01-21"}},
	{name: "weekday same day", text: "The company said on Wednesday it would appeal.", want: []string{"Wednesday|DATE|2025-01-22"}},
	{name: "weekday last week", text: `"It was a mistake," she said on Thursday.`, want: []string{"Thursday|DATE|2025-01-16"}},
	{name: "weekday future", text: "The council will vote on Friday.", want: []string{"Friday|DATE|2025-01-24"}},
	{name: "weekday is to", text: "Talks are to resume Monday in Geneva.", want: []string{"Monday|DATE|2025-01-27"}},
	{name: "next weekday", text: "The board meets next Tuesday.", want: []string{"next Tuesday|DATE|2025-01-28"}},
	{name: "last weekday", text: "He resigned last Wednesday.", want: []string{"last Wednesday|DATE|2025-01-15"}},
	{name: "weekday possessive", text: "Shares fell after Friday's vote.", want: []string{"Friday|DATE|2025-01-17"}},
	{name: "weekday with date", text: "The strike began on Monday, Jan. 6, and ended on Sunday.", want: []string{"Monday, Jan. 6|DATE|2025-01-06", "Sunday|DATE|2025-01-19"}},
	{name: "weekday night", text: "On Tuesday night, the striker said he was devastated.", want: []string{"Tuesday night|TIME|2025-01-21TNI"}},
	{name: "weekday morning", text: "Police arrived early Saturday morning.", want: []string{"early Saturday morning|TIME|2025-01-18TMO|START"}},
	{name: "weekday present", text: "The summit opens on Thursday; the talks are on Monday.", want: []string{"Thursday|DATE|2025-01-23", "Monday|DATE|2025-01-20"}, reason: "without a tense cue a weekday is the nearest one"},

	// Calendar dates.
	{name: "day month", text: "Speaking on 9 January, the governor said the fires were contained.", want: []string{"9 January|DATE|2025-01-09"}},
	{name: "month day abbreviated", text: "In a speech on Jan. 9, the governor spoke.", want: []string{"Jan. 9|DATE|2025-01-09"}},
	{name: "month day year", text: "The law passed on January 9th, 2024, after a long debate.", want: []string{"January 9th, 2024|DATE|2024-01-09"}},
	{name: "sept", text: "He said on Sept. 30 that the budget was balanced.", want: []string{"Sept. 30|DATE|2024-09-30"}},
	{name: "month day future", text: "The hearing will resume on March 3.", want: []string{"March 3|DATE|2025-03-03"}},
	{name: "day month year", text: "On 12 December 2023, the court ruled.", want: []string{"12 December 2023|DATE|2023-12-12"}},
	{name: "iso date", text: "In a filing dated 2024-11-05, the firm said it had been hacked.", want: []string{"2024-11-05|DATE|2024-11-05"}},
	{name: "numeric date", text: "The notice was posted on 11/05/2024 and removed later.", want: []string{"11/05/2024|DATE|2024-11-05"}},
	{name: "holiday", text: "The shops reopened after Christmas.", want: []string{"Christmas|DATE|2024-12-25"}},
	{name: "holiday future", text: "The museum will close on Easter Monday 2025.", want: []string{"Easter Monday 2025|DATE|2025-04-21"}},

	// Months, seasons, years, decades.
	{name: "month past", text: "He said in June that the plan would cost billions.", want: []string{"June|DATE|2024-06"}},
	{name: "month future", text: `"I will step down in March," the chairman said.`, want: []string{"March|DATE|2025-03"}},
	{name: "month december", text: "He told the BBC in December that he had no regrets.", want: []string{"December|DATE|2024-12"}},
	{name: "month year", text: "In September 2022 he said the war would end soon.", want: []string{"September 2022|DATE|2022-09"}},
	{name: "month last year", text: "In August last year, she told parliament the policy had failed.", want: []string{"August last year|DATE|2024-08"}},
	{name: "month early", text: "The rules will change in early February.", want: []string{"early February|DATE|2025-02|START"}},
	{name: "month no verb", text: "Elections in May.", want: []string{"May|DATE|2024-05"}, reason: "a month without a verb is the last one"},
	{name: "month present", text: "The vote is in March.", want: []string{"March|DATE|2025-03"}, reason: "a month in the present tense is the next one"},
	{name: "year", text: "Officials said for most of 2024 that inflation was transitory.", want: []string{"2024|DATE|2024"}},
	{name: "year range", text: "Between 2019 and 2021, the agency said the risk was low.", want: []string{"2019|DATE|2019", "2021|DATE|2021"}},
	{name: "decade", text: "Prices were lower in the 1990s and the '80s.", want: []string{"the 1990s|DATE|199", "the '80s|DATE|198"}},
	{name: "decade modified", text: "The plant closed in the late 1970s.", want: []string{"the late 1970s|DATE|197|END"}},
	{name: "century", text: "It was the worst flood of the 20th century.", want: []string{"the 20th century|DATE|19"}},
	{name: "season last", text: "The group said last summer that it had disbanded.", want: []string{"last summer|DATE|2024-SU"}},
	{name: "season year", text: "The bridge opens in the spring of 2026.", want: []string{"spring of 2026|DATE|2026-SP"}},
	{name: "fiscal year", text: "Revenue rose in fiscal 2024.", want: []string{"fiscal 2024|DATE|2024"}},
	{name: "quarter", text: "Profit fell in the third quarter of 2024.", want: []string{"the third quarter of 2024|DATE|2024-Q3"}},
	{name: "quarter hyphen", text: "The bank posted a third-quarter loss.", want: []string{"third-quarter|DATE|2024-Q3"}},

	// Relative to the creation date.
	{name: "yesterday", text: `"We are ready," the coach said yesterday.`, want: []string{"yesterday|DATE|2025-01-21"}},
	{name: "today", text: "Today's vote was postponed until tomorrow.", want: []string{"Today|DATE|2025-01-22", "tomorrow|DATE|2025-01-23"}},
	{name: "tonight", text: "The president will speak tonight.", want: []string{"tonight|TIME|2025-01-22TNI"}},
	{name: "last night", text: "Fighting resumed last night.", want: []string{"last night|TIME|2025-01-21TNI"}},
	{name: "this morning", text: "The plane landed this morning.", want: []string{"this morning|TIME|2025-01-22TMO"}},
	{name: "now", text: `"Prices are falling now," the economist said.`, want: []string{"now|DATE|PRESENT_REF"}},
	{name: "recently", text: "The rules were recently changed.", want: []string{"recently|DATE|PAST_REF"}},
	{name: "the future", text: "Nobody knows what the future holds.", want: []string{"the future|DATE|FUTURE_REF"}},
	{name: "last week", text: "The mayor said last week that the bridge would reopen.", want: []string{"last week|DATE|2025-W03"}},
	{name: "this week", text: "The minister said this week that the worst is over.", want: []string{"this week|DATE|2025-W04"}},
	{name: "next week", text: "A decision is expected next week.", want: []string{"next week|DATE|2025-W05"}},
	{name: "last month", text: "The president said last month that talks would resume.", want: []string{"last month|DATE|2024-12"}},
	{name: "earlier this month", text: "The ministry said earlier this month that exports had fallen.", want: []string{"earlier this month|DATE|2025-01|START"}},
	{name: "last year", text: "The chancellor said last year that taxes would not rise.", want: []string{"last year|DATE|2024"}},
	{name: "next year", text: "She said the factory would close next year.", want: []string{"next year|DATE|2026"}},
	{name: "late last year", text: "Late last year, the bank said rates had peaked.", want: []string{"Late last year|DATE|2024|END"}},
	{name: "past year", text: "Sales doubled in the past year.", want: []string{"the past year|DATE|2024"}},
	{name: "weeks ago", text: "Police said two weeks ago that no arrests had been made.", want: []string{"two weeks ago|DATE|2025-01-08"}},
	{name: "years ago", text: "The mine closed three years ago.", want: []string{"three years ago|DATE|2022"}},
	{name: "weekend", text: "Protesters gathered over the weekend.", want: []string{"the weekend|DATE|2025-W03-WE"}},

	// Durations and sets.
	{name: "duration years", text: `"We have waited three years for this," the union leader said.`, want: []string{"three years|DURATION|P3Y"}},
	{name: "duration hours", text: "The meeting lasted 2 hours.", want: []string{"2 hours|DURATION|PT2H"}},
	{name: "duration weeks", text: "The strike went on for two weeks.", want: []string{"two weeks|DURATION|P2W"}},
	{name: "duration half", text: "They waited an hour and a half.", want: []string{"an hour and a half|DURATION|PT1H30M"}},
	{name: "duration adjective", text: "He signed a two-year contract.", want: []string{"two-year|DURATION|P2Y"}},
	{name: "duration past two", text: "Prices rose over the past two months.", want: []string{"the past two months|DURATION|P2M"}},
	{name: "duration approximate", text: "The talks lasted nearly five hours.", want: []string{"nearly five hours|DURATION|PT5H|EQUAL_OR_LESS"}},
	{name: "every monday", text: "The market opens every Monday.", want: []string{"every Monday|SET|XXXX-WXX-1"}},
	{name: "weekly", text: "The figures are published weekly.", want: []string{"weekly|SET|P1W"}},
	{name: "twice a week", text: "They met twice a week.", want: []string{"twice a week|SET|P1W"}},

	// Clock times.
	{name: "clock pm", text: "The vote is due at 3 p.m. on Thursday.", want: []string{"3 p.m.|TIME|2025-01-22T15:00", "Thursday|DATE|2025-01-23"}},
	{name: "clock with day", text: "The deadline passed at 5 p.m. EST Jan. 9.", want: []string{"5 p.m. EST Jan. 9|TIME|2025-01-09T17:00"}},
	{name: "clock colon", text: "The blast came at 10:35 a.m.", want: []string{"10:35 a.m.|TIME|2025-01-22T10:35"}},

	// Times the text named anchor later expressions.
	{name: "a year earlier", text: "Profit rose in the third quarter of 2024 from a year earlier.", want: []string{"the third quarter of 2024|DATE|2024-Q3", "a year earlier|DATE|2023-Q3"}},
	{name: "year-ago quarter", text: "Sales rose in the fourth quarter. In the year-ago quarter, they fell.", want: []string{"the fourth quarter|DATE|2024-Q4", "the year-ago quarter|DATE|2023-Q4"}},
	{name: "following day", text: "The strike began on 31 December and ended the following day.", want: []string{"31 December|DATE|2024-12-31", "the following day|DATE|2025-01-01"}},
	{name: "that year", text: "He joined in 2016 and left later that year.", want: []string{"2016|DATE|2016", "that year|DATE|2016"}},
	{name: "quarter code", text: "Revenue in Q2 2024 beat forecasts.", want: []string{"Q2 2024|DATE|2024-Q2"}},
	{name: "year end", text: "The deal should close by year-end.", want: []string{"year-end|DATE|2025|END"}},
	{name: "end of", text: "Troops will leave by the end of the month.", want: []string{"the end of the month|DATE|2025-01|END"}},
	{name: "nineteen words", text: "It was built in nineteen ninety-six.", want: []string{"nineteen ninety-six|DATE|1996"}},
	{name: "election day", text: "Turnout on Election Day 2024 was high.", want: []string{"Election Day 2024|DATE|2024-11-05"}},
	{name: "every day", text: "Rallies were held almost every day in the capital.", want: []string{"every day|SET|P1D"}},
	{name: "clock in the morning", text: "The father will leave at 4 in the morning.", want: []string{"4 in the morning|TIME|2025-01-22T04:00"}},
	{name: "noon weekday", text: "The ultimatum expired at noon Saturday.", want: []string{"noon Saturday|TIME|2025-01-18T12:00"}},

	// Words that look like dates and are not.
	{name: "may modal", text: "The court may rule against them. May I ask?", want: nil},
	{name: "may name", text: "Theresa May said the talks would continue.", want: nil},
	{name: "march verb", text: "Thousands will march to the capital. The March on Rome was a coup.", want: nil},
	{name: "we sat sun", text: "We sat in the sun and read the Sun.", want: nil},
	{name: "small numbers", text: "He scored 3 goals and 12 assists in 45 games.", want: nil},
	{name: "second ordinal", text: "It was the second time this happened.", want: nil},
	{name: "money and counts", text: "The deal is worth $2000 and employs 1500 people.", want: nil},
	{name: "age", text: "The 45-year-old driver was three years old when he moved.", want: nil},
	{name: "rate", text: "The firm earns $5 million a year.", want: nil},
	{name: "tv show", text: "He appeared on 60 Minutes and This Week.", want: nil},
}

// expected turns a case's wanted expressions into Timexes.
func expected(t *testing.T, tc tagCase) []timex.Timex {
	t.Helper()
	var out []timex.Timex
	from := 0
	for _, w := range tc.want {
		f := strings.Split(w, "|")
		i := strings.Index(tc.text[from:], f[0])
		if i < 0 {
			t.Fatalf("surface %q not in %q", f[0], tc.text)
		}
		var ty timex.Type
		if err := ty.UnmarshalText([]byte(f[1])); err != nil {
			t.Fatal(err)
		}
		x := timex.Timex{Span: timex.Span{Start: from + i, End: from + i + len(f[0])}, Type: ty, Value: f[2]}
		if len(f) > 3 {
			x.Mod = f[3]
		}
		out = append(out, x)
		from += i + len(f[0])
	}
	return out
}

func newTagger(t testing.TB) *timex.Tagger {
	t.Helper()
	tg, err := timex.NewTagger(timex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTag(t *testing.T) {
	tg := newTagger(t)
	for _, tc := range tagCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tg.Tag(tc.text, dct)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(expected(t, tc), got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s%s", tc.text, diff, tc.reason)
			}
		})
	}
}

// zeroCases are tagged without a creation date: relative expressions keep their span and type
// but get no value; absolute ones, durations, sets and references keep theirs.
var zeroCases = []tagCase{
	{name: "weekday", text: "The minister said on Monday that talks had failed.", want: []string{"Monday|DATE|"}},
	{name: "weekday night", text: "On Tuesday night, the striker said he was devastated.", want: []string{"Tuesday night|TIME|"}},
	{name: "month day", text: "He said on Sept. 30 that the budget was balanced.", want: []string{"Sept. 30|DATE|"}},
	{name: "month day year", text: "The senator said on March 3, 2024 that she would run again.", want: []string{"March 3, 2024|DATE|2024-03-03"}},
	{name: "month", text: "He said in June that the plan would cost billions.", want: []string{"June|DATE|"}},
	{name: "month year", text: "In September 2022 he said the war would end soon.", want: []string{"September 2022|DATE|2022-09"}},
	{name: "relative", text: "The mayor said last week and yesterday that two weeks ago was too late.", want: []string{"last week|DATE|", "yesterday|DATE|", "two weeks ago|DATE|"}},
	{name: "earlier this month", text: "The ministry said earlier this month that exports had fallen.", want: []string{"earlier this month|DATE||START"}},
	{name: "clock", text: "The blast came at 10:35 a.m.", want: []string{"10:35 a.m.|TIME|"}},
	{name: "absolute", text: "In a filing dated 2024-11-05, covering 2019 and the 1990s, the firm said so.", want: []string{"2024-11-05|DATE|2024-11-05", "2019|DATE|2019", "the 1990s|DATE|199"}},
	{name: "durations and sets", text: "They waited three years and now meet every Monday.", want: []string{"three years|DURATION|P3Y", "now|DATE|PRESENT_REF", "every Monday|SET|XXXX-WXX-1"}},
}

func TestTagZeroDCT(t *testing.T) {
	tg := newTagger(t)
	for _, tc := range zeroCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tg.Tag(tc.text, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(expected(t, tc), got); diff != "" {
				t.Errorf("Tag(%q, zero) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestTagZeroDCTSpans checks that the creation date changes values only: without it, every
// case finds the same spans and types.
func TestTagZeroDCTSpans(t *testing.T) {
	tg := newTagger(t)
	shape := func(xs []timex.Timex) []timex.Timex {
		out := make([]timex.Timex, len(xs))
		for i, x := range xs {
			out[i] = timex.Timex{Span: x.Span, Type: x.Type}
		}
		return out
	}
	for _, tc := range tagCases {
		t.Run(tc.name, func(t *testing.T) {
			with, _ := tg.Tag(tc.text, dct)
			without, _ := tg.Tag(tc.text, time.Time{})
			if diff := cmp.Diff(shape(with), shape(without)); diff != "" {
				t.Errorf("Tag(%q) spans differ without a creation date (-with +without):\n%s", tc.text, diff)
			}
		})
	}
}

func TestTagTooLarge(t *testing.T) {
	tg, err := timex.NewTagger(timex.Options{MaxInputBytes: 10})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg.Tag("It happened on Monday.", dct); !errors.Is(err, timex.ErrTooLarge) {
		t.Errorf("Tag of 22 bytes with MaxInputBytes 10: err = %v, want ErrTooLarge", err)
	}
	if _, err := timex.NewTagger(timex.Options{MaxInputBytes: -1}); err == nil {
		t.Error("NewTagger with negative MaxInputBytes: no error")
	}
}

func TestTypeText(t *testing.T) {
	for _, ty := range []timex.Type{timex.Date, timex.Time, timex.Duration, timex.Set} {
		b, err := ty.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back timex.Type
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, ty)
		}
	}
	var ty timex.Type
	if err := ty.UnmarshalText([]byte("date")); err != nil || ty != timex.Date {
		t.Errorf(`UnmarshalText("date") = %v, %v`, ty, err)
	}
	if err := ty.UnmarshalText([]byte("WEEK")); err == nil {
		t.Error(`UnmarshalText("WEEK"): no error`)
	}
}
