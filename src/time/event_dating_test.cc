// Event dating: the clause's expression, else the sentence's, else the paragraph's time
// context, else the publication date; and, on the bundled seeds, every event's date.
#include "time/event_dating.h"

#include <gtest/gtest.h>

#include <set>

#include "common/date.h"
#include "ingest/input_reader.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {
namespace {

// One event per (sentence, verb word): the clause is the whole sentence, or the tokens
// from `clause_from` on when given.
struct Dated {
  std::vector<std::string> dates, sources, texts;
};

Dated Date(const std::string& text, const std::string& published,
           const std::vector<std::pair<uint32_t, std::string>>& verbs, uint32_t clause_from = 0,
           const std::string& factuality = "asserted") {
  std::vector<Sentence> sentences = Segment(text, nullptr);
  std::optional<DateValue> pub;
  if (!published.empty()) pub = ParseIsoDate(published);
  TimeContext ctx;
  ctx.published = pub;
  std::vector<TimeExpr> times = TagTimes(sentences, text, ctx);
  CodedEvents coded;
  for (const auto& [sentence, verb] : verbs) {
    const Sentence& s = sentences[sentence];
    uint32_t anchor = 0;
    for (uint32_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].norm == verb) anchor = i;
    Event e;
    e.sentence = sentence;
    e.factuality = factuality;
    coded.events.push_back(e);
    coded.clauses.push_back({sentence, clause_from, static_cast<uint32_t>(s.tokens.size()), anchor});
  }
  DateEvents(coded, sentences, times, pub, text);
  Dated out;
  for (const Event& e : coded.events) {
    out.dates.push_back(e.date.ToString());
    out.sources.push_back(e.date_source);
    out.texts.push_back(e.date_text);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(EventDating, ClauseThenSentenceThenParagraphThenPublication) {
  // The clause's own expression, the finest one.
  auto d = Date("Kim met Xi on Tuesday this year.", "2018-10-15", {{0, "met"}});
  EXPECT_EQ(d.dates, V{"2018-10-09"});
  EXPECT_EQ(d.sources, V{"clause"});
  EXPECT_EQ(d.texts, V{"Tuesday"});
  // Outside the clause, in the sentence.
  d = Date("On Tuesday, Kim met Xi.", "2018-10-15", {{0, "met"}}, 3);
  EXPECT_EQ(d.dates, V{"2018-10-09"});
  EXPECT_EQ(d.sources, V{"sentence"});
  // An earlier sentence of the paragraph.
  d = Date("On the 21st, the delegation left Pyongyang. They were received by Liu.", "2024-03-23", {{1, "received"}});
  EXPECT_EQ(d.dates, V{"2024-03-21"});
  EXPECT_EQ(d.sources, V{"paragraph"});
  // Not across paragraphs ...
  d = Date("On the 21st, the delegation left Pyongyang.\n\nLiu received a letter.", "2024-03-23", {{1, "received"}});
  EXPECT_EQ(d.dates, V{"2024-03-23"});
  EXPECT_EQ(d.sources, V{"publication"});
  // ... unless the paragraph carries on from the one before, as wire copy writes a
  // paragraph per sentence ("It also relaxed rules", "They were received by Liu").
  d = Date("On the 21st, the delegation left Pyongyang.\n\nThey were received by Liu.", "2024-03-23", {{1, "received"}});
  EXPECT_EQ(d.dates, V{"2024-03-21"});
  d = Date("The bank cut rates on Tuesday.\n\nIt also relaxed rules on lending.", "1997-04-16", {{1, "relaxed"}});
  EXPECT_EQ(d.dates, V{"1997-04-15"});
}

TEST(EventDating, OnlyATimeThatFramesItsSentenceDatesOthers) {
  // The event's clause is tokens [begin, end) of the sentence; what dates it from the
  // rest of the sentence ("" for the publication date)?
  auto date_text = [](const std::string& text, const std::string& pub, const std::string& verb, uint32_t begin,
                      uint32_t end) {
    std::vector<Sentence> sentences = Segment(text, nullptr);
    TimeContext ctx;
    ctx.published = ParseIsoDate(pub);
    std::vector<TimeExpr> times = TagTimes(sentences, text, ctx);
    CodedEvents coded;
    uint32_t anchor = 0;
    for (uint32_t i = 0; i < sentences[0].tokens.size(); ++i)
      if (sentences[0].tokens[i].norm == verb) anchor = i;
    coded.events.push_back(Event{});
    coded.clauses.push_back({0, begin, end, anchor});
    DateEvents(coded, sentences, times, ctx.published, text);
    return coded.events[0].date_text;
  };
  // A frame of the sentence dates it ...
  EXPECT_EQ(date_text("On Tuesday, officials met Cohen.", "1997-04-08", "met", 3, 6), "Tuesday");
  // ... not a relative clause, a "since" phrase, a quotation the event is not in, or a
  // time to come for an event told as done.
  EXPECT_EQ(date_text("Ministers endorsed the roadmap, which was agreed in 2005.", "2006-11-16", "endorsed", 0, 4),
            "");
  EXPECT_EQ(date_text("Jumblatt blamed Syria, since the blast killed Hariri in February.", "2005-12-12", "blamed",
                      0, 3),
            "");
  EXPECT_EQ(date_text("Maliki said \"they were taken yesterday\" in Baghdad.", "2006-11-15", "said", 0, 2), "");
  EXPECT_EQ(date_text("Officials met Cohen, hoping to complete the talks in September.", "1997-04-08", "met", 0, 3),
            "");
  // A quoted act takes the day it was told.
  EXPECT_EQ(date_text("\"Iraq rejected these lines,\" a spokesman told AFP on Friday.", "1998-04-11", "rejected", 1, 5),
            "Friday");
}

TEST(EventDating, AnEarlierSentencesTimeMustConcernTheEvent) {
  // An event told in the present is now: a time long past does not carry over to it.
  auto d = Date("In April 2017, Johnson described the plan. The minister has resigned.", "2019-01-03", {{1, "resigned"}});
  EXPECT_EQ(d.sources, V{"publication"});
  d = Date("On Tuesday, Kim left. The minister has resigned.", "2019-01-03", {{1, "resigned"}});
  EXPECT_EQ(d.sources, V{"paragraph"});
  // A time of a subordinate part of the earlier sentence does not frame the story.
  d = Date("Putin hosts leaders of the countries which intervened in 2015. Leaders met Assad.", "2017-11-22",
           {{1, "met"}});
  EXPECT_EQ(d.sources, V{"publication"});
  // ... but a "before" or "after" part tells the story's time: "He crossed into Iraq
  // before returning to the UK in November 2015. Upon landing, he was arrested."
  d = Date("He crossed into Iraq before returning to the UK in November 2015. Upon landing, he was arrested.",
           "2017-08-06", {{1, "arrested"}});
  EXPECT_EQ(d.dates, V{"2015-11"});
  // "Saturday's airstrikes" names a thing: it does not frame the next sentence.
  d = Date("Saturday's airstrikes hit three sites. Militias shelled the town.", "2018-04-16", {{1, "shelled"}});
  EXPECT_EQ(d.sources, V{"publication"});
}

TEST(EventDating, TheParagraphsTimeFitsTheEventsTense) {
  // A time to come does not date an event told as done, nor a past time an event to come.
  auto d = Date("Next year, the summit moves to Seoul. Putin has claimed victory.", "2017-12-12", {{1, "claimed"}});
  EXPECT_EQ(d.dates, V{"2017-12-12"});
  EXPECT_EQ(d.sources, V{"publication"});
  d = Date("Last year, the summit was held in Seoul. Leaders will sign a deal.", "2017-12-12", {{1, "sign"}}, 0,
           "future");
  EXPECT_EQ(d.sources, V{"publication"});
  // ... but it dates an event of its own kind ("this year" is not over).
  d = Date("The summit moves to Seoul next year. Leaders will sign a deal.", "2017-12-12", {{1, "sign"}}, 0, "future");
  EXPECT_EQ(d.dates, V{"2018"});
  EXPECT_EQ(d.sources, V{"paragraph"});
  d = Date("This year, talks resumed. Leaders will sign a deal.", "2017-12-12", {{1, "sign"}}, 0, "future");
  EXPECT_EQ(d.dates, V{"2017"});
  // A time named four sentences back no longer frames the story.
  d = Date("In 2015, Kim met Xi. They talked. They ate. They walked. Putin sent a letter.", "2017-12-12",
           {{3, "walked"}, {4, "sent"}});
  EXPECT_EQ(d.dates, (V{"2015", "2017-12-12"}));
  // A sentence with a frame of its own ("since 2014") takes no earlier time.
  d = Date("Sanctions were imposed in 2012. Since 2014, Isis has built up a presence.", "2017-12-12", {{1, "built"}});
  EXPECT_EQ(d.dates, V{"2017-12-12"});
  EXPECT_EQ(d.sources, V{"publication"});
}

TEST(EventDating, APluperfectActWithNoTimeIsBeforeTheStory) {
  // Background in the pluperfect: the publication year, not its day ...
  auto d = Date("Erdogan had threatened to send troops.", "2018-03-20", {{0, "threatened"}});
  EXPECT_EQ(d.dates, V{"2018"});
  EXPECT_EQ(d.sources, V{"publication"});
  // ... but reported speech in the pluperfect is recent: the day told.
  d = Date("Putin said the sides had agreed.", "2018-03-20", {{0, "agreed"}});
  EXPECT_EQ(d.dates, V{"2018-03-20"});
}

TEST(EventDating, CoordinationsGiveOneEventPerDate) {
  auto d = Date("Kim Il-sung visited Mongolia in 1956 and 1988.", "2018-10-15", {{0, "visited"}});
  EXPECT_EQ(d.dates, (V{"1956", "1988"}));
  EXPECT_EQ(d.texts, (V{"1956 and 1988", "1956 and 1988"}));
  d = Date("This year, Kim met Xi in March, May and June.", "2018-10-15", {{0, "met"}});
  EXPECT_EQ(d.dates, (V{"2018-03", "2018-05", "2018-06"}));
}

TEST(EventDating, RelationalExpressionsDoNotDate) {
  // "since 2019" says when something else began, not when this happened.
  auto d = Date("Relations have been frozen since 2019.", "2024-10-07", {{0, "frozen"}});
  EXPECT_EQ(d.dates, V{"2024-10-07"});
  EXPECT_EQ(d.sources, V{"publication"});
  d = Date("Sanctions were imposed in 2017. Since 2019, talks have stalled. Kim met Xi.", "2024-10-07", {{2, "met"}});
  EXPECT_EQ(d.dates, V{"2017"});  // the paragraph's context skips "since 2019"
  // Ages and generic references are no dates either.
  d = Date("The 75-year-old leader now meets Xi.", "2024-10-07", {{0, "meets"}});
  EXPECT_EQ(d.dates, V{"2024-10-07"});
}

TEST(EventDating, WithoutPublicationDate) {
  auto d = Date("Kim met Xi yesterday.", "", {{0, "met"}});
  EXPECT_EQ(d.dates, V{""});
  EXPECT_EQ(d.sources, V{"none"});
  d = Date("Kim met Xi on Oct. 6, 1949.", "", {{0, "met"}});
  EXPECT_EQ(d.dates, V{"1949-10-06"});
}

// Every event of the bundled seeds (examples/seeds.jsonl) has the date its text gives,
// read by hand; historical events keep their own years.
TEST(EventDating, SeedEventsHaveTheirDates) {
  struct Expect {
    std::string doc, sentence_part;
    V dates;  // the prefixes an event of that sentence may have
  };
  const std::vector<Expect> expected = {
      {"000", "contrast with last year", {"2017"}},
      {"000", "Oct. 10 foundation anniversary", {"2018-10-10"}},
      {"000", "hosted a friendly gathering", {"2018-10-09"}},
      {"000", "in March, May and June", {"2018-03", "2018-05", "2018-06"}},
      {"000", "will meet Kim this year", {"2018"}},
      {"000", "visited Mongolia in 1956 and 1988", {"1956", "1988"}},
      {"001", "front-page article on Thursday", {"2021-04-22"}},
      {"001", "earlier this week", {"2021-04"}},
      {"001", "In March, Kim sent", {"2021-03"}},
      {"001", "in the same month", {"2021-03"}},
      {"002", "On the 21st", {"2024-03-21"}},
      {"002", "They were received by Liu", {"2024-03-21"}},
      {"002", "On the same day", {"2024-03-21"}},
      {"004", "yesterday marked the 75th anniversary", {"2024-10-06"}},
      {"004", "Oct. 6, 1949", {"1949-10-06"}},
      {"001", "projectiles assumed to be short-range ballistic missiles on March 25", {"2021-03-25"}},
      {"004", "in Pyongyang in June", {"2024-06"}},
      {"004", "KCNA yesterday reported", {"2024-10-06"}},
  };
  InputOptions in;
  in.jsonl = {testing::SourceDir() + "/examples/seeds.jsonl"};
  size_t checked = 0;
  std::set<size_t> seen;
  ReadInputs(in, [&](Result<Document> doc) {
    ASSERT_TRUE(doc.ok());
    auto a = testing::ShippedPipeline().Process(*doc);
    ASSERT_TRUE(a.ok());
    const std::string published = a->article.published;
    for (const Event& e : a->events) {
      const std::string date = e.date.ToString();
      ASSERT_FALSE(published.empty());
      bool listed = false;
      for (size_t k = 0; k < expected.size(); ++k) {
        const Expect& x = expected[k];
        if (doc->id.compare(0, x.doc.size(), x.doc) != 0 || e.text.find(x.sentence_part) == std::string::npos)
          continue;
        listed = true;
        seen.insert(k);
        bool ok = false;
        for (const std::string& p : x.dates) ok = ok || date.compare(0, p.size(), p) == 0;
        EXPECT_TRUE(ok) << doc->id << ": " << date << " for: " << e.text;
      }
      // Otherwise the publication month: nothing in the seeds dates the other events.
      if (!listed)
        EXPECT_EQ(date.substr(0, 7), published.substr(0, 7)) << doc->id << ": " << date << " for: " << e.text;
      ++checked;
    }
  });
  EXPECT_GT(checked, 20u);
  EXPECT_GE(seen.size(), expected.size() - 3) << "most dated seed sentences give events";
}

}  // namespace
}  // namespace entente
