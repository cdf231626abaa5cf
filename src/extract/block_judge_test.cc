#include "extract/block_judge.h"

#include <gtest/gtest.h>

#include "common/file.h"
#include "extract/extractor.h"
#include "test_util.h"

namespace entente {

TEST(BlockJudge, ShapeAndScript) {
  EXPECT_TRUE(EndsLikeSentence("Kim met Xi in Beijing."));
  EXPECT_TRUE(EndsLikeSentence("He said \xE2\x80\x9Cyes.\xE2\x80\x9D"));
  EXPECT_TRUE(EndsLikeSentence("in Changwon, South Korea.0"));
  EXPECT_FALSE(EndsLikeSentence("Quick access to main page (top)"));
  EXPECT_FALSE(EndsLikeSentence("Hundreds of Trucks Deliver Scrap Metal Across North Korea"));
  EXPECT_GT(NonLatinShare("\xE6\xB1\xBD\xE8\xBD\xA6\xE5\x8F\x91\xE7\x83\xA7 10 x"), 0.5);
  EXPECT_EQ(NonLatinShare("North Korea"), 0.0);
}

TEST(BlockJudge, BoilerplateEndMarkersTeasers) {
  EXPECT_TRUE(IsBoilerplatePhrase("Copyright \xC2\xA9 2024 Example"));
  EXPECT_TRUE(IsBoilerplatePhrase("Comments0"));
  EXPECT_TRUE(IsBoilerplatePhrase("content@viewusglobal.com"));
  EXPECT_FALSE(IsBoilerplatePhrase("North Korea sent a delegation to China."));
  EXPECT_TRUE(IsEndMarker("Additional reporting by Reuters"));
  EXPECT_TRUE(IsEndMarker("You May Also Like"));
  EXPECT_TRUE(IsEndMarker("[ASIA] Latest Stories"));
  EXPECT_FALSE(IsEndMarker("Reporters asked the minister about the talks, which went on for hours."));
  EXPECT_TRUE(IsKickerTeaser("\xE2\x80\x98GREAT OPPRTUNITY\xE2\x80\x99: The Paraguayan president made the remarks following talks"));
  EXPECT_TRUE(IsKickerTeaser("DIALOGUE: US president-elect Donald Trump on his platform confirmed that he had spoken"));
  EXPECT_FALSE(IsKickerTeaser("Kim said: we will strengthen the ties between the two countries further."));
}

TEST(BlockJudge, MetadataLines) {
  EXPECT_EQ(BylineOf("By Jung Da-min"), "Jung Da-min");
  EXPECT_EQ(BylineOf("By the way, this is a sentence."), "");
  std::string date;
  size_t pos;
  ASSERT_TRUE(FindIsoDate("North Korea strengthens ties with Mongolia 2018-10-15 17:36 | North Korea", date, pos));
  EXPECT_EQ(date, "2018-10-15");
  EXPECT_FALSE(FindIsoDate("Copyright 2024 Example", date, pos));
  std::string cap = "On the 21st, a delegation departed. [Photo \xE2\x80\x93 Korean Central News Agency]";
  EXPECT_EQ(cap.substr(0, StripCredit(cap)), "On the 21st, a delegation departed.");
}

TEST(BlockJudge, HandMadePage) {
  std::string page =
      "Home | World | Sport\n"
      "Leaders Meet in Hanoi\n"
      "By Jane Roe\n"
      "Vietnam's president met the Lao prime minister in Hanoi on Monday to discuss trade.\n"
      "Vietnam's president met the Lao prime minister in Hanoi on Monday to discuss trade.\n"
      "\xE7\xBD\x91\xE7\xAB\x99\xE5\x9C\xB0\xE5\x9B\xBE \xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89\n"
      "The two sides signed three agreements on energy and transport, officials said.\n"
      "Additional reporting by Reuters\n"
      "\xE2\x80\x98OTHER STORY\xE2\x80\x99: Something else happened somewhere else entirely and is glued here\n";
  auto a = Extract(testing::TextDoc(page));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Leaders Meet in Hanoi");
  EXPECT_EQ(a->byline, "Jane Roe");
  EXPECT_EQ(a->text,
            "Vietnam's president met the Lao prime minister in Hanoi on Monday to discuss trade.\n\n"
            "The two sides signed three agreements on energy and transport, officials said.");
  // The offset map points back into the input.
  size_t second = a->text.find("The two sides");
  EXPECT_EQ(page.substr(a->offsets.ToSource(static_cast<uint32_t>(second)), 13), "The two sides");
}

TEST(BlockJudge, TagResidueAndShortcodes) {
  auto a = Extract(testing::TextDoc("Kim Jong-un,<strong></strong> right, met the envoy in Pyongyang on Friday.\n[yarpp]\n"
                                    "The envoy delivered a letter from the Chinese president to the leader.\n"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("<strong>"), std::string::npos);
  EXPECT_EQ(a->text.find("yarpp"), std::string::npos);
  EXPECT_NE(a->text.find("Kim Jong-un, right, met"), std::string::npos);
}

TEST(BlockJudge, LineWrappedInBraces) {
  // Some wire archives wrap a story in braces; the text is what is inside, offsets intact.
  const std::string src = "{France is ready to send troops to Liberia, the minister said on Monday.}";
  auto a = Extract(testing::TextDoc(src));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, src.substr(1, src.size() - 2));
  EXPECT_EQ(a->offsets.ToSource(0), 1u);
}

TEST(BlockJudge, EmptyResultIsAnError) {
  auto a = Extract(testing::TextDoc("Home\nNews\nSport\n"));
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("no article text"), std::string::npos);
}

}  // namespace entente
