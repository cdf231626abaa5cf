#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "export/export.h"
#include "export/export_test_util.h"

namespace entente::exports {
namespace {

TEST(PloverExport, RecordHasPloverAndEntenteFields) {
  auto j = nlohmann::json::parse(PloverRecord(testing::SampleEvent()));
  EXPECT_EQ(j["id"], "entente-42");
  EXPECT_EQ(j["date"], "2024-03-19");
  EXPECT_EQ(j["date_precision"], "day");
  EXPECT_EQ(j["event_type"], "CONSULT");
  EXPECT_EQ(j["event"], nlohmann::json::array({"CONSULT"}));
  EXPECT_EQ(j["quad_code"], 1);
  EXPECT_EQ(j["actor"], "Kim Jong Un");
  EXPECT_EQ(j["actor_country"], "PRK");
  EXPECT_EQ(j["actor_sector"], "GOV");
  EXPECT_EQ(j["actor_code"], "PRKGOV");
  EXPECT_EQ(j["recipient"], "Xi Jinping");
  EXPECT_EQ(j["recipient_country"], "CHN");
  EXPECT_EQ(j["cameo_code"], "0431");
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["factuality"], "asserted");
  EXPECT_EQ(j["mentions"], 3);
  EXPECT_EQ(j["sources"], 2);
  EXPECT_EQ(j["articles"], 2);
  EXPECT_EQ(j["event_text"], "Kim Jong Un met Xi Jinping");
  EXPECT_EQ(j["text_info"]["sequence"], 2);
  EXPECT_EQ(j["cite_info"]["url"], "https://www.example.com/a?x=1");
  ASSERT_EQ(j["evidence"].size(), 2u);
  EXPECT_EQ(j["evidence"][1]["doc_id"], "doc2");
}

TEST(PloverExport, OneLinePerEventEvenWithNewlinesInText) {
  StoredEvent e = testing::SampleEvent();
  e.evidence[0].text = "Kim Jong Un met\nXi Jinping\tin Beijing.";
  std::ostringstream os;
  WritePloverRow(e, os);
  WritePloverRow(e, os);
  std::istringstream in(os.str());
  int n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["text"], "Kim Jong Un met\nXi Jinping\tin Beijing.");
  }
  EXPECT_EQ(n, 2);
}

TEST(PloverExport, UntargetedEventHasNullRecipientAndImpreciseDate) {
  StoredEvent e = testing::SampleEvent();
  e.target_actor = e.target_code = e.target_name = "";
  e.date = "2024-06";
  auto j = nlohmann::json::parse(PloverRecord(e));
  EXPECT_TRUE(j["recipient"].is_null());
  EXPECT_TRUE(j["recipient_country"].is_null());
  EXPECT_EQ(j["date_precision"], "month");
  e.plover = "";
  j = nlohmann::json::parse(PloverRecord(e));
  EXPECT_TRUE(j["event"].empty());
}

}  // namespace
}  // namespace entente::exports
