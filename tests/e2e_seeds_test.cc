// End to end over the bundled seed pages (examples/seeds.jsonl, publication dates given):
// the events a reader sees first are found, with the right dyad, root and month, and
// nothing is coded from the pages' noise.
#include <gtest/gtest.h>

#include <fstream>

#include "ingest/input_reader.h"
#include "test_util.h"

namespace entente {
namespace {

struct Seeds {
  std::vector<Analysis> docs;
};

const Seeds& LoadSeeds() {
  static Seeds seeds = [] {
    Seeds s;
    InputOptions in;
    in.jsonl = {testing::SourceDir() + "/examples/seeds.jsonl"};
    ReadInputs(in, [&](Result<Document> d) {
      if (!d.ok()) return;
      auto a = testing::ShippedPipeline().Process(*d);
      if (a.ok()) s.docs.push_back(std::move(a.value()));
    });
    return s;
  }();
  return seeds;
}

const Analysis* Doc(const std::string& prefix) {
  for (const Analysis& a : LoadSeeds().docs)
    if (a.article.doc_id.compare(0, prefix.size(), prefix) == 0) return &a;
  return nullptr;
}

// Is there an event source-country -> target-country with this root in this month?
bool Has(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& root,
         const std::string& month, const std::string& factuality = "") {
  const Analysis* a = Doc(doc);
  if (!a) return false;
  for (const Event& e : a->events) {
    if (e.source.code.compare(0, src.size(), src) != 0) continue;
    if (tgt == "-" ? e.target.has_value() : (!e.target || e.target->code.compare(0, tgt.size(), tgt) != 0)) continue;
    if (e.root != root || e.date.ToString().compare(0, month.size(), month) != 0) continue;
    if (!factuality.empty() && e.factuality != factuality) continue;
    return true;
  }
  return false;
}

TEST(Seeds, AllFiveAreProcessed) { EXPECT_EQ(LoadSeeds().docs.size(), 5u); }

TEST(Seeds, TheEventsAReaderSeesFirst) {
  // 000 (Korea Times, Oct 2018)
  EXPECT_TRUE(Has("000", "CHNPTY", "PRKPTY", "05", "2018-10"));  // CPC floral baskets to the WPK
  EXPECT_TRUE(Has("000", "CHNGOV", "PRKPTY", "05", "2018-10"));  // the Chinese embassy's baskets
  EXPECT_TRUE(Has("000", "CHNGOV", "PRKGOV", "04", "2018-10-09"));  // embassy hosted a gathering on Tuesday
  EXPECT_TRUE(Has("000", "PRKGOV", "CHNGOV", "04", "2018-03"));  // Kim met Xi in March, May and June
  EXPECT_TRUE(Has("000", "PRKGOV", "CHNGOV", "04", "2018-05"));
  EXPECT_TRUE(Has("000", "PRKGOV", "CHNGOV", "04", "2018-06"));
  EXPECT_TRUE(Has("000", "RUSGOV", "PRKGOV", "03", "2018", "future"));  // Putin will meet Kim: intent to meet (036)
  EXPECT_TRUE(Has("000", "PRK", "CHN", "03", "2018-10", "future"));  // committed to strengthening ties,
  EXPECT_TRUE(Has("000", "PRK", "MNG", "03", "2018-10", "future"));  //   ", especially with ... China, Russia
  EXPECT_TRUE(Has("000", "PRK", "RUS", "03", "2018-10", "future"));  //   and Mongolia"
  EXPECT_TRUE(Has("000", "PRK", "MNG", "04", "1956"));  // Kim Il-sung visited Mongolia
  EXPECT_TRUE(Has("000", "PRK", "MNG", "04", "1988"));
  // 001 (Korea Times, Apr 2021)
  EXPECT_TRUE(Has("001", "PRKGOV", "CUBGOV", "05", "2021-04-22"));  // message congratulating Diaz-Canel
  EXPECT_TRUE(Has("001", "PRK", "-", "15", "2021-03-25"));  // "After launching projectiles ... on March 25, the North"
  EXPECT_TRUE(Has("001", "PRKGOV", "CHNGOV", "04", "2021-03"));  // message to Xi in March
  EXPECT_TRUE(Has("001", "PRKGOV", "VNMGOV", "04", "2021-03"));  // verbal messages to the leaders of
  EXPECT_TRUE(Has("001", "PRKGOV", "LAOGOV", "04", "2021-03"));  //   Vietnam, Laos and Cuba
  EXPECT_TRUE(Has("001", "PRK", "KOR", "16", "2021-04"));  // severing connections with Seoul and Washington
  EXPECT_TRUE(Has("001", "PRK", "USA", "16", "2021-04"));
  EXPECT_TRUE(Has("001", "USA", "PRK", "16", "2021-04"));  // sanctions and pressure from the U.S.
  // 002 (Mar 2024): Kim Song Nam's delegation
  EXPECT_TRUE(Has("002", "PRKPTY", "CHN", "04", "2024-03"));
  EXPECT_TRUE(Has("002", "PRKPTY", "VNM", "04", "2024-03"));
  EXPECT_TRUE(Has("002", "PRKPTY", "LAO", "04", "2024-03"));
  EXPECT_TRUE(Has("002", "CHNPTY", "PRKPTY", "04", "2024-03-21"));  // received by Liu Jianchao
  EXPECT_TRUE(Has("002", "PRKGOV", "LAOGOV", "05", "2024-03"));  // flower basket to Thongloun Sisoulith
  // 003 (Sep 2023)
  EXPECT_TRUE(Has("003", "PRKGOV", "CHNGOV", "04", "2023-09"));  // Kim met the Chinese delegation
  EXPECT_TRUE(Has("003", "RUSGOV", "PRKGOV", "04", "2023-09"));  // Putin's message to Kim
  EXPECT_TRUE(Has("003", "CHN", "PRK", "04", "2023-09"));  // "the second high-level visit from Beijing to North Korea"
  // 004 (Oct 2024)
  EXPECT_TRUE(Has("004", "PRKGOV", "CHNGOV", "04", "2024-10"));  // exchange of messages
  EXPECT_TRUE(Has("004", "CHNGOV", "PRKGOV", "04", "2024-10"));
  EXPECT_TRUE(Has("004", "PRKGOV", "RUSGOV", "05", "2024-06"));  // the pact signed in June
  EXPECT_TRUE(Has("004", "RUSGOV", "PRKGOV", "05", "2024-06"));
  EXPECT_TRUE(Has("004", "PRKGOV", "-", "15", "2024-10"));  // the artillery drill
  EXPECT_TRUE(Has("004", "PRK", "CHN", "05", "1949-10"));  // ties established on Oct. 6, 1949
  EXPECT_TRUE(Has("004", "PRK", "RUS", "07", "2024", "alleged"));  // suspected weapons supply
  EXPECT_TRUE(Has("004", "PRK", "USA", "11", "2024-10"));  // locked in confrontations with the US,
  EXPECT_TRUE(Has("004", "PRK", "KOR", "11", "2024-10"));  //   South Korea and their partners
}

TEST(Seeds, NothingFromTheNoise) {
  // Phrases that occur only in the pages' noise: related-story lists, spam footers,
  // navigation, teasers of other stories glued after the article.
  const std::vector<std::string> noise = {
      "Latest Stories", "You May Also Like", "Popular Now", "Hyundai", "Tsukuba", "Novo Nordisk", "Eli Lilly",
      "ICBM after US election", "Instagram", "Quick access", "ORIGINAL LINK", "Comments0", "[yarpp]",
      "Paraguay", "Santiago Pena", "TikTok", "Truth Social", "Supreme Court", "Seoul Western District Court",
      "affirmative action", "Additional reporting", "content@viewusglobal.com", "LIFESTYLE", "<strong>"};
  for (const Analysis& a : LoadSeeds().docs) {
    for (const std::string& n : noise) EXPECT_EQ(a.article.text.find(n), std::string::npos) << a.article.doc_id << ": " << n;
    for (const Event& e : a.events) {
      EXPECT_NE(e.source.code.compare(0, 3, "PRY"), 0) << e.text;  // the Paraguay teaser
      EXPECT_LT(e.date.year, 2025) << a.article.doc_id << ": " << e.text;  // teasers are from 2025
    }
  }
  // No Chinese or Korean spam or captions left in the English text.
  for (const Analysis& a : LoadSeeds().docs) {
    EXPECT_EQ(a.article.text.find("\xE6\xB1\xBD\xE8\xBD\xA6"), std::string::npos);  // 汽车
    EXPECT_EQ(a.article.text.find("\xEA\xB9\x80\xEC\x84\xB1\xEB\x82\xA8"), std::string::npos);  // 김성남
  }
}

TEST(Seeds, EveryParagraphOfTheBodyRemains) {
  // One distinctive phrase per body paragraph of each article.
  const std::vector<std::pair<std::string, std::vector<std::string>>> body = {
      {"000", {"committed to strengthening its regional ties", "recently published a series of articles",
               "This is in contrast with last year", "sent floral baskets to the WPK Central Committee",
               "the embassy hosted a friendly gathering", "watched an art performance",
               "met Chinese President Xi Jinping in March, May and June", "published a rare travel report",
               "expected to boost its alliance with Russia", "Kim Il-sung visited Mongolia in 1956 and 1988."}},
      {"001", {"making a series of outreaches", "sent a message to congratulate Cuban President",
               "firm support and solidarity", "two separate messages earlier this week",
               "Caribbean island nation", "Along with Cuba", "calling for \"unity and cooperation,\"",
               "several verbal messages to the leaders of Vietnam, Laos and Cuba", "Tokyo Summer Olympics",
               "policy review,\" said Yang Moo-jin", "managing existing ties.\""}},
      {"002", {"departed from Pyongyang to visit China, Vietnam, and Laos.", "reported on the 22nd",
               "They were received by Liu Jianchao", "sent a flower basket to the General Secretary",
               "This move appears to strengthen", "ASEAN Regional Forum (ARF)"}},
      {"003", {"celebrated its founding anniversary with a grand parade", "held discussions with the visiting Chinese",
               "Russian diplomats also graced the occasion", "bolstered its official representation",
               "Putin called for the expansion", "became a platform for significant diplomatic engagements"}},
      {"004", {"marked the 75th anniversary", "The message exchange came as", "steadily strive to consolidate",
               "in his message to Kim", "as close as lips and teeth", "suspected of avoiding fully implementing",
               "reluctant to form a three-way", "supplied conventional weapons to Russia",
               "signed a pact stipulating mutual military assistance", "locked in confrontations",
               "oversaw a live artillery firing drill", "revise its constitution",
               "convene a parliamentary session", "primary foe", "said Lim Eul-chul", "new flash point"}},
  };
  for (const auto& [doc, phrases] : body) {
    const Analysis* a = Doc(doc);
    ASSERT_NE(a, nullptr) << doc;
    for (const auto& p : phrases) EXPECT_NE(a->article.text.find(p), std::string::npos) << doc << ": " << p;
  }
}

TEST(Seeds, MetadataFromThePages) {
  EXPECT_EQ(Doc("001")->article.title, "North Korea tightening up ties with communist nations");
  EXPECT_EQ(Doc("001")->article.byline, "Nam Hyun-woo");
  EXPECT_EQ(Doc("000")->article.byline, "Jung Da-min");
  EXPECT_EQ(Doc("002")->article.byline, "Daniel Kim");
  EXPECT_EQ(Doc("003")->article.title, "North Korea Celebrates Founding Anniversary with Diplomatic Gatherings");
  for (const Analysis& a : LoadSeeds().docs) EXPECT_EQ(a.article.language, "en") << a.article.doc_id;
}

TEST(Seeds, EvidencePointsIntoTheInput) {
  // The source span of an event's evidence is the same words in the original page.
  std::ifstream in(testing::SourceDir() + "/examples/seeds.jsonl");
  std::string line;
  std::getline(in, line);  // 000
  const Analysis* a = Doc("000");
  ASSERT_NE(a, nullptr);
  ASSERT_FALSE(a->events.empty());
  auto doc = ParseJsonlLine(line, "seeds.jsonl:1");
  ASSERT_TRUE(doc.ok());
  for (const Event& e : a->events) {
    std::string evidence = a->article.text.substr(e.span_begin, e.span_end - e.span_begin);
    uint32_t sb = a->article.offsets.ToSource(e.span_begin), se = a->article.offsets.ToSource(e.span_end);
    ASSERT_LE(se, doc->bytes.size());
    EXPECT_EQ(doc->bytes.substr(sb, se - sb), evidence);
  }
}

}  // namespace
}  // namespace entente
