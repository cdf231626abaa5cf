// Unit tests of the time tagger, one test per expression family (docs/time.md).
#include "time/time_tagger.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "segment/segmenter.h"

namespace entente {
namespace {

std::vector<TimeExpr> Tag(const std::string& text, const std::string& published) {
  TimeContext ctx;
  if (!published.empty()) ctx.published = *ParseIsoDate(published);
  return TagTimes(Segment(text, nullptr), text, ctx);
}

// TIMEX3 values in text order; the members of a coordination joined by ",".
std::vector<std::string> Values(const std::string& text, const std::string& published) {
  std::vector<std::string> out;
  auto times = Tag(text, published);
  for (size_t k = 0; k < times.size(); ++k) {
    if (times[k].group != k) {
      out.back() += "," + times[k].value;
      continue;
    }
    out.push_back(times[k].value);
  }
  return out;
}

// The value of the single expression of `text`, "<none>" or "<several>" otherwise.
std::string One(const std::string& text, const std::string& published) {
  auto v = Values(text, published);
  if (v.empty()) return "<none>";
  if (v.size() > 1) return "<several>";
  return v[0];
}

// The words of the single expression.
std::string Span(const std::string& text, const std::string& published) {
  auto times = Tag(text, published);
  if (times.size() != 1) return "<" + std::to_string(times.size()) + " expressions>";
  return text.substr(times[0].begin, times[0].end - times[0].begin);
}

using V = std::vector<std::string>;

// A text, its publication date ("" for none) and what is expected of it.
struct Case {
  std::string text, published, expected;
};

// The value of the single expression of each text.
void ExpectValues(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(One(c.text, c.published), c.expected) << c.text << " (published " << c.published << ")";
}

// The words of the single expression of each text.
void ExpectSpans(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(Span(c.text, c.published), c.expected) << c.text << " (published " << c.published << ")";
}

// 2018-10-15 was a Monday, 2024-03-21 a Thursday, 2024-10-07 a Monday.

TEST(TimeTagger, Weekdays) {
  ExpectValues({
      // Past tense: the latest such day on or before publication.
      {"On Tuesday, the embassy hosted a gathering.", "2018-10-15", "2018-10-09"},
      {"Officials said Monday that talks had failed.", "2018-10-15", "2018-10-15"},
      {"Stocks fell sharply Friday.", "2018-10-15", "2018-10-12"},
      // A report, even when the clause before it speaks of an intention.
      {"The minister sought to soften his words, saying on Friday that talks must go on.", "1998-02-13",
       "1998-02-13"},
      // Future: the next one.
      {"Putin will meet Kim on Tuesday.", "2018-10-15", "2018-10-16"},
      {"The envoy is expected to arrive on Thursday.", "2018-10-15", "2018-10-18"},
      {"A court hearing is scheduled for Friday.", "2018-10-15", "2018-10-19"},
      {"The vote could come as early as Wednesday.", "2018-10-15", "2018-10-17"},
      {"They have until Friday to reply.", "2018-10-15", "2018-10-19"},
      // A schedule in the present tense: on or after publication.
      {"The deadline is Friday.", "2018-10-15", "2018-10-19"},
      // Said on a Monday, "will meet on Monday" is that day; "next Monday" a week later.
      {"Putin will meet Kim on Monday.", "2018-10-15", "2018-10-15"},
      {"On Tuesday, the league plans to hold a news conference.", "2018-10-15", "2018-10-16"},
      // "last", "next", "this past", possessive.
      {"They met last Monday.", "2018-10-15", "2018-10-08"},
      {"They meet next Monday.", "2018-10-15", "2018-10-22"},
      {"He criticised Friday's decision.", "2018-10-15", "2018-10-12"},
      // A deadline moved ahead, told in the past (2000-04-03 a Monday).
      {"The agency extended its deadline until Tuesday.", "2000-04-03", "2000-04-04"},
      {"The agency extended its deadline until 9 a.m. EST Tuesday.", "2000-04-03", "2000-04-04T09:00"},
      // "ahead of": to come.
      {"Traders squared positions ahead of the weekend.", "1989-10-30", "1989-W44-WE"},
  });
  // "the following week" after a year: a week of that year the text does not tell.
  EXPECT_EQ(Values("Spring 2013 was cold. The following week, he spoke.", "2013-03-14"), (V{"2013-SP", "2013-WXX"}));
  // "the previous Friday": before the day last named.
  EXPECT_EQ(Values("Stocks closed lower on Friday, down 4% from the previous Friday.", "1989-10-30"),
            (V{"1989-10-27", "1989-10-20"}));
  // A part of the day is a TIME.
  auto t = Tag("The rally took place on Sunday night.", "2018-10-15");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2018-10-14TNI");
  EXPECT_EQ(t[0].type, "TIME");
  ASSERT_EQ(t[0].dates.size(), 1u);
  EXPECT_EQ(t[0].dates[0].ToString(), "2018-10-14");
}

// Spans delimited by someone else, read in their place.
std::string Resolve(const std::string& text, const std::string& span, const std::string& published) {
  TimeContext ctx;
  ctx.published = *ParseIsoDate(published);
  const size_t at = text.find(span);
  if (at == std::string::npos) return "<no such span>";
  auto r = ResolveTimeSpans(Segment(text, nullptr), text, ctx,
                            {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + span.size())}});
  return r.size() == 1 ? r[0].value : "<" + std::to_string(r.size()) + " results>";
}

TEST(TimeTagger, ResolveTimeSpans) {
  // The day of "Friday night", cut at the span.
  EXPECT_EQ(Resolve("The rally took place on Friday night.", "Friday", "2018-10-15"), "2018-10-12");
  // The article left out of the span ("the summer", "the eighth day").
  EXPECT_EQ(Resolve("Prices rose during the summer.", "summer", "1989-10-26"), "1989-SU");
  // What is left without the words after the span means nothing else: the whole match.
  EXPECT_EQ(Resolve("Profit rose 5% from a year earlier.", "a year", "2018-10-15"), "2017");
  // The span's own modifiers.
  EXPECT_EQ(Resolve("He left in early 2013.", "early 2013", "2018-10-15"), "2013");
  // Words that TimeML marks as the present, past or future, only when asked.
  EXPECT_EQ(Resolve("The talks have already failed.", "already", "2018-10-15"), "PRESENT_REF");
  EXPECT_EQ(Resolve("He was once a rival.", "once", "2018-10-15"), "PAST_REF");
  EXPECT_TRUE(Tag("The talks have already failed.", "2018-10-15").empty());
  // A span with no expression.
  EXPECT_EQ(Resolve("The talks have failed.", "talks", "2018-10-15"), "");
  // The document's context before the span: "the next day" after a date.
  EXPECT_EQ(Resolve("They met on Oct. 6, 2016. The next day they left.", "The next day", "2018-10-15"),
            "2016-10-07");
  // Several spans, in the caller's order; a span outside the text is empty.
  const std::string text = "They met on Tuesday and will meet again in June.";
  TimeContext ctx;
  ctx.published = *ParseIsoDate("2018-10-15");
  auto r = ResolveTimeSpans(Segment(text, nullptr), text, ctx,
                            {{static_cast<uint32_t>(text.find("June")), static_cast<uint32_t>(text.find("June") + 4)},
                             {static_cast<uint32_t>(text.find("Tuesday")), static_cast<uint32_t>(text.find("Tuesday") + 7)},
                             {1000, 1010}});
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].value, "2019-06");
  EXPECT_EQ(r[1].value, "2018-10-09");
  EXPECT_EQ(r[2].value, "");
}

TEST(TimeTagger, DayWords) {
  ExpectValues({
      {"They met yesterday.", "2024-10-07", "2024-10-06"},
      {"The parliament convenes today.", "2024-10-07", "2024-10-07"},
      {"He will fly to Beijing tomorrow.", "2024-10-07", "2024-10-08"},
      {"He spoke late yesterday.", "2024-10-07", "2024-10-06"},
      {"He will speak tonight.", "2024-10-07", "2024-10-07TNI"},
      {"Shots were heard last night.", "2024-10-07", "2024-10-06TNI"},
      {"She arrived this morning.", "2024-10-07", "2024-10-07TMO"},
      {"They met yesterday morning.", "2024-10-07", "2024-10-06TMO"},
      {"Shares were up at mid-afternoon yesterday.", "2024-10-07", "2024-10-06TAF"},
      {"He will land late morning tomorrow.", "2024-10-07", "2024-10-08TMO"},
      // A part of the day alone: of the day last named, or of the publication day.
      {"By mid afternoon, sources said the operation was over.", "2024-10-07", "2024-10-07TAF"},
      {"Dealers placed heavy orders in the morning.", "2024-10-07", "2024-10-07TMO"},
      // A day from a day.
      {"The day before last Tuesday's hearing, he met them.", "2000-02-24", "2000-02-21"},
      {"They met the day after Christmas.", "1999-12-30", "1999-12-26"},
      {"They met the day after the vote.", "1999-12-30", "<none>"},
      // The day of an operation told as today.
      {"It's the second day of an offensive by the army.", "1998-03-06", "1998-03-06"},
      {"He won the fifth game of the series.", "1998-03-06", "<none>"},
  });
  ExpectSpans({{"The day before last Tuesday's hearing, he met them.", "2000-02-24", "The day before last Tuesday"}});
  ExpectSpans({{"Shares were up at mid-afternoon yesterday.", "2024-10-07", "mid-afternoon yesterday"}});
  ExpectSpans({{"He spoke late yesterday.", "2024-10-07", "late yesterday"}});
}

TEST(TimeTagger, WeeksMonthsYears) {
  ExpectValues({
      {"It happened last week.", "2024-03-21", "2024-W11"},
      {"It happens this week.", "2024-03-21", "2024-W12"},
      {"The talks resume next week.", "2024-03-21", "2024-W13"},
      {"Kim sent two messages earlier this week.", "2021-04-23", "2021-W16"},
      {"It happened last month.", "2024-01-15", "2023-12"},
      {"It happens next month.", "2024-12-15", "2025-01"},
      {"Prices rose earlier this month.", "2024-03-21", "2024-03"},
      {"It happened last year.", "2024-10-07", "2023"},
      {"Elections are due next year.", "2024-10-07", "2025"},
      {"Growth slowed this year.", "2024-10-07", "2024"},
      {"Exports fell over the past year.", "2024-10-07", "2023"},
      {"The deal closes at year-end.", "2024-10-07", "2024"},
      {"The index is up 8% since year-end.", "1989-10-30", "1988-12-31"},
      {"Sales for the year rose.", "2024-10-07", "2024"},
      // Weekends (2024-03-21 a Thursday).
      {"Protesters gathered over the weekend.", "2024-03-25", "2024-W12-WE"},
      {"Protests are planned this weekend.", "2024-03-21", "2024-W12-WE"},
      // A week the text does not tell.
      {"For the week, the index dropped 3.8%.", "1989-10-30", "1989-WXX"},
      {"It was the week's most active session.", "1989-10-30", "1989-WXX"},
      {"He left in the week before the vote.", "1989-10-30", "<none>"},
  });
  // "this year as last": the year left out.
  EXPECT_EQ(Values("The dividend will be twice as high this year as last.", "1989-10-27"), (V{"1989", "1988"}));
  EXPECT_EQ(Values("Prices fell last.", "1989-10-27"), (V{}));
  // "that same day" after a month: a day of that month, not told which.
  EXPECT_EQ(Values("He was shot in October. His name was crossed out that same day.", "1999-02-06"),
            (V{"1998-10", "1998-10-XX"}));
  ExpectSpans({{"Kim sent two messages earlier this week.", "2021-04-23", "earlier this week"}});
  // Anchored on the last date named.
  EXPECT_EQ(Values("He was elected in 1995 and resigned the following year.", "2024-10-07"), (V{"1995", "1996"}));
  EXPECT_EQ(Values("They met on March 3. The next day they signed.", "2024-10-07"), (V{"2024-03-03", "2024-03-04"}));
  // "until then": the last date named; "and then" is no time.
  EXPECT_EQ(Values("Rights terminate on Nov. 30. Until then, the stock is convertible. He left and then returned.",
                   "1989-10-30"),
            (V{"1989-11-30", "1989-11-30"}));
  // In apposition to a day: that day.
  EXPECT_EQ(Values("Stocks fell after Oct. 12, the day before the plunge.", "1989-10-30"),
            (V{"1989-10-12", "1989-10-12"}));
}

// Month and day words that are names.
TEST(TimeTagger, NamesAreNotDates) {
  EXPECT_EQ(Values("Donald Trump and Theresa May last night discussed Syria.", "2018-04-13"), (V{"2018-04-12TNI"}));
  EXPECT_EQ(Values("He told BBC Radio 4's Today programme it was serious.", "2018-04-13"), (V{}));
  EXPECT_EQ(Values("The paper USA Today reported it.", "2018-04-13"), (V{}));
  EXPECT_EQ(Values("Baker, speaking on ABC News' \"This Week,\" said so.", "1990-08-13"), (V{}));
  // ... but not the month after an article or a preposition, or the day at a sentence's start.
  EXPECT_EQ(Values("The March accession will enable them to join.", "1999-02-10"), (V{"1999-03"}));
  EXPECT_EQ(Values("In May, they met.", "2018-04-13"), (V{"2017-05"}));
  EXPECT_EQ(Values("Today, he said no.", "2018-04-13"), (V{"2018-04-13"}));
}

TEST(TimeTagger, DayOfMonth) {
  ExpectValues({
      {"They left Pyongyang on the 21st.", "2024-03-23", "2024-03-21"},
      {"They left on the 25th.", "2024-03-23", "2024-02-25"},
      {"They will leave on the 25th.", "2024-03-23", "2024-03-25"},
      {"The party marked its 69th anniversary on the 22nd of March.", "2024-03-23", "2024-03-22"},
  });
}

TEST(TimeTagger, Months) {
  ExpectValues({
      // The latest such month consistent with tense.
      {"In January, Kim called for changes.", "2024-10-07", "2024-01"},
      {"In November, Kim called for changes.", "2024-10-07", "2023-11"},
      {"Kim will visit Moscow in November.", "2024-10-07", "2024-11"},
      {"Kim will visit Moscow in March.", "2024-10-07", "2025-03"},
      {"The talks resumed last March.", "2024-10-07", "2024-03"},
      {"The talks resumed last October.", "2024-10-07", "2023-10"},
      // The month just ended would be "last month": "last February" is a year before.
      {"Two helicopters crashed last February.", "1998-03-01", "1997-02"},
      {"Two helicopters crashed last February.", "1998-04-20", "1998-02"},
      {"The summit is planned for next March.", "2024-10-07", "2025-03"},
      {"It happened in March of last year.", "2024-10-07", "2023-03"},
      // "May" the modal verb, "March" the verb.
      {"North Korea may test a missile.", "2024-10-07", "<none>"},
      {"Veterans march on the capital.", "2024-10-07", "<none>"},
      {"The ceasefire took effect in May.", "2024-10-07", "2024-05"},
      {"The results, expected in mid-March, will be key.", "2013-02-06", "2013-03"},
  });
  // Ranges: each month its own expression ("March" the month after "from").
  EXPECT_EQ(Values("The season ran from March through May.", "2024-10-07"), (V{"2024-03", "2024-05"}));
  // A year in scope in the same sentence.
  EXPECT_EQ(Values("In 2019, Kim met Trump in June.", "2024-10-07"), (V{"2019", "2019-06"}));
}

TEST(TimeTagger, ExplicitDates) {
  ExpectValues({
      {"They established ties on Oct. 6, 1949.", "2024-10-07", "1949-10-06"},
      {"They established ties on October 6, 1949.", "", "1949-10-06"},
      {"It happened on 6 October 1949.", "", "1949-10-06"},
      {"It happened on 6 October, 1949.", "", "1949-10-06"},
      {"It happened on 2024-03-21.", "", "2024-03-21"},
      {"It happened on 3/21/2024.", "", "2024-03-21"},
      {"It happened on 3/21/98.", "", "1998-03-21"},
      {"The talks began in March 2024.", "", "2024-03"},
      {"The talks began in March of 2024.", "", "2024-03"},
      {"It was signed on the 21st of March, 2024.", "", "2024-03-21"},
      // Without a year: resolved against publication, unresolved without one.
      {"Missiles were launched on March 25.", "2021-04-23", "2021-03-25"},
      {"Missiles were launched on 25 March.", "2021-04-23", "2021-03-25"},
      {"Missiles were launched on March 25.", "", ""},
      {"Missiles were launched on 25 March.", "", ""},
      // A weekday names the year of a month and day.
      {"The editorial ran on Saturday, April 25.", "1998-04-24", "1998-04-25"},
      {"The hearing is set for the week of March 6.", "2000-02-24", "2000-W10"},
  });
  ExpectSpans({
      {"The editorial ran on Saturday, April 25.", "1998-04-24", "Saturday, April 25"},
      {"It happened on 6 October, 1949.", "", "6 October, 1949"},
      {"Missiles were launched on 25 March.", "2021-04-23", "25 March"},
  });
  // Days listed after a date: "April 24 and 25".
  EXPECT_EQ(Values("The summit is held on April 24 and 25.", "1999-02-10"), (V{"1999-04-24,1999-04-25"}));
}

TEST(TimeTagger, DeadlinesTakeTheNearestDate) {
  EXPECT_EQ(Values("They can import crude for six months up to May.", "2019-02-12"), (V{"P6M", "2019-05"}));
  EXPECT_EQ(Values("Last month, OPEC decided to cut output as of Nov. 1.", "2006-11-14"), (V{"2006-10", "2006-11-01"}));
  EXPECT_EQ(Values("Last month, OPEC agreed to cut output in January.", "2006-11-14"), (V{"2006-10", "2007-01"}));
  EXPECT_EQ(Values("OPEC will cut output as of Nov. 1.", "2006-11-14"), (V{"2007-11-01"}));
  // The start of a schedule: the nearest, though the nearest past is preferred elsewhere.
  EXPECT_EQ(Values("Two flights leave each Thursday from August 6.", "1998-02-13"),
            (V{"XXXX-WXX-4", "1998-08-06"}));
  EXPECT_EQ(Values("The plant was closed from August 6.", "1998-02-13"), (V{"1997-08-06"}));
  ExpectValues({
      {"The dividend is payable Jan. 2.", "1989-11-02", "1990-01-02"},
      // A date naming a deadline, whatever the tense of the clause.
      {"By setting a Jan. 14 return date, the service allowed time for an appeal.", "2000-01-06", "2000-01-14"},
      // "set" a date ahead, but a record set on a past day.
      {"The board set Nov. 10 as the deadline.", "1989-10-26", "1989-11-10"},
      {"The index was near the record high it set on Aug. 6.", "1998-02-06", "1997-08-06"},
      // An order to do something on a day: a day to come.
      {"He subpoenaed the boy to testify on Feb. 10.", "2000-01-07", "2000-02-10"},
      // The date of an occasion named by a noun: not the clause's tense.
      {"Sterling fell because of uncertainty surrounding a general election on May 1.", "1997-04-02",
       "1997-05-01"},
      {"The arrival was the clearest sign yet of the change of sovereignty on July 1.", "1997-04-22",
       "1997-07-01"},
      {"The army seized power on July 1.", "1997-04-22", "1996-07-01"},
      {"The two countries had almost reached an agreement for April 17.", "1997-04-04", "1997-04-17"},
      // An occasion on a weekday: the nearest such day when no tense says otherwise.
      {"Arab states limit their part in a summit on the Middle East starting on Wednesday.", "2019-02-12",
       "2019-02-13"},
  });
}

// The tense of a clause read from its words, beyond auxiliaries (docs/time.md).
TEST(TimeTagger, ClauseReadings) {
  ExpectValues({
      // A present verb between subject and object; its time is to come or now.
      {"Iraq goes to the polls on Thursday to elect a parliament.", "2005-12-13", "2005-12-15"},
      {"The nation marks the anniversary on Thursday.", "2024-03-20", "2024-03-21"},
      {"Officials worry about what happens after the territory reverts to Chinese rule on July 1.", "1997-04-15",
       "1997-07-01"},
      // ... not a verb of relation, whose object is the event: "follows a call on Friday".
      {"The decision follows a phone call with Erdogan on Friday.", "2018-12-19", "2018-12-14"},
      // ... nor a plural noun: "a few kilometers to the east".
      {"The army formed its defense a few kilometers to the east after abandoning the town on Sunday.",
       "2006-11-27", "2006-11-26"},
      // Set phrases of a scheduled change.
      {"The Civil Partnership Act comes into force on Monday.", "2005-12-09", "2005-12-12"},
      {"Tickets go on sale Wednesday.", "2006-12-12", "2006-12-13"},
      {"The new rules take effect in June.", "2024-03-21", "2024-06"},
      // "have to" is an obligation ahead, "had to" one past.
      {"Residents would have to return before the July 1 handover.", "1997-04-14", "1997-07-01"},
      // An infinitive after a governor and a time: "vowed Friday to return by Monday".
      // A noun in -s is no scheduled verb: "heads of government".
      {"The meeting followed the heads of government summit in September.", "2006-11-21", "2006-09"},
      // "in the run-up to", "preparations for": an occasion to come.
      {"Ministers resigned in the run-up to a March general election.", "2005-12-07", "2006-03"},
      {"The force marked a key stage in the preparations for the June elections.", "1997-04-03", "1997-06"},
      // A weekday's occasion that the clause looks ahead to; a ruling that has happened.
      {"If he gets his way in Sunday's polls, he is likely to win.", "2018-06-22", "2018-06-24"},
      {"They looked for ways around Wednesday's ruling.", "2000-01-15", "2000-01-12"},
      // A date before a noun names that thing: "by" is no deadline there.
      {"The region was hit by the December tsunami.", "2005-11-15", "2004-12"},
      {"The work must be done by December.", "2005-11-15", "2005-12"},
      {"He set a deadline starting from November 15.", "2006-11-06", "2006-11-15"},
      {"He warned that a launch date of April 12 could be optimistic.", "1997-04-03", "1997-04-12"},
      // An occasion named by a day in the coming week, in a clause told in the past.
      {"The editorial was not prompted by the Nov. 7 midterm elections.", "2006-11-04", "2006-11-07"},
      {"Hamas took office after an upset January 25 election.", "2006-12-11", "2006-01-25"},
      // A gathering named by a day in the coming two weeks, a month of trade to come.
      {"Brown was upbeat about a deal at the December 15-16 summit in Brussels.", "2005-12-06", "2005-12-15"},
      {"The committee set up under the April 26 truce agreement has met 14 times.", "1997-04-04", "1996-04-26"},
      {"Brent crude for December delivery dived 1.20 dollars.", "2005-11-10", "2005-12"},
      // A phrasal verb in the present after a pronoun: "before he steps down".
      {"It was his last press conference before he steps down on December 31.", "2006-12-19", "2006-12-31"},
      {"The decision to pull US forces out of Syria follows a call on Friday.", "2018-12-19", "2018-12-14"},
      // An adjective in un-...-ed is no verb: the modal speaks.
      {"The split would be paid on a still unspecified date in January.", "1989-10-26", "1990-01"},
  });
  // "one day" is someday after a modal or between "is" and a participle; "soon" after a
  // past form is no time ahead.
  ExpectValues({
      {"The drug may one day help patients.", "2006-11-07", "FUTURE_REF"},
      {"Aid will be needed when reconstruction is one day contemplated.", "2017-12-12", "FUTURE_REF"},
      {"The hostages were soon released.", "1997-04-23", "<none>"},
      {"The rebels soon released all but 72 men.", "1997-04-23", "<none>"},
      {"He hoped to visit Lima soon.", "1997-04-23", "FUTURE_REF"},
  });
  EXPECT_EQ(Values("The coalition vowed Friday to return to power by Monday.", "1997-04-18"),
            (V{"1997-04-18", "1997-04-21"}));
  // "two days earlier, on 29 August": the day in apposition.
  EXPECT_EQ(Values("In 2013 the vote came two days earlier, on 29 August.", "2018-02-10"),
            (V{"2013", "2013-08-29", "2013-08-29"}));
  // "the end of the decade": the decade at hand.
  EXPECT_EQ(One("By the end of the decade, output will double.", "2013-03-06"), "201");
  EXPECT_EQ(One("By the end of the century, seas will rise.", "2013-03-06"), "20");
  // A weekday and its hour; an ordinal counting within a span.
  ExpectValues({
      {"By Tuesday noon, the flames had been put out.", "2006-11-15", "2006-11-14T12:00"},
      {"The pact was signed on Wednesday midnight.", "2006-11-09", "2006-11-08T24:00"},
      {"The council was set to examine the second report in two months.", "2005-12-13", "P2M"},
      {"Hu will visit India, which will be the first visit by Chinese leaders in ten years.", "2006-11-07",
       "P10Y"},
      {"The bonds will be redeemed in five years.", "2006-11-07", "2011"},
  });
  // "February, 6, 1996": a comma after the month.
  EXPECT_EQ(Values("He sent a letter on February, 6, 1996, imitating her writing.", "1997-04-29"),
            (V{"1996-02-06"}));
}

TEST(TimeTagger, ModifiedExpressions) {
  ExpectValues({
      {"Troops withdrew in mid-March.", "2024-10-07", "2024-03"},
      {"The plant closed in early 2020.", "2024-10-07", "2020"},
      {"Troops will leave by the end of 2025.", "2024-10-07", "2025"},
      {"A deal may come later this year.", "2024-10-07", "2024"},
  });
  ExpectSpans({
      {"Troops withdrew in mid-March.", "2024-10-07", "mid-March"},
      {"The plant closed in early 2020.", "2024-10-07", "early 2020"},
      {"Troops will leave by the end of 2025.", "2024-10-07", "the end of 2025"},
  });
}

TEST(TimeTagger, YearsAndDecades) {
  ExpectValues({
      {"Sanctions have been in place since 2006.", "", "2006"},
      {"Trade grew in the 1990s.", "2024-10-07", "199"},
      {"Trade grew in the late 1970s.", "2024-10-07", "197"},
      {"Trade grew in the '80s.", "2024-10-07", "198"},
      {"Trade grew in the nineties.", "2024-10-07", "199"},
      {"Wars marked the 20th century.", "2024-10-07", "19"},
      // "the last decade" is the one before this; over "the past decade", ten years.
      {"Workers lost earning power in the last decade.", "1998-02-06", "198"},
      {"Prices rose over the last decade.", "1998-02-06", "P10Y"},
      {"Prices rose in the past decade.", "1998-02-06", "P10Y"},
      // TimeML writes "this century" as a hundred years.
      {"It was the worst disaster of this century.", "1999-03-12", "P100Y"},
      {"Earnings rose in fiscal 1989.", "1989-10-26", "1989"},
      {"It was founded in nineteen ninety-six.", "1998-10-26", "1996"},
      // Numbers that are not years.
      {"About 2000 troops crossed the border.", "2024-10-07", "<none>"},
      {"The force has 1500 soldiers.", "2024-10-07", "<none>"},
  });
  ExpectSpans({{"Trade grew in the 1990s.", "2024-10-07", "the 1990s"}});
  EXPECT_EQ(Values("Kim Il-sung visited Mongolia in 1956 and 1988.", "2018-10-15"), (V{"1956,1988"}));
}

TEST(TimeTagger, SeasonsQuartersHalves) {
  ExpectValues({
      // A season before a noun is the season at hand, whatever the tense.
      {"Greed, driven by demand of the winter coal market, was the cause.", "2006-11-14", "2006-WI"},
      {"The talks stalled in the winter.", "2006-11-14", "2005-WI"},
  });
  ExpectValues({
      {"The strike began last fall.", "1998-02-06", "1997-FA"},
      {"Talks will resume this summer.", "1998-03-22", "1998-SU"},
      {"It was built in the winter of 1994.", "1998-03-22", "1994-WI"},
      {"Nobody mourned the fall of the regime.", "1998-03-22", "<none>"},
      {"Profit rose in the third quarter.", "1989-10-26", "1989-Q3"},
      {"It posted a third-quarter loss.", "1989-10-26", "1989-Q3"},
      {"Profit rose in the first quarter of 1990.", "1989-10-26", "1990-Q1"},
      {"Growth slowed in the first half of 2024.", "2024-10-07", "2024-H1"},
      {"The slump will last through the first two quarters of 1990.", "1989-10-26", "1990-H1"},
      {"Output rose 5% from a year earlier.", "1989-10-26", "1988"},
      // "the last quarter" of a year is its fourth; alone, the one before this one.
      {"Output rose in the last quarter of 2012.", "2013-06-06", "2012-Q4"},
      {"Output rose in the last quarter of last year.", "2013-06-06", "2012-Q4"},
      {"Output rose in the last quarter.", "2013-06-06", "2013-Q1"},
      // Written as codes.
      {"Profit rose in Q4.", "2013-02-06", "2012-Q4"},
      {"Profit will rise in Q2.", "2013-02-06", "2013-Q2"},
      {"Profit rose in Q3 2012.", "2013-02-06", "2012-Q3"},
      {"Revenue rose in FY2012.", "2013-02-06", "2012"},
      {"Revenue will rise in FY14.", "2013-02-06", "2014"},
      {"The form has boxes q4 and fy2012.", "2013-02-06", "<none>"},
  });
  EXPECT_EQ(Values("Revenue for the quarter ended Sept. 30 rose.", "1989-10-26"), (V{"1989-Q3", "1989-09-30"}));
}

TEST(TimeTagger, ClockTimes) {
  ExpectValues({
      {"The blast occurred at 10:35 a.m. Friday.", "1998-08-08", "1998-08-07T10:35"},
      {"The offer expired at midnight Friday.", "1989-10-30", "1989-10-27T24:00"},
      {"The offer expires at midnight Friday.", "1989-10-30", "1989-11-03T24:00"},
      {"He left at 4 in the morning.", "2000-04-05", "2000-04-05T04:00"},
      {"The show starts at 8 in the evening.", "2000-04-05", "2000-04-05T20:00"},
  });
  // A parenthesis takes the tense of its clause; "a.m." is no verb "am".
  EXPECT_EQ(Values("He will leave at dawn (4 a.m. EDT Thursday).", "2000-04-05"), (V{"2000-04-06T04:00"}));
  // A day after a time in parentheses: the time's day, but an expression of its own.
  EXPECT_EQ(Values("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08"),
            (V{"1998-08-07T10:35", "1998-08-07"}));
  // The day told in the parenthesis after a time: the time's day too.
  EXPECT_EQ(Values("He will leave at 4 in the morning (4 a.m. EDT Thursday).", "2000-04-05"),
            (V{"2000-04-06T04:00", "2000-04-06T04:00"}));
}

TEST(TimeTagger, FinancialReportComparisons) {
  // A (fiscal) year named by its end: the year it ends in.
  EXPECT_EQ(Values("Results for the year ended Dec. 31 were released.", "2013-02-06"), (V{"2012", "2012-12-31"}));
  EXPECT_EQ(Values("Results for the fiscal year ended Sept. 30 were released.", "1989-11-02"),
            (V{"1989", "1989-09-30"}));
  EXPECT_EQ(Values("Results for the fiscal year ended Sept. 30 were released.", "1989-08-02"),
            (V{"1988", "1988-09-30"}));
  // In a report on a quarter, "a year earlier" is that quarter a year before ...
  EXPECT_EQ(Values("Third-quarter profit rose 5% from a year earlier.", "1989-10-26"), (V{"1989-Q3", "1988-Q3"}));
  EXPECT_EQ(Values("Third-quarter profit rose. Sales rose 5% from year-ago levels.", "1989-10-26"),
            (V{"1989-Q3", "1988-Q3"}));
  // ... but a sentence on nine months (six months, the first half) compares those: the year.
  EXPECT_EQ(Values("Third-quarter profit rose. For the nine months, net rose 5% from a year earlier.", "1989-10-26"),
            (V{"1989-Q3", "P9M", "1988"}));
  EXPECT_EQ(Values("Third-quarter profit rose. In the first nine months, net was $306 million, compared with a loss "
                   "in the 1988 period.",
                   "1989-10-26"),
            (V{"1989-Q3", "P9M", "1988"}));
  EXPECT_EQ(Values("Third-quarter profit rose. For the nine months, it earned $5 million, against year-earlier net of "
                   "$4 million.",
                   "1989-10-26"),
            (V{"1989-Q3", "P9M", "1988"}));
  // "this quarter" in a report on a finished quarter is that quarter; ahead, the current one.
  EXPECT_EQ(Values("Third-quarter profit fell. This quarter's loss includes charges.", "1989-11-01"),
            (V{"1989-Q3", "1989-Q3"}));
  EXPECT_EQ(Values("Third-quarter profit fell. Profit will rise this quarter.", "1989-11-01"),
            (V{"1989-Q3", "1989-Q4"}));
  EXPECT_EQ(One("Profit rose this quarter.", "1989-11-01"), "1989-Q4");
  // The report's quarter is the first recent one named, not one named in passing ...
  EXPECT_EQ(Values("Third-quarter net rose 20%. After a flat second quarter, sales rose. Charges were lower than a "
                   "year ago.",
                   "1989-11-01"),
            (V{"1989-Q3", "1989-Q2", "1988-Q3"}));
  // ... nor an old one, nor a fiscal one once the calendar quarter is told.
  EXPECT_EQ(Values("It stopped paying a dividend in the third quarter of 1984. Second-quarter profit rose from a "
                   "year ago.",
                   "1989-10-27"),
            (V{"1984-Q3", "1989-Q2", "1988-Q2"}));
  EXPECT_EQ(Values("Profit rose in the fiscal first quarter. For the quarter ended Sept. 30, net rose from a year "
                   "earlier.",
                   "1989-10-26"),
            (V{"1989-Q1", "1989-Q3", "1989-09-30", "1988-Q3"}));
  // "the 1988 period" in a report on a quarter is that quarter.
  EXPECT_EQ(Values("Third-quarter profit rose. In the 1988 period, it lost money.", "1989-10-26"),
            (V{"1989-Q3", "1988-Q3"}));
}

TEST(TimeTagger, ListsAndYearScope) {
  EXPECT_EQ(Values("This year, Kim met Xi in March, May and June.", "2018-10-15"),
            (V{"2018", "2018-03,2018-05,2018-06"}));
  auto t = Tag("This year, Kim met Xi in March, May and June.", "2018-10-15");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[2].group, 1u);
  EXPECT_EQ(t[3].group, 1u);
}

TEST(TimeTagger, AnniversariesAndAgesAreNotDates) {
  EXPECT_TRUE(Values("They marked the 73rd anniversary of the party.", "2018-10-15").empty());
  EXPECT_TRUE(Values("A 75-year-old man spoke.", "2018-10-15").empty());
  EXPECT_TRUE(Values("The man, 75 years old, spoke.", "2018-10-15").empty());
  EXPECT_TRUE(Values("It was the party's 69th anniversary of founding.", "2018-10-15").empty());
  EXPECT_TRUE(Values("They attended the 19th party congress.", "2018-10-15").empty());
}

TEST(TimeTagger, AgoAndGenericReferences) {
  ExpectValues({
      {"They split two years ago.", "2024-10-07", "2022"},
      // Round counts of decades: that year, the month not told.
      {"NATO was created 50 years ago.", "1999-03-12", "1949-XX"},
      {"A decade ago, they were rivals.", "1999-03-12", "1989-XX"},
      {"He fled 41 years ago.", "2000-01-15", "1959"},
      {"The town was founded 277 years ago.", "2013-02-20", "1736"},
      {"A century ago, few cared.", "2013-02-20", "1913-XX"},
      {"They split three months ago.", "2024-10-07", "2024-07"},
      {"They split six weeks ago.", "1998-03-01", "1998-W03"},
      {"They met five days ago.", "2024-10-07", "2024-10-02"},
      {"They met a few years ago.", "2024-10-07", "PAST_REF"},
      {"The two sides are now allies.", "2024-10-07", "PRESENT_REF"},
      {"Relations have recently improved.", "2024-10-07", "PAST_REF"},
      {"They may meet in the future.", "2024-10-07", "FUTURE_REF"},
      {"They will meet in the coming weeks.", "2024-10-07", "FUTURE_REF"},
      {"He would not travel at this crucial moment.", "2024-10-07", "PRESENT_REF"},
      {"Nothing is known at the moment.", "2024-10-07", "PRESENT_REF"},
      {"Holders may buy shares at half the then current price.", "2024-10-07", "PAST_REF"},
      {"You may, in a year or two, save more lives.", "2024-10-07", "FUTURE_REF"},
      {"It will sell the unit as soon as possible.", "2024-10-07", "FUTURE_REF"},
      {"The bonds will be redeemed in two years.", "2024-10-07", "2026"},
      {"Prices will rise in the long term.", "2024-10-07", "FUTURE_REF"},
      {"The car stood in the long-term lot.", "2024-10-07", "<none>"},
  });
  ExpectSpans({
      {"He would not travel at this crucial moment.", "2024-10-07", "this crucial moment"},
      {"Holders may buy shares at half the then current price.", "2024-10-07", "then current"},
      {"You may, in a year or two, save more lives.", "2024-10-07", "a year or two"},
      {"It will sell the unit as soon as possible.", "2024-10-07", "as soon as possible"},
  });
  // No calendar value for an event date.
  EXPECT_TRUE(Tag("The two sides are now allies.", "2024-10-07")[0].dates.empty());
  // A report on a quarter reads "a year earlier" as that quarter, not every count of years.
  EXPECT_EQ(Values("Fourth-quarter profit fell from a year earlier. The plant was built 120 years ago.", "2013-02-20"),
            (V{"2012-Q4", "2011-Q4", "1893-XX"}));
}

// How long, never when: TIMEX3 DURATION values, no event date.
TEST(TimeTagger, Durations) {
  ExpectValues({
      {"The talks lasted two weeks.", "2024-10-07", "P2W"},
      {"The war has gone on for seven years.", "2024-10-07", "P7Y"},
      {"He spent 18 months in prison.", "2024-10-07", "P18M"},
      {"The flight took nearly an hour.", "2024-10-07", "PT1H"},
      {"Sales fell in the first nine months.", "2024-10-07", "P9M"},
      {"He has been missing for several years.", "2024-10-07", "PXY"},
      {"They signed a two-year deal.", "2024-10-07", "P2Y"},
      {"The dispute has lasted two decades.", "2024-10-07", "P20Y"},
      // A count left untold.
      {"They have not spoken for years.", "2024-10-07", "PXY"},
      {"Troops will arrive within weeks.", "2024-10-07", "PXW"},
      {"Sales grew for the first time in years.", "2024-10-07", "PXY"},
      {"The merger follows months of talks.", "2024-10-07", "PXM"},
      // ... but not days anchored to an event, nor ages.
      {"The car was seen in the days before the shooting.", "2024-10-07", "<none>"},
      {"A 75-year-old man was hurt.", "2024-10-07", "<none>"},
  });
  // How much is part of the expression (TIMEX3 "mod"), as TimeBank marks it.
  ExpectSpans({
      {"The war has lasted nearly two years.", "2024-10-07", "nearly two years"},
      {"The siege lasted more than four hours.", "2024-10-07", "more than four hours"},
      {"He must stay at least 30 days.", "2024-10-07", "at least 30 days"},
      {"They have no more than sixty days to leave.", "2024-10-07", "no more than sixty days"},
      {"Sales rose in the nine months.", "2024-10-07", "the nine months"},
      {"The blast came around 7:15 p.m.", "2024-10-07", "around 7:15 p.m."},
  });
  // Compound durations are one expression; lists of choices, rates and ages are not.
  ExpectValues({
      {"They took just one hour, 16 minutes and 39 seconds.", "2005-11-15", "PT1H16M39S"},
      {"He won in 1 hour 26 minutes and 43 seconds.", "2005-11-19", "PT1H26M43S"},
      {"He was sentenced to 14 years, nine months and 20 days.", "2005-12-16", "P14Y9M20D"},
      {"He was jailed for seven years and six months.", "2018-09-15", "P7Y6M"},
      // Halves in the next smaller unit; "more" and "additional" count the same.
      {"They lived in camps for 2 1/2 years.", "2000-01-01", "P2Y6M"},
      {"She will spend 5 1/2 hours in Nairobi.", "2000-01-01", "PT5H30M"},
      {"The talks lasted an hour and a half.", "2000-01-01", "PT1H30M"},
      {"The navy may use the base for 20 more years.", "2000-01-01", "P20Y"},
      {"The loan may be extended for an additional year.", "2000-01-01", "P1Y"},
      {"Over the next couple of years we would not be surprised.", "2000-01-01", "P2Y"},
      {"He claimed the title when he was 17 years and three months old.", "2006-11-12", "<none>"},
  });
  EXPECT_EQ(Values("Governments have lasted one year, 68 days or even two months.", "2005-11-01"),
            (V{"P1Y", "P68D", "P2M"}));
  EXPECT_EQ(Values("He has watched football for 20 years, five days a week.", "2005-12-06"), (V{"P20Y", "P5D", "P1W"}));
  auto t = Tag("The talks lasted two weeks.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].type, "DURATION");
  EXPECT_TRUE(t[0].dates.empty());
}

TEST(TimeTagger, SetsAndRates) {
  ExpectValues({
      {"Rallies are held daily.", "2024-10-07", "P1D"},
      {"They meet every quarter.", "2024-10-07", "P1Q"},
      {"They meet each Thursday.", "2024-10-07", "XXXX-WXX-4"},
      {"The census is taken every 10 years.", "2024-10-07", "P10Y"},
      {"Talks are held every two weeks.", "2024-10-07", "P2W"},
      // A rate after an amount or a count.
      {"The unit will add $33 million a year.", "2024-10-07", "P1Y"},
      {"They do hundreds of interviews a day.", "2024-10-07", "P1D"},
      {"Prices are reviewed twice a year.", "2024-10-07", "P1Y"},
      // Not a rate: how long, or when.
      {"It takes a year to build.", "2024-10-07", "P1Y"},
      {"Profit was $5 million a year ago.", "2024-10-07", "2023"},
      {"It costs workers a year's wages.", "2024-10-07", "<none>"},
      // Names and ordinals.
      {"Javid told the Daily Telegraph it was worth looking at.", "2019-02-18", "<none>"},
      {"There are plans for a second commune.", "2019-02-25", "<none>"},
      {"He paused for a second.", "2019-02-25", "PT1S"},
  });
  auto t = Tag("The unit will add $33 million a year.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].type, "SET");
  EXPECT_TRUE(t[0].dates.empty());
  // "every 10 years" recurs: a SET over the whole phrase, not a duration.
  t = Tag("The census is taken every 10 years.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].type, "SET");
  EXPECT_EQ(Span("The census is taken every 10 years.", "2024-10-07"), "every 10 years");
}

TEST(TimeTagger, Holidays) {
  ExpectValues({
      {"Thousands marched on Christmas Day.", "2024-12-27", "2024-12-25"},
      {"The family gathered on Thanksgiving Day.", "1999-11-27", "1999-11-25"},
      {"Voters go to the polls on Election Day.", "1998-10-26", "1998-11-03"},
      // The week of Easter Sunday (2000-04-23).
      {"Protesters prayed as Easter week began.", "2000-04-17", "2000-W16"},
      {"Easter week 1998 was quiet.", "2000-04-17", "1998-W15"},
  });
}

TEST(TimeTagger, NoPublicationDateLeavesRelativeUnresolved) {
  EXPECT_EQ(Values("They met yesterday and again on Tuesday.", ""), (V{"", ""}));
  EXPECT_EQ(Values("In March, they met. Last year they split.", ""), (V{"", ""}));
  for (const TimeExpr& t : Tag("They met yesterday, last week and in June.", "")) {
    EXPECT_TRUE(t.relative);
    EXPECT_TRUE(t.dates.empty());
  }
  ExpectValues({
      {"Profit rose in Q4.", "", ""},
      {"Shares were up at mid-afternoon yesterday.", "", ""},
      {"The blast occurred at 10:35 a.m.", "", ""},
      {"Two helicopters crashed last February.", "", ""},
  });
  EXPECT_EQ(Values("Results for the year ended Dec. 31 were released.", ""), (V{"", ""}));
  // Absolute dates do not need one.
  EXPECT_EQ(Values("They met on Oct. 6, 1949 and in 1956.", ""), (V{"1949-10-06", "1956"}));
  ExpectValues({
      {"Profit rose in Q3 2012.", "", "2012-Q3"},
      {"Revenue rose in FY2012.", "", "2012"},
      {"Output rose in the last quarter of 2012.", "", "2012-Q4"},
  });
}

TEST(TimeTagger, EventDatePrecision) {
  auto t = Tag("It happened last week.", "2024-03-21");
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].dates.size(), 1u);
  EXPECT_EQ(t[0].dates[0].ToString(), "2024-03");  // the month of the week's Thursday
  t = Tag("Profit rose in the third quarter.", "1989-10-26");
  ASSERT_EQ(t[0].dates.size(), 1u);
  EXPECT_EQ(t[0].dates[0].ToString(), "1989");
  t = Tag("Trade grew in the 1990s.", "2024-10-07");
  EXPECT_TRUE(t[0].dates.empty());
  // A year naming a thing is not when something happened.
  t = Tag("Kim recalled the 2018 summit.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].relational);
  t = Tag("He accused Moscow of violating a 2013 US-Russia agreement.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].relational);
  t = Tag("Relations have been frozen since 2019.", "2024-10-07");
  EXPECT_TRUE(t[0].relational);
  // A year that says when names nothing.
  t = Tag("They met in 2019.", "2024-10-07");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FALSE(t[0].relational);
}

TEST(TimeTagger, Tense) {
  auto tense = [](const std::string& text, const std::string& word) {
    auto s = Segment(text, nullptr);
    for (uint32_t i = 0; i < s[0].tokens.size(); ++i)
      if (s[0].tokens[i].norm == word) return TenseAt(s[0], i, i + 1);
    return Tense::kUnknown;
  };
  struct TenseCase {
    std::string text;
    Tense expected;
  };
  const std::vector<TenseCase> cases = {
      {"Kim will visit Moscow on Friday.", Tense::kFuture},
      {"Kim is expected to visit Moscow on Friday.", Tense::kFuture},
      {"Kim visited Moscow on Friday.", Tense::kPast},
      {"Officials said on Friday that Kim would visit.", Tense::kPast},
      {"On Friday, the ministry announced the visit.", Tense::kPast},
      {"The talks would still be held on Friday.", Tense::kFuture},
      {"The meeting is on Friday.", Tense::kPresent},
      {"The league plans to hold a news conference on Friday.", Tense::kFuture},
      {"On Friday, the league plans to hold a news conference.", Tense::kFuture},
      {"The league plans a news conference on Friday.", Tense::kPresent},
      {"The court ordered the army to withdraw on Friday.", Tense::kFuture},
      {"He sought to calm markets, saying on Friday that rates would fall.", Tense::kPast},
      {"He will leave at dawn (4 a.m. on Friday).", Tense::kFuture},
      {"The shop opened at 9 a.m. on Friday.", Tense::kPast},
      {"Traders sold ahead of Friday.", Tense::kFuture},
      {"The results, expected on Friday, will be key.", Tense::kFuture},
      {"The film opens on Friday.", Tense::kFuture},
      {"The film opened on Friday.", Tense::kPast},
      // "to be" after a verb of judgement is no time to come: the governing verb speaks.
      {"The North launched projectiles assumed to be missiles on Friday.", Tense::kPast},
      {"The report, said to be published on Friday, will be key.", Tense::kFuture},
      {"The report is to be published on Friday.", Tense::kFuture},
      // A scheduled event in the plural, and the same verb in other verb groups.
      {"Arafat and Netanyahu meet separately Friday with Albright.", Tense::kFuture},
      {"The two leaders did not meet on Friday.", Tense::kPast},
      {"The two sides failed to meet on Friday.", Tense::kPast},
      {"Kim's visit on Friday was a success.", Tense::kPast},
      {"The two sides meet on Friday.", Tense::kFuture},
      // A quotation has a time of its own: no tense from "want to be".
      {"McCurry on Friday ``I want to be absolutely clear.''", Tense::kUnknown},
      {"``We will win,'' he said on Friday.", Tense::kPast},
  };
  for (const TenseCase& c : cases) EXPECT_EQ(tense(c.text, "friday"), c.expected) << c.text;
  // A participle clause after the expression, and an apostrophe that is no quotation.
  const std::vector<TenseCase> january = {
      {"Kim sent messages to the leaders of Vietnam, Laos and Cuba about the Congress of the Workers' Party in "
       "January, urging they should strengthen ties.",
       Tense::kUnknown},
      {"Kim wrote to the Workers' Party in January.", Tense::kPast},
  };
  for (const TenseCase& c : january) EXPECT_EQ(tense(c.text, "january"), c.expected) << c.text;
  // ... the first one is then dated by the nearest past, not by "should".
  EXPECT_EQ(Values("Kim sent messages to the leaders of Vietnam, Laos and Cuba about the Congress of the Workers' "
                   "Party in January, urging they should strengthen ties.",
                   "2021-04-23"),
            (V{"2021-01"}));
}

}  // namespace
}  // namespace entente
