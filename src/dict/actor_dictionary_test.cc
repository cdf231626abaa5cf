#include "dict/actor_dictionary.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {

static std::string Lookup(const ActorDictionary& d, const std::string& text, const std::string& date = "") {
  std::vector<uint32_t> ids;
  for (const auto& t : NormTokens(text)) ids.push_back(d.TokenId(t));
  NameMatch m = d.LongestMatch(ids, 0);
  if (!m.length || m.length != ids.size()) return "";
  int day = INT_MIN;
  if (!date.empty()) day = ToDays(*ParseIsoDate(date));
  return d.Resolve(*m.entries, day, nullptr);
}

TEST(ActorDictionary, DatedRolesHoldOnlyInsideTheirDates) {
  ActorDictionary d;
  std::vector<std::string> diags;
  ASSERT_TRUE(d.LoadText("@kind person\n"
                         "USAGOV 2017-01-20..2021-01-20 = Donald Trump\n"
                         "USAGOV 2025-01-20.. = Donald Trump\n"
                         "PRKGOV 1948-09-09..1994-07-08 = Kim Il Sung\n",
                         "t.txt", &diags)
                  .ok());
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(Lookup(d, "Donald Trump", "2018-05-01"), "USAGOV");
  EXPECT_EQ(Lookup(d, "Donald Trump", "2025-06-01"), "USAGOV");
  EXPECT_EQ(Lookup(d, "Donald Trump", "2022-06-01"), "USA");
  EXPECT_EQ(Lookup(d, "Kim Il-sung", "2018-10-15"), "PRK");
  EXPECT_EQ(Lookup(d, "KIM IL SUNG", "1956-06-01"), "PRKGOV");
}

TEST(ActorDictionary, NormalisedMatching) {
  ActorDictionary d;
  ASSERT_TRUE(d.LoadText("PRKGOV 2011-12-17.. = Kim Jong Un\nCUBGOV = Miguel D\xC3\xAD" "az-Canel\n", "t", nullptr).ok());
  EXPECT_EQ(Lookup(d, "Kim Jong-un", "2024-01-01"), "PRKGOV");
  EXPECT_EQ(Lookup(d, "KIM JONG UN", "2024-01-01"), "PRKGOV");
  EXPECT_EQ(Lookup(d, "Miguel Diaz Canel"), "CUBGOV");
}

TEST(ActorDictionary, ErrorsNameFileAndLineAndLoadingGoesOn) {
  ActorDictionary d;
  std::vector<std::string> diags;
  ASSERT_TRUE(d.LoadText("@kind country\n"
                         "PRK = North Korea\n"
                         "this line has no equals sign\n"
                         "lowercase = Bad Code\n"
                         "USA 2020-13-01..2021-01-01 = Bad Date\n"
                         "@kind galaxy\n"
                         "CHN = China\n",
                         "dict/countries.txt", &diags)
                  .ok());
  ASSERT_EQ(diags.size(), 4u);
  EXPECT_NE(diags[0].find("dict/countries.txt:3"), std::string::npos);
  EXPECT_NE(diags[1].find("dict/countries.txt:4"), std::string::npos);
  EXPECT_NE(diags[2].find("dict/countries.txt:5"), std::string::npos);
  EXPECT_NE(diags[3].find("dict/countries.txt:6"), std::string::npos);
  EXPECT_EQ(Lookup(d, "China"), "CHN");
  EXPECT_EQ(Lookup(d, "North Korea"), "PRK");
}

TEST(ActorDictionary, InvalidUtf8IsReported) {
  ActorDictionary d;
  std::vector<std::string> diags;
  ASSERT_TRUE(d.LoadText("PRK = North Korea\nCHN = Ch\xFFina\n", "bad.txt", &diags).ok());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("bad.txt:2"), std::string::npos);
  EXPECT_EQ(Lookup(d, "North Korea"), "PRK");
}

TEST(ShippedDictionaries, LoadWithoutErrors) {
  const Dictionaries& d = testing::ShippedDictionaries();
  for (const auto& diag : d.diagnostics) ADD_FAILURE() << diag;
  EXPECT_GT(d.actors.size(), 1000u);
  EXPECT_GT(d.verbs.size(), 200u);
  EXPECT_GT(d.cameo.size(), 200u);
  EXPECT_EQ(Lookup(d.actors, "North Korea"), "PRK");
  EXPECT_EQ(Lookup(d.actors, "Pyongyang"), "PRK");
  EXPECT_EQ(Lookup(d.actors, "Laos"), "LAO");
}

TEST(CameoTable, GoldsteinAndQuad) {
  const CameoTable& t = testing::ShippedDictionaries().cameo;
  const CameoCode* c = t.Find("057");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, 8.0);
  EXPECT_EQ(c->quad, 1);
  const CameoCode* f = t.Find("190");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->quad, 4);
  EXPECT_LT(f->goldstein, -9.0);
}

TEST(VerbDictionary, PatternErrorsAreReported) {
  VerbDictionary v;
  Lemmatizer l;
  std::vector<std::string> diags;
  ASSERT_TRUE(v.LoadText("042 = visit +\n"
                         "04x = meet +\n"
                         "040 = meet + +\n"
                         "040 = (meet\n"
                         "051 [praise] = praise +\n",
                         "verbs.txt", l, &diags)
                  .ok());
  EXPECT_EQ(v.size(), 2u);
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_NE(diags[0].find("verbs.txt:2"), std::string::npos);
  EXPECT_EQ(v.pattern(1).id, "praise");
}

}  // namespace entente
