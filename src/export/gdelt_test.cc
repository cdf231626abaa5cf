#include <gtest/gtest.h>

#include <sstream>

#include "export/export.h"
#include "export/export_test_util.h"

namespace entente::exports {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

int Col(const char* name) {
  const auto& names = GdeltColumnNames();
  for (int i = 0; i < kGdeltColumns; ++i)
    if (std::string(names[i]) == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

TEST(GdeltExport, HeaderHasTheSixtyOneCodebookColumns) {
  std::ostringstream os;
  WriteGdeltHeader(os);
  auto cols = SplitTabs(Lines(os.str()).at(0));
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[0], "GLOBALEVENTID");
  EXPECT_EQ(cols[1], "SQLDATE");
  EXPECT_EQ(cols[5], "Actor1Code");
  EXPECT_EQ(cols[15], "Actor2Code");
  EXPECT_EQ(cols[25], "IsRootEvent");
  EXPECT_EQ(cols[30], "GoldsteinScale");
  EXPECT_EQ(cols[34], "AvgTone");
  EXPECT_EQ(cols[35], "Actor1Geo_Type");
  EXPECT_EQ(cols[51], "ActionGeo_Type");
  EXPECT_EQ(cols[59], "DATEADDED");
  EXPECT_EQ(cols[60], "SOURCEURL");
}

TEST(GdeltExport, RowHasSixtyOneFieldsWithActorsAndCodes) {
  std::ostringstream os;
  WriteGdeltRow(testing::SampleEvent(), os);
  auto lines = Lines(os.str());
  ASSERT_EQ(lines.size(), 1u);
  auto f = SplitTabs(lines[0]);
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[Col("GLOBALEVENTID")], "42");
  EXPECT_EQ(f[Col("SQLDATE")], "20240319");
  EXPECT_EQ(f[Col("MonthYear")], "202403");
  EXPECT_EQ(f[Col("Year")], "2024");
  EXPECT_EQ(f[Col("FractionDate")], "2024.2164");  // (2*30+19)/365
  EXPECT_EQ(f[Col("Actor1Code")], "PRKGOV");
  EXPECT_EQ(f[Col("Actor1Name")], "KIM JONG UN");
  EXPECT_EQ(f[Col("Actor1CountryCode")], "PRK");
  EXPECT_EQ(f[Col("Actor1Type1Code")], "GOV");
  EXPECT_EQ(f[Col("Actor2Code")], "CHNGOV");
  EXPECT_EQ(f[Col("Actor2CountryCode")], "CHN");
  EXPECT_EQ(f[Col("IsRootEvent")], "1");  // the second report is a lead sentence
  EXPECT_EQ(f[Col("EventCode")], "0431");
  EXPECT_EQ(f[Col("EventBaseCode")], "043");
  EXPECT_EQ(f[Col("EventRootCode")], "04");
  EXPECT_EQ(f[Col("QuadClass")], "1");
  EXPECT_EQ(f[Col("GoldsteinScale")], "1.9");
  EXPECT_EQ(f[Col("NumMentions")], "3");
  EXPECT_EQ(f[Col("NumSources")], "2");
  EXPECT_EQ(f[Col("NumArticles")], "2");
  EXPECT_EQ(f[Col("AvgTone")], "");
  EXPECT_EQ(f[Col("ActionGeo_Lat")], "");
  EXPECT_EQ(f[Col("DATEADDED")], "");
  EXPECT_EQ(f[Col("SOURCEURL")], "https://www.example.com/a?x=1");
}

TEST(GdeltExport, FractionDateFollowsGdelt) {
  StoredEvent e = testing::SampleEvent();
  e.date = "2015-02-18";
  EXPECT_EQ(GdeltFields(e)[4], "2015.1315");
  e.date = "2019-01-25";
  EXPECT_EQ(GdeltFields(e)[4], "2019.0685");
}

TEST(GdeltExport, ImpreciseDatesUseZeroDayAndMonth) {
  StoredEvent e = testing::SampleEvent();
  e.date = "2024-06";
  auto f = GdeltFields(e);
  EXPECT_EQ(f[1], "20240600");
  EXPECT_EQ(f[2], "202406");
  EXPECT_EQ(f[3], "2024");
  EXPECT_EQ(f[4], "2024.4110");  // (5*30+0)/365
  e.date = "2024";
  f = GdeltFields(e);
  EXPECT_EQ(f[1], "20240000");
  EXPECT_EQ(f[2], "202400");
  EXPECT_EQ(f[3], "2024");
  EXPECT_EQ(f[4], "2024.0000");
  e.date = "";
  f = GdeltFields(e);
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[2], "");
  EXPECT_EQ(f[3], "");
  EXPECT_EQ(f[4], "");
}

TEST(GdeltExport, EventWithoutTargetLeavesActor2Empty) {
  StoredEvent e = testing::SampleEvent();
  e.target_actor = e.target_code = e.target_name = "";
  e.evidence.resize(1);
  e.code = "141";
  e.root = "14";
  auto f = GdeltFields(e);
  for (int i = 15; i < 25; ++i) EXPECT_EQ(f[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(f[Col("IsRootEvent")], "0");
  EXPECT_EQ(f[Col("EventBaseCode")], "141");
  std::ostringstream os;
  WriteGdeltRow(e, os);
  EXPECT_EQ(SplitTabs(Lines(os.str()).at(0)).size(), 61u);
}

TEST(GdeltExport, TabsAndNewlinesInsideFieldsDoNotBreakRows) {
  StoredEvent e = testing::SampleEvent();
  e.source_name = "Kim\tJong\nUn";
  e.evidence[0].url = "https://example.com/a\r\nb\tc";
  std::ostringstream os;
  WriteGdeltRow(e, os);
  WriteGdeltRow(e, os);
  auto lines = Lines(os.str());
  ASSERT_EQ(lines.size(), 2u);
  for (const auto& l : lines) {
    auto f = SplitTabs(l);
    ASSERT_EQ(f.size(), 61u);
    EXPECT_EQ(f[Col("Actor1Name")], "KIM JONG UN");
    EXPECT_EQ(f[Col("SOURCEURL")], "https://example.com/a  b c");
  }
  EXPECT_EQ(TsvField("a\tb\nc\rd"), "a b c d");
}

TEST(CameoActor, CutsCodesIntoGdeltParts) {
  auto p = ParseCameoActor("PRKGOV");
  EXPECT_EQ(p.country, "PRK");
  EXPECT_EQ(p.type1, "GOV");
  EXPECT_EQ(p.known_group, "");
  p = ParseCameoActor("IGOUNOHRI");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.known_group, "UNO");
  EXPECT_EQ(p.type1, "IGO");
  EXPECT_EQ(p.type2, "HRI");
  p = ParseCameoActor("AFGREBTAL");
  EXPECT_EQ(p.country, "AFG");
  EXPECT_EQ(p.type1, "REB");
  EXPECT_EQ(p.known_group, "TAL");
  p = ParseCameoActor("IGOUNODEVWBK");
  EXPECT_EQ(p.known_group, "WBK");
  EXPECT_EQ(p.type2, "DEV");
  p = ParseCameoActor("IRNMOSSHI");
  EXPECT_EQ(p.country, "IRN");
  EXPECT_EQ(p.religion1, "MOS");
  EXPECT_EQ(p.religion2, "SHI");
  p = ParseCameoActor("USA");
  EXPECT_EQ(p.country, "USA");
  EXPECT_EQ(p.type1, "");
  p = ParseCameoActor("bad code");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "");
}

}  // namespace
}  // namespace entente::exports
