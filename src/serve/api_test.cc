#include "serve/api.h"

#include <gtest/gtest.h>

#include <set>

#include "serve/json.h"
#include "serve/seeds_db_test.h"
#include "serve/server.h"

namespace entente::serve {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(testing::SeedsDb(), /*read_only=*/true);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s.value());
  }
  Json Get(const std::string& path, const Query& q = {}, int status = 200) {
    ApiResponse r = api_.Handle(path, q, *store_);
    EXPECT_EQ(r.status, status) << path << ": " << r.body;
    return Json::parse(r.body);
  }
  Api api_{ActorNames::Load(DefaultDictionaryDir())};
  std::unique_ptr<Store> store_;
};

TEST_F(ApiTest, HealthCountsTheStore) {
  Json j = Get("/api/health");
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["events"].get<long long>(), *store_->CountEvents());
  EXPECT_EQ(j["fused_events"].get<long long>(), *store_->CountFusedEvents());
  EXPECT_GT(j["fused_events"].get<long long>(), 10);
}

TEST_F(ApiTest, ActorsWithNorthKoreaOfferItsPartnersByName) {
  Json j = Get("/api/actors", {{"with", "prk"}});
  EXPECT_EQ(j["with"], "PRK");
  std::map<std::string, Json> by;
  for (const Json& a : j["actors"]) by[a["actor"]] = a;
  ASSERT_TRUE(by.count("CHN")) << j.dump();
  EXPECT_EQ(by["CHN"]["name"], "China");
  EXPECT_GT(by["CHN"]["events"].get<long long>(), 0);
  EXPECT_FALSE(by.count("PRK"));
  // Sorted by events, most first.
  for (size_t i = 1; i < j["actors"].size(); ++i)
    EXPECT_GE(j["actors"][i - 1]["events"].get<long long>(), j["actors"][i]["events"].get<long long>());
}

TEST_F(ApiTest, SeriesOfADyadMatchesItsEvents) {
  Json s = Get("/api/series", {{"source", "PRK"}, {"target", "CHN"}, {"by", "month"}});
  EXPECT_EQ(s["by"], "month");
  ASSERT_FALSE(s["points"].empty());
  long long total = 0;
  std::string last;
  for (const Json& p : s["points"]) {
    std::string period = p["period"];
    EXPECT_TRUE(IsDatePrefix(period) && period.size() == 7) << period;
    EXPECT_GT(period, last);
    last = period;
    EXPECT_EQ(p["cooperation"].get<long long>() + p["conflict"].get<long long>(), p["events"].get<long long>());
    total += p["events"].get<long long>();
  }
  EXPECT_TRUE(s["changes"].is_array());
  // The same filter's events, those dated to the month or better, are the series' events.
  Json e = Get("/api/events", {{"source", "PRK"}, {"target", "CHN"}, {"limit", "1000"}, {"evidence", "0"}});
  long long dated = 0;
  for (const Json& ev : e["events"]) {
    std::string src = ev["source"]["actor"], tgt = ev["target"]["actor"];
    EXPECT_TRUE((src == "PRK" && tgt == "CHN") || (src == "CHN" && tgt == "PRK")) << src << "->" << tgt;
    if (ev["date"].get<std::string>().size() >= 7) ++dated;
  }
  EXPECT_EQ(total, dated);
}

TEST_F(ApiTest, DirectedKeepsOneDirection) {
  Json e = Get("/api/events", {{"source", "PRK"}, {"target", "CHN"}, {"directed", "1"}});
  for (const Json& ev : e["events"]) {
    EXPECT_EQ(ev["source"]["actor"], "PRK");
    EXPECT_EQ(ev["target"]["actor"], "CHN");
  }
}

TEST_F(ApiTest, EventsCarryTraceableEvidence) {
  Json e = Get("/api/events", {{"source", "PRK"}, {"target", "CHN"}, {"limit", "5"}});
  ASSERT_FALSE(e["events"].empty());
  EXPECT_LE(e["events"].size(), 5u);
  for (const Json& ev : e["events"]) {
    ASSERT_FALSE(ev["evidence"].empty()) << ev.dump();
    for (const Json& s : ev["evidence"]) {
      std::string text = s["text"], evidence = s["evidence"];
      size_t a = s["span"][0], b = s["span"][1];
      ASSERT_LE(a, b);
      ASSERT_LE(b, text.size());
      EXPECT_EQ(text.substr(a, b - a), evidence);
      EXPECT_FALSE(evidence.empty());
      EXPECT_FALSE(s["doc"].get<std::string>().empty());
    }
  }
  // Paging: offset skips.
  Json page2 = Get("/api/events", {{"source", "PRK"}, {"target", "CHN"}, {"limit", "1"}, {"offset", "1"}});
  if (e["events"].size() >= 2) {
    ASSERT_EQ(page2["events"].size(), 1u);
    EXPECT_EQ(page2["events"][0]["id"], e["events"][1]["id"]);
  }
}

TEST_F(ApiTest, NetworkLinksNorthKoreaAndChina) {
  Json n = Get("/api/network");
  std::set<std::string> nodes;
  for (const Json& v : n["nodes"]) nodes.insert(v["actor"]);
  EXPECT_TRUE(nodes.count("PRK") && nodes.count("CHN"));
  bool linked = false;
  for (const Json& e : n["edges"]) {
    std::string a = e["source"], b = e["target"];
    if ((a == "PRK" && b == "CHN") || (a == "CHN" && b == "PRK")) linked = true;
    EXPECT_LE(e["cooperation"].get<long long>() + e["conflict"].get<long long>(), e["events"].get<long long>());
  }
  EXPECT_TRUE(linked);
  // A period with nothing in it is an empty network, not an error.
  Json empty = Get("/api/network", {{"from", "1900"}, {"to", "1901"}});
  EXPECT_TRUE(empty["nodes"].empty());
}

TEST_F(ApiTest, DocumentsAndDyads) {
  Json d = Get("/api/documents", {{"limit", "2"}});
  EXPECT_EQ(d["documents"].size(), 2u);
  Json all = Get("/api/documents");
  EXPECT_EQ(all["documents"].size(), 5u);
  Json y = Get("/api/dyads", {{"by", "year"}, {"source", "PRK"}});
  ASSERT_FALSE(y["rows"].empty());
  for (const Json& r : y["rows"]) {
    EXPECT_EQ(r["source"], "PRK");
    EXPECT_EQ(r["period"].get<std::string>().size(), 4u);
  }
}

TEST_F(ApiTest, BadParametersAre400sNamingTheParameter) {
  const std::vector<std::tuple<std::string, Query, std::string>> bad = {
      {"/api/series", {{"by", "fortnight"}}, "by"},
      {"/api/series", {{"source", "P<R>K"}}, "source"},
      {"/api/series", {{"from", "2024-13"}}, "from"},
      {"/api/series", {{"limit", "5"}}, "limit"},  // not a series parameter
      {"/api/events", {{"limit", "100000"}}, "limit"},
      {"/api/events", {{"factuality", "rumoured"}}, "factuality"},
      {"/api/events", {{"code", "x"}}, "code"},
      {"/api/network", {{"source", "PRK"}}, "source"},
      {"/api/actors", {{"with", "!"}}, "with"},
      {"/api/dyads", {{"by", "week"}}, "by"},
      {"/api/documents", {{"offset", "-3"}}, "offset"},
      {"/api/health", {{"x", "1"}}, "x"},
  };
  for (const auto& [path, q, param] : bad) {
    Json j = Get(path, q, 400);
    EXPECT_EQ(j["param"], param) << path;
    EXPECT_TRUE(j["error"].is_string());
  }
  EXPECT_TRUE(Get("/api/nothing", {}, 404)["error"].is_string());
}

TEST(ApiScript, StoredScriptTextComesOutEscaped) {
  std::string path = testing::SeedsDb() + ".script.db";
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  {
    auto w = Store::Open(path);
    ASSERT_TRUE(w.ok());
    // An HTML page whose escaped text decodes to markup: the cleaned article holds "<script>".
    Document d = entente::testing::TextDoc(
        "<html><head><title>T &lt;b&gt;</title></head><body><article><p>Kim Jong Un met Chinese President Xi "
        "Jinping in Beijing on Tuesday to discuss &lt;script&gt;alert(1)&lt;/script&gt; &amp; more trade between "
        "the two countries.</p><p>North Korea and China signed a new agreement on trade and aid in Pyongyang, "
        "officials said on Wednesday.</p></article></body></html>",
        "2024-03-21", "script");
    d.kind = Document::Kind::kHtml;
    auto a = entente::testing::ShippedPipeline().Process(d);
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE((*w)->Put(*a, "test").ok());
  }
  auto store = Store::Open(path, true);
  ASSERT_TRUE(store.ok());
  ApiResponse r = Api().Handle("/api/events", {}, **store);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find('<'), std::string::npos);
  EXPECT_EQ(r.body.find('&'), std::string::npos);
  Json j = Json::parse(r.body);
  ASSERT_FALSE(j["events"].empty());
  // ... and reads back as the stored text, markup included.
  bool found = false;
  for (const Json& e : j["events"])
    for (const Json& ev : e["evidence"])
      found |= ev["text"].get<std::string>().find("<script>alert(1)</script> & more") != std::string::npos;
  EXPECT_TRUE(found) << r.body;
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
}

}  // namespace
}  // namespace entente::serve
