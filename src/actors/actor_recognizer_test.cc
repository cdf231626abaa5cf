#include "actors/actor_recognizer.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {
namespace {

// "text=CODE" for every mention of `text` published on `date`.
std::vector<std::string> Mentions(const std::string& text, const std::string& date = "2024-03-23") {
  const Dictionaries& d = testing::ShippedDictionaries();
  auto sentences = Segment(text, &d.lemmatizer);
  ActorOptions opt;
  if (!date.empty()) opt.day = ToDays(*ParseIsoDate(date));
  std::vector<std::string> out;
  for (const Mention& m : RecognizeActors(sentences, d, opt).mentions)
    out.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.code);
  return out;
}

using V = std::vector<std::string>;

TEST(Actors, CountriesCapitalsAndDemonyms) {
  EXPECT_EQ(Mentions("Pyongyang and Moscow signed a deal with Beijing."),
            (V{"Pyongyang=PRK", "Moscow=RUS", "Beijing=CHN"}));
  EXPECT_EQ(Mentions("NORTH KOREA's ties with Laos"), (V{"NORTH KOREA=PRK", "Laos=LAO"}));
}

TEST(Actors, AgentCombination) {
  EXPECT_EQ(Mentions("The Chinese Embassy hosted Russian diplomats and North Korean officials."),
            (V{"Chinese Embassy=CHNGOV", "Russian diplomats=RUSGOV", "North Korean officials=PRKGOV"}));
  EXPECT_EQ(Mentions("the Central Committee of the Communist Party of China"),
            (V{"Central Committee of the Communist Party of China=CHNPTY"}));
  EXPECT_EQ(Mentions("KCNA said"), (V{"KCNA=PRKMED"}));
  EXPECT_EQ(Mentions("the leaders of Vietnam"), (V{"leaders of Vietnam=VNMGOV"}));
}

TEST(Actors, TitlesAndPeople) {
  EXPECT_EQ(Mentions("Chinese President Xi Jinping met North Korean leader Kim Jong-un."),
            (V{"Chinese President Xi Jinping=CHNGOV", "North Korean leader Kim Jong-un=PRKGOV"}));
}

TEST(Actors, DatedRoles) {
  EXPECT_EQ(Mentions("Donald Trump spoke.", "2018-06-01"), (V{"Donald Trump=USAGOV"}));
  EXPECT_EQ(Mentions("Donald Trump spoke.", "2025-06-01"), (V{"Donald Trump=USAGOV"}));
  EXPECT_NE(Mentions("Donald Trump spoke.", "2022-06-01"), (V{"Donald Trump=USAGOV"}));
  auto former = Mentions("It recalled former leader Kim Il-sung's efforts.", "2018-10-15");
  ASSERT_EQ(former.size(), 1u);
  EXPECT_EQ(former[0].substr(former[0].find('=') + 1), "PRK");
}

TEST(Actors, Coreference) {
  // "Kim" alone is matched only after the full name (many people, a common given name);
  // "Putin" is no English word nor given name and one person holds that role on the date,
  // so even its first, bare mention is his.
  EXPECT_EQ(Mentions("Kim Jong Un arrived. Kim met Putin's envoy. Vladimir Putin spoke. Putin left."),
            (V{"Kim Jong Un=PRKGOV", "Kim=PRKGOV", "Putin=RUSGOV", "Vladimir Putin=RUSGOV", "Putin=RUSGOV"}));
  EXPECT_EQ(Mentions("Kim met the envoy."), V{});
  // A surname that is an English word ("bush") is never a first mention on its own.
  EXPECT_EQ(Mentions("Bush met the envoy.", "2006-01-10"), V{});
  auto north = Mentions("North Korea fired missiles. The North said it was a test.");
  EXPECT_NE(std::find(north.begin(), north.end(), "The North=PRK"), north.end());
  auto pair = Mentions("North Korea and China marked the day. The two countries exchanged messages.");
  EXPECT_NE(std::find(pair.begin(), pair.end(), "The two countries=PRK"), pair.end());
  EXPECT_NE(std::find(pair.begin(), pair.end(), "The two countries=CHN"), pair.end());
  auto embassy = Mentions("The Chinese Embassy sent flowers. On Tuesday, the embassy hosted a dinner.");
  EXPECT_EQ(embassy.back(), "embassy=CHNGOV");
}

TEST(Actors, AcronymsMustBeCapitals) {
  // "Un" in a name is not the United Nations; "UN" is.
  EXPECT_EQ(Mentions("UN sanctions"), (V{"UN=IGOUNO"}));
  auto m = Mentions("Kim Jong Un spoke.");
  EXPECT_EQ(m, (V{"Kim Jong Un=PRKGOV"}));
}

}  // namespace
}  // namespace entente
