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

// 2018-10-15 was a Monday, 2024-03-21 a Thursday, 2024-10-07 a Monday.

TEST(TimeTagger, Weekdays) {
  // Past tense: the latest such day on or before publication.
  EXPECT_EQ(One("On Tuesday, the embassy hosted a gathering.", "2018-10-15"), "2018-10-09");
  EXPECT_EQ(One("Officials said Monday that talks had failed.", "2018-10-15"), "2018-10-15");
  EXPECT_EQ(One("Stocks fell sharply Friday.", "2018-10-15"), "2018-10-12");
  // Future: the next one.
  EXPECT_EQ(One("Putin will meet Kim on Tuesday.", "2018-10-15"), "2018-10-16");
  EXPECT_EQ(One("The envoy is expected to arrive on Thursday.", "2018-10-15"), "2018-10-18");
  EXPECT_EQ(One("A court hearing is scheduled for Friday.", "2018-10-15"), "2018-10-19");
  EXPECT_EQ(One("The vote could come as early as Wednesday.", "2018-10-15"), "2018-10-17");
  EXPECT_EQ(One("They have until Friday to reply.", "2018-10-15"), "2018-10-19");
  // "last", "next", "this past", possessive.
  EXPECT_EQ(One("They met last Monday.", "2018-10-15"), "2018-10-08");
  EXPECT_EQ(One("They meet next Monday.", "2018-10-15"), "2018-10-22");
  EXPECT_EQ(One("He criticised Friday's decision.", "2018-10-15"), "2018-10-12");
  // A part of the day is a TIME.
  auto t = Tag("The rally took place on Sunday night.", "2018-10-15");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, "2018-10-14TNI");
  EXPECT_EQ(t[0].type, "TIME");
  ASSERT_EQ(t[0].dates.size(), 1u);
  EXPECT_EQ(t[0].dates[0].ToString(), "2018-10-14");
}

TEST(TimeTagger, DayWords) {
  EXPECT_EQ(One("They met yesterday.", "2024-10-07"), "2024-10-06");
  EXPECT_EQ(One("The parliament convenes today.", "2024-10-07"), "2024-10-07");
  EXPECT_EQ(One("He will fly to Beijing tomorrow.", "2024-10-07"), "2024-10-08");
  EXPECT_EQ(One("He spoke late yesterday.", "2024-10-07"), "2024-10-06");
  EXPECT_EQ(Span("He spoke late yesterday.", "2024-10-07"), "late yesterday");
  EXPECT_EQ(One("He will speak tonight.", "2024-10-07"), "2024-10-07TNI");
  EXPECT_EQ(One("Shots were heard last night.", "2024-10-07"), "2024-10-06TNI");
  EXPECT_EQ(One("She arrived this morning.", "2024-10-07"), "2024-10-07TMO");
  EXPECT_EQ(One("They met yesterday morning.", "2024-10-07"), "2024-10-06TMO");
}

TEST(TimeTagger, WeeksMonthsYears) {
  EXPECT_EQ(One("It happened last week.", "2024-03-21"), "2024-W11");
  EXPECT_EQ(One("It happens this week.", "2024-03-21"), "2024-W12");
  EXPECT_EQ(One("The talks resume next week.", "2024-03-21"), "2024-W13");
  EXPECT_EQ(One("Kim sent two messages earlier this week.", "2021-04-23"), "2021-W16");
  EXPECT_EQ(Span("Kim sent two messages earlier this week.", "2021-04-23"), "earlier this week");
  EXPECT_EQ(One("It happened last month.", "2024-01-15"), "2023-12");
  EXPECT_EQ(One("It happens next month.", "2024-12-15"), "2025-01");
  EXPECT_EQ(One("Prices rose earlier this month.", "2024-03-21"), "2024-03");
  EXPECT_EQ(One("It happened last year.", "2024-10-07"), "2023");
  EXPECT_EQ(One("Elections are due next year.", "2024-10-07"), "2025");
  EXPECT_EQ(One("Growth slowed this year.", "2024-10-07"), "2024");
  EXPECT_EQ(One("Exports fell over the past year.", "2024-10-07"), "2023");
  EXPECT_EQ(One("The deal closes at year-end.", "2024-10-07"), "2024");
  EXPECT_EQ(One("Sales for the year rose.", "2024-10-07"), "2024");
  // Anchored on the last date named.
  EXPECT_EQ(Values("He was elected in 1995 and resigned the following year.", "2024-10-07"), (V{"1995", "1996"}));
  EXPECT_EQ(Values("They met on March 3. The next day they signed.", "2024-10-07"), (V{"2024-03-03", "2024-03-04"}));
  // Weekends (2024-03-21 a Thursday).
  EXPECT_EQ(One("Protesters gathered over the weekend.", "2024-03-25"), "2024-W12-WE");
  EXPECT_EQ(One("Protests are planned this weekend.", "2024-03-21"), "2024-W12-WE");
}

TEST(TimeTagger, DayOfMonth) {
  EXPECT_EQ(One("They left Pyongyang on the 21st.", "2024-03-23"), "2024-03-21");
  EXPECT_EQ(One("They left on the 25th.", "2024-03-23"), "2024-02-25");
  EXPECT_EQ(One("They will leave on the 25th.", "2024-03-23"), "2024-03-25");
  EXPECT_EQ(One("The party marked its 69th anniversary on the 22nd of March.", "2024-03-23"), "2024-03-22");
}

TEST(TimeTagger, Months) {
  // The latest such month consistent with tense.
  EXPECT_EQ(One("In January, Kim called for changes.", "2024-10-07"), "2024-01");
  EXPECT_EQ(One("In November, Kim called for changes.", "2024-10-07"), "2023-11");
  EXPECT_EQ(One("Kim will visit Moscow in November.", "2024-10-07"), "2024-11");
  EXPECT_EQ(One("Kim will visit Moscow in March.", "2024-10-07"), "2025-03");
  EXPECT_EQ(One("The talks resumed last March.", "2024-10-07"), "2024-03");
  EXPECT_EQ(One("The talks resumed last October.", "2024-10-07"), "2023-10");
  EXPECT_EQ(One("The summit is planned for next March.", "2024-10-07"), "2025-03");
  EXPECT_EQ(One("It happened in March of last year.", "2024-10-07"), "2023-03");
  // A deadline near publication: the nearest.
  EXPECT_EQ(One("The dividend is payable Jan. 2.", "1989-11-02"), "1990-01-02");
  // A year in scope in the same sentence.
  EXPECT_EQ(Values("In 2019, Kim met Trump in June.", "2024-10-07"), (V{"2019", "2019-06"}));
  // "May" the modal verb, "March" the verb.
  EXPECT_EQ(One("North Korea may test a missile.", "2024-10-07"), "<none>");
  EXPECT_EQ(One("Veterans march on the capital.", "2024-10-07"), "<none>");
  EXPECT_EQ(One("The ceasefire took effect in May.", "2024-10-07"), "2024-05");
}

TEST(TimeTagger, ExplicitDates) {
  EXPECT_EQ(One("They established ties on Oct. 6, 1949.", "2024-10-07"), "1949-10-06");
  EXPECT_EQ(One("They established ties on October 6, 1949.", ""), "1949-10-06");
  EXPECT_EQ(One("It happened on 6 October 1949.", ""), "1949-10-06");
  EXPECT_EQ(One("It happened on 2024-03-21.", ""), "2024-03-21");
  EXPECT_EQ(One("It happened on 3/21/2024.", ""), "2024-03-21");
  EXPECT_EQ(One("Missiles were launched on March 25.", "2021-04-23"), "2021-03-25");
  EXPECT_EQ(One("The talks began in March 2024.", ""), "2024-03");
  EXPECT_EQ(One("The talks began in March of 2024.", ""), "2024-03");
  EXPECT_EQ(One("It was signed on the 21st of March, 2024.", ""), "2024-03-21");
  // A weekday names the year of a month and day.
  EXPECT_EQ(One("The editorial ran on Saturday, April 25.", "1998-04-24"), "1998-04-25");
  EXPECT_EQ(Span("The editorial ran on Saturday, April 25.", "1998-04-24"), "Saturday, April 25");
  // Days listed after a date: "April 24 and 25".
  EXPECT_EQ(Values("The summit is held on April 24 and 25.", "1999-02-10"), (V{"1999-04-24,1999-04-25"}));
  EXPECT_EQ(One("The hearing is set for the week of March 6.", "2000-02-24"), "2000-W10");
}

TEST(TimeTagger, ModifiedExpressions) {
  EXPECT_EQ(One("Troops withdrew in mid-March.", "2024-10-07"), "2024-03");
  EXPECT_EQ(Span("Troops withdrew in mid-March.", "2024-10-07"), "mid-March");
  EXPECT_EQ(One("The plant closed in early 2020.", "2024-10-07"), "2020");
  EXPECT_EQ(Span("The plant closed in early 2020.", "2024-10-07"), "early 2020");
  EXPECT_EQ(One("Troops will leave by the end of 2025.", "2024-10-07"), "2025");
  EXPECT_EQ(Span("Troops will leave by the end of 2025.", "2024-10-07"), "the end of 2025");
  EXPECT_EQ(One("A deal may come later this year.", "2024-10-07"), "2024");
}

TEST(TimeTagger, YearsAndDecades) {
  EXPECT_EQ(Values("Kim Il-sung visited Mongolia in 1956 and 1988.", "2018-10-15"), (V{"1956,1988"}));
  EXPECT_EQ(One("Sanctions have been in place since 2006.", ""), "2006");
  EXPECT_EQ(One("Trade grew in the 1990s.", "2024-10-07"), "199");
  EXPECT_EQ(Span("Trade grew in the 1990s.", "2024-10-07"), "the 1990s");
  EXPECT_EQ(One("Trade grew in the late 1970s.", "2024-10-07"), "197");
  EXPECT_EQ(One("Trade grew in the '80s.", "2024-10-07"), "198");
  EXPECT_EQ(One("Trade grew in the nineties.", "2024-10-07"), "199");
  EXPECT_EQ(One("Wars marked the 20th century.", "2024-10-07"), "19");
  EXPECT_EQ(One("Earnings rose in fiscal 1989.", "1989-10-26"), "1989");
  EXPECT_EQ(One("It was founded in nineteen ninety-six.", "1998-10-26"), "1996");
  // Numbers that are not years.
  EXPECT_EQ(One("About 2000 troops crossed the border.", "2024-10-07"), "<none>");
  EXPECT_EQ(One("The force has 1500 soldiers.", "2024-10-07"), "<none>");
}

TEST(TimeTagger, SeasonsQuartersHalves) {
  EXPECT_EQ(One("The strike began last fall.", "1998-02-06"), "1997-FA");
  EXPECT_EQ(One("Talks will resume this summer.", "1998-03-22"), "1998-SU");
  EXPECT_EQ(One("It was built in the winter of 1994.", "1998-03-22"), "1994-WI");
  EXPECT_EQ(One("Nobody mourned the fall of the regime.", "1998-03-22"), "<none>");
  EXPECT_EQ(One("Profit rose in the third quarter.", "1989-10-26"), "1989-Q3");
  EXPECT_EQ(One("It posted a third-quarter loss.", "1989-10-26"), "1989-Q3");
  EXPECT_EQ(One("Profit rose in the first quarter of 1990.", "1989-10-26"), "1990-Q1");
  EXPECT_EQ(One("Growth slowed in the first half of 2024.", "2024-10-07"), "2024-H1");
  EXPECT_EQ(Values("Revenue for the quarter ended Sept. 30 rose.", "1989-10-26"), (V{"1989-Q3", "1989-09-30"}));
  // In a report on a quarter, "a year earlier" is that quarter a year before.
  EXPECT_EQ(Values("Third-quarter profit rose 5% from a year earlier.", "1989-10-26"), (V{"1989-Q3", "1988-Q3"}));
  EXPECT_EQ(One("Output rose 5% from a year earlier.", "1989-10-26"), "1988");
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
  EXPECT_EQ(One("They split two years ago.", "2024-10-07"), "2022");
  EXPECT_EQ(One("They split three months ago.", "2024-10-07"), "2024-07");
  EXPECT_EQ(One("They split six weeks ago.", "1998-03-01"), "1998-W03");
  EXPECT_EQ(One("They met five days ago.", "2024-10-07"), "2024-10-02");
  EXPECT_EQ(One("They met a few years ago.", "2024-10-07"), "PAST_REF");
  EXPECT_EQ(One("The two sides are now allies.", "2024-10-07"), "PRESENT_REF");
  EXPECT_EQ(One("Relations have recently improved.", "2024-10-07"), "PAST_REF");
  EXPECT_EQ(One("They may meet in the future.", "2024-10-07"), "FUTURE_REF");
  EXPECT_EQ(One("They will meet in the coming weeks.", "2024-10-07"), "FUTURE_REF");
  // No calendar value for an event date.
  EXPECT_TRUE(Tag("The two sides are now allies.", "2024-10-07")[0].dates.empty());
}

TEST(TimeTagger, Holidays) {
  EXPECT_EQ(One("Thousands marched on Christmas Day.", "2024-12-27"), "2024-12-25");
  EXPECT_EQ(One("The family gathered on Thanksgiving Day.", "1999-11-27"), "1999-11-25");
  EXPECT_EQ(One("Voters go to the polls on Election Day.", "1998-10-26"), "1998-11-03");
}

TEST(TimeTagger, NoPublicationDateLeavesRelativeUnresolved) {
  EXPECT_EQ(Values("They met yesterday and again on Tuesday.", ""), (V{"", ""}));
  EXPECT_EQ(Values("In March, they met. Last year they split.", ""), (V{"", ""}));
  for (const TimeExpr& t : Tag("They met yesterday, last week and in June.", "")) {
    EXPECT_TRUE(t.relative);
    EXPECT_TRUE(t.dates.empty());
  }
  // Absolute dates do not need one.
  EXPECT_EQ(Values("They met on Oct. 6, 1949 and in 1956.", ""), (V{"1949-10-06", "1956"}));
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
  t = Tag("Relations have been frozen since 2019.", "2024-10-07");
  EXPECT_TRUE(t[0].relational);
}

TEST(TimeTagger, Tense) {
  auto tense = [](const std::string& text, const std::string& word) {
    auto s = Segment(text, nullptr);
    for (uint32_t i = 0; i < s[0].tokens.size(); ++i)
      if (s[0].tokens[i].norm == word) return TenseAt(s[0], i, i + 1);
    return Tense::kUnknown;
  };
  EXPECT_EQ(tense("Kim will visit Moscow on Friday.", "friday"), Tense::kFuture);
  EXPECT_EQ(tense("Kim is expected to visit Moscow on Friday.", "friday"), Tense::kFuture);
  EXPECT_EQ(tense("Kim visited Moscow on Friday.", "friday"), Tense::kPast);
  EXPECT_EQ(tense("Officials said on Friday that Kim would visit.", "friday"), Tense::kPast);
  EXPECT_EQ(tense("On Friday, the ministry announced the visit.", "friday"), Tense::kPast);
  EXPECT_EQ(tense("The talks would still be held on Friday.", "friday"), Tense::kFuture);
  EXPECT_EQ(tense("The meeting is on Friday.", "friday"), Tense::kPresent);
}

}  // namespace
}  // namespace entente
