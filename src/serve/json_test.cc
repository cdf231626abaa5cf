#include "serve/json.h"

#include <gtest/gtest.h>

namespace entente::serve {
namespace {

Evidence SampleEvidence() {
  Evidence e;
  e.event_id = 7;
  e.doc_id = "d1";
  e.title = "Title <b>bold</b>";
  e.url = "https://example.org/a?x=1&y=2";
  e.text = "Kim met Xi.";
  e.span_start = 4;
  e.span_end = 10;
  return e;
}

TEST(ServeJson, ScriptInTextComesOutEscaped) {
  Evidence e = SampleEvidence();
  e.text = "He said </script><script>alert('x')</script> & left.";
  e.span_start = 0;
  e.span_end = 7;
  std::string body = Body(EvidenceJson(e));
  EXPECT_EQ(body.find("<script>"), std::string::npos) << body;
  EXPECT_EQ(body.find("</script>"), std::string::npos) << body;
  EXPECT_EQ(body.find('<'), std::string::npos);
  EXPECT_EQ(body.find('>'), std::string::npos);
  EXPECT_EQ(body.find('&'), std::string::npos);
  EXPECT_NE(body.find("\\u003cscript\\u003e"), std::string::npos) << body;
  // ... and still means the same text.
  Json back = Json::parse(body);
  EXPECT_EQ(back["text"], e.text);
  EXPECT_EQ(back["title"], "Title <b>bold</b>");
  EXPECT_EQ(back["url"], "https://example.org/a?x=1&y=2");
}

TEST(ServeJson, InvalidUtf8IsReplacedNotFatal) {
  Evidence e = SampleEvidence();
  e.text = std::string("bad \xff\xfe bytes");
  std::string body = Body(EvidenceJson(e));
  Json back = Json::parse(body);
  EXPECT_NE(back["text"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(ServeJson, EvidenceSpanInBytesAndUtf16) {
  Evidence e = SampleEvidence();
  e.text = "Pyongyang’s envoy met 習近平 in 🇨🇳 Beijing.";  // ’ is 3 bytes, 習 3 bytes, 🇨 4 bytes
  std::string evidence = "met 習近平 in 🇨🇳 Beijing";
  e.span_start = static_cast<uint32_t>(e.text.find(evidence));
  e.span_end = e.span_start + static_cast<uint32_t>(evidence.size());
  Json j = Json::parse(Body(EvidenceJson(e)));
  EXPECT_EQ(j["evidence"], evidence);
  EXPECT_EQ(j["span"][0], e.span_start);
  // "Pyongyang’s envoy " is 18 UTF-16 units; the evidence is 4 + 3 + 4 + 4 (two flags, 2 units each) + 8.
  EXPECT_EQ(j["span_utf16"][0], 18);
  EXPECT_EQ(j["span_utf16"][1], 18 + 4 + 3 + 4 + 4 + 8);
}

TEST(ServeJson, SpanOutsideTheSentenceIsClamped) {
  Evidence e = SampleEvidence();
  e.span_start = 8;
  e.span_end = 500;
  Json j = EvidenceJson(e);
  EXPECT_EQ(j["span"][1], e.text.size());
  EXPECT_EQ(j["evidence"], "Xi.");
  e.span_start = 900;
  j = EvidenceJson(e);
  EXPECT_EQ(j["span"][0], e.text.size());
  EXPECT_EQ(j["evidence"], "");
}

TEST(ServeJson, SeriesPointAddsCooperationAndConflict) {
  SeriesPoint p;
  p.period = "2024-03";
  p.events = 10;
  p.quad[0] = 4;
  p.quad[1] = 2;
  p.quad[2] = 3;
  p.quad[3] = 1;
  Json j = SeriesPointJson(p);
  EXPECT_EQ(j["cooperation"], 6);
  EXPECT_EQ(j["conflict"], 4);
  EXPECT_DOUBLE_EQ(j["cooperation_index"].get<double>(), 0.2);
  EXPECT_EQ(j["quad"].size(), 4u);
}

TEST(ServeJson, NetworkEdgesCarryToneAndMeans) {
  Network n;
  n.nodes.push_back({"PRK", 5});
  n.edges.push_back({"PRK", "CHN", 4, 3, 1, 10.0});
  Json j = NetworkJson(n);
  EXPECT_EQ(j["nodes"][0]["actor"], "PRK");
  EXPECT_DOUBLE_EQ(j["edges"][0]["cooperation_index"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j["edges"][0]["goldstein_mean"].get<double>(), 2.5);
}

TEST(ServeJson, EventWithoutTargetHasNullTarget) {
  StoredEvent e;
  e.id = 3;
  e.source_actor = "PRK";
  e.source_code = "PRKGOV";
  e.evidence.push_back(SampleEvidence());
  Json j = StoredEventJson(e);
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_EQ(j["source"]["code"], "PRKGOV");
  ASSERT_EQ(j["evidence"].size(), 1u);
  EXPECT_EQ(j["evidence"][0]["evidence"], "met Xi");
}

TEST(ServeJson, ErrorsNameTheirParameter) {
  Json j = Json::parse(Body(ErrorJson("code: bad", "code")));
  EXPECT_EQ(j["param"], "code");
  EXPECT_EQ(j["error"], "code: bad");
  EXPECT_FALSE(ErrorJson("x").contains("param"));
}

}  // namespace
}  // namespace entente::serve
