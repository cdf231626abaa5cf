#include "fusion/event_fusion.h"

#include <gtest/gtest.h>

namespace entente {

TEST(FuseReports, SameDayWithinWindowFuseAndWeekApartDoNot) {
  std::vector<FusionReport> r = {
      {"d1", "a.com", "2024-03-19", "040", "Kim met Xi in Beijing"},
      {"d2", "b.com", "2024-03-20", "040", "Xi held talks with Kim"},
      {"d3", "c.com", "2024-03-27", "040", "Kim met Xi again in Beijing"},
  };
  auto g = FuseReports(r);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0], (std::vector<size_t>{0, 1}));
  EXPECT_EQ(g[1], (std::vector<size_t>{2}));
}

TEST(FuseReports, WindowIsMeasuredFromTheFirstReportNotChained) {
  std::vector<FusionReport> r = {
      {"d1", "", "2024-03-01", "040", "talks"}, {"d2", "", "2024-03-03", "040", "talks"},
      {"d3", "", "2024-03-05", "040", "talks"},
  };
  auto g = FuseReports(r);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1], (std::vector<size_t>{2}));
}

TEST(FuseReports, MonthDatedReportJoinsADayInTheSameMonth) {
  std::vector<FusionReport> r = {
      {"d1", "", "2024-06", "057", "Kim and Putin signed a pact in June"},
      {"d2", "", "2024-06-19", "057", "Putin and Kim signed the treaty"},
      {"d3", "", "2024-07-02", "057", "Kim and Putin signed a pact"},
  };
  auto g = FuseReports(r);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0], (std::vector<size_t>{0, 1}));
}

TEST(FuseReports, DifferentCodesNeedSharedWords) {
  std::vector<FusionReport> r = {
      {"d1", "", "2024-03-19", "042", "Kim Jong Un visited Beijing for talks with Xi"},
      {"d2", "", "2024-03-19", "043", "Xi hosted Kim Jong Un in Beijing for talks"},
      {"d3", "", "2024-03-19", "041", "Pyongyang phoned Moscow about grain"},
  };
  auto g = FuseReports(r);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0], (std::vector<size_t>{0, 1}));
}

TEST(FuseReports, UndatedOnlyWithUndatedAndYearOnlyWithYear) {
  std::vector<FusionReport> r = {
      {"d1", "", "", "040", "met"}, {"d2", "", "", "040", "met"}, {"d3", "", "2024", "040", "met"},
      {"d4", "", "2024-01-05", "040", "met"},
  };
  auto g = FuseReports(r);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0], (std::vector<size_t>{0, 1}));
}

TEST(Summarize, MostReportedCodeMostPreciseDatePublishers) {
  std::vector<FusionReport> r = {
      {"d1", "a.com", "2024-06", "057", "x"},
      {"d2", "a.com", "2024-06-19", "057", "y"},
      {"d3", "", "2024-06-19", "051", "z"},
      {"d3", "", "2024-06-20", "057", "w"},
  };
  FusedSummary s = Summarize(r, {0, 1, 2, 3});
  EXPECT_EQ(r[s.representative].code, "057");
  EXPECT_EQ(s.representative, 0u);
  EXPECT_EQ(s.date, "2024-06-19");
  EXPECT_EQ(s.articles, 3);
  EXPECT_EQ(s.sources, 2);  // a.com, and d3 without a publisher
}

TEST(FusionKey, JoinsTheParts) { EXPECT_EQ(FusionKey("PRK", "CHN", "04", "asserted"), "PRK|CHN|04|asserted"); }

}  // namespace entente
