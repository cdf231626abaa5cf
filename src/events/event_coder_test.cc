#include "events/event_coder.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace entente {
namespace {

std::vector<std::string> Code(const std::string& text, const std::string& published = "2024-03-23") {
  auto a = testing::ShippedPipeline().Process(testing::TextDoc(text, published));
  std::vector<std::string> out;
  if (!a.ok()) return out;
  for (const Event& e : a->events)
    out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code + ":" + e.factuality);
  return out;
}

using V = std::vector<std::string>;

TEST(EventCoder, SubjectVerbObject) {
  EXPECT_EQ(Code("Chinese President Xi Jinping met North Korean leader Kim Jong Un."), (V{"CHNGOV>PRKGOV:040:asserted"}));
}

TEST(EventCoder, PrepositionalPhraseIsNotTheSubject) {
  // "in North Korea" is where the embassy is, not who sent the baskets.
  auto e = Code("The Chinese Embassy in North Korea sent floral baskets to the WPK Central Committee.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].substr(0, 13), "CHNGOV>PRKPTY");
}

TEST(EventCoder, ObjectOfAnEarlierVerbIsNotTheSubject) {
  auto e = Code("The delegation of the Workers' Party of Korea left Pyongyang to visit China.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].substr(0, 10), "PRKPTY>CHN");
}

TEST(EventCoder, ReportedSpeechKeepsTheReporter) {
  auto a = testing::ShippedPipeline().Process(
      testing::TextDoc("KCNA reported that Kim Jong Un sent a message to Vladimir Putin.", "2024-03-23"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->events.size(), 1u);
  EXPECT_EQ(a->events[0].source.code, "PRKGOV");
  EXPECT_EQ(a->events[0].reporter, "Korean Central News Agency");
}

TEST(EventCoder, EveryEventCarriesItsScalesAndEvidence) {
  auto a = testing::ShippedPipeline().Process(
      testing::TextDoc("Russia condemned Ukraine on Monday. North Korea threatened to attack South Korea.", "2024-03-23"));
  ASSERT_TRUE(a.ok());
  ASSERT_GE(a->events.size(), 2u);
  for (const Event& e : a->events) {
    EXPECT_EQ(e.root, e.code.substr(0, 2));
    EXPECT_GE(e.quad, 3);
    EXPECT_LT(e.goldstein, 0);
    EXPECT_FALSE(e.plover.empty());
    EXPECT_FALSE(e.pattern.empty());
    EXPECT_LT(e.span_begin, e.span_end);
    std::string evidence = a->article.text.substr(e.span_begin, e.span_end - e.span_begin);
    EXPECT_NE(e.text.find(evidence), std::string::npos);
  }
}

TEST(EventCoder, NoActorsNoEvents) {
  EXPECT_TRUE(Code("The weather was nice and people met at the park.").empty());
  // A noun after a determiner is not a verb: "the attack" does not code an attack.
  for (const std::string& e : Code("Germany condemned the attack and accused Russia of war crimes."))
    EXPECT_NE(e.substr(e.rfind(':', e.size() - 10) - 3, 2), "19") << e;
}

}  // namespace
}  // namespace entente
