// Hostile HTML: malformed markup, a 50 MB page, 100,000 nested tags, no body, binary
// bytes. Extraction never crashes, stays within bounded time and memory, and says what
// it did (a warning on the article, or an error that names the input).
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <random>

#include "extract/extractor.h"
#include "extract/html_guard.h"

namespace entente {
namespace {

Document Html(std::string bytes, const std::string& id = "hostile") {
  Document d;
  d.id = id;
  d.origin = id + ".html";
  d.kind = Document::Kind::kHtml;
  d.bytes = std::move(bytes);
  return d;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

const std::string kPara =
    "<p>The two governments agreed to reopen the border crossing, officials said on Monday.</p>";

TEST(Hostile, MalformedMarkup) {
  const char* pages[] = {
      "<html><body><div><p>Unclosed paragraphs and divs everywhere, the minister said on Monday.<div><p>More text",
      "<<<>>></div></div></p><p>Stray end tags before the text, the minister said on Monday evening.</p>",
      "<p class=\"unterminated>The attribute quote never closes, so the parser reads on and on.</p>",
      "<!-- an unterminated comment swallows everything <p>Nobody will see this.</p>",
      "<script>var x = '<p>not text</p>';",
      "<table><tr><td><table><tr><td><p>Nested tables without ends, the minister said on Monday.",
      "<p>Text with a lone <",
      "",
      "<html></html>",
  };
  for (const char* p : pages) {
    auto a = Extract(Html(p));
    if (!a.ok()) {
      EXPECT_NE(a.status().message().find("hostile.html"), std::string::npos) << a.status().message();
    }
  }
}

TEST(Hostile, NoBodyIsAClearError) {
  auto a = Extract(Html("<html><head><title>Only a title</title><meta charset=utf-8></head></html>"));
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("hostile.html"), std::string::npos);
  EXPECT_NE(a.status().message().find("no article text"), std::string::npos);
}

TEST(Hostile, HundredThousandNestedTags) {
  for (const char* open : {"<div>", "<b><i>", "<span>", "<table><tr><td>"}) {
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i) page += open;
    page += kPara;
    for (int i = 0; i < 1000; ++i) page += "</div>";
    auto start = std::chrono::steady_clock::now();
    auto a = Extract(Html(page));
    double s = Seconds(start);
    EXPECT_LT(s, 10.0) << open;
    ASSERT_TRUE(a.ok()) << open << ": " << a.status().ToString();
    EXPECT_NE(a->text.find("reopen the border crossing"), std::string::npos) << open;
    ASSERT_FALSE(a->warnings.empty()) << open;
    EXPECT_NE(a->warnings[0].find("nested deeper than"), std::string::npos) << a->warnings[0];
  }
}

TEST(Hostile, GuardKeepsOffsets) {
  std::string page = "<div><div><div><p>x</p></div></div></div>";
  std::string before = page;
  GuardReport r = GuardHtml(page, 2);
  ApplyGuard(r, page);
  EXPECT_EQ(page.size(), before.size());
  EXPECT_GT(r.blanked, 0u);
  EXPECT_EQ(page.find('x'), before.find('x'));  // bytes do not move
  EXPECT_EQ(GuardHtml(before, 256).blanked, 0u);
}

TEST(Hostile, FiftyMegabytePage) {
  std::string page = "<html><head><title>Big</title></head><body><article>";
  page.reserve(51u << 20);
  while (page.size() < (50u << 20)) page += kPara;
  page += "</article></body></html>";
  long rss_before = PeakRssMb();
  auto start = std::chrono::steady_clock::now();
  auto a = Extract(Html(page, "big"));
  double s = Seconds(start);
  EXPECT_LT(s, 30.0);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("reopen the border crossing"), std::string::npos);
  ASSERT_FALSE(a->warnings.empty());
  EXPECT_NE(a->warnings[0].find("big.html"), std::string::npos);
  EXPECT_NE(a->warnings[0].find("limit"), std::string::npos) << a->warnings[0];
  // The parser only ever sees the first 8 MB: memory stays bounded.
  EXPECT_LT(PeakRssMb() - rss_before, 1500) << "MB";
}

TEST(Hostile, BinaryBytes) {
  std::mt19937 rng(42);
  for (int round = 0; round < 5; ++round) {
    std::string junk(200000, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
    if (round % 2) junk = "<html><body><p>" + junk + "</p></body></html>";
    auto start = std::chrono::steady_clock::now();
    auto a = Extract(Html(junk));
    EXPECT_LT(Seconds(start), 5.0);
    if (a.ok()) EXPECT_FALSE(a->text.empty());
    else EXPECT_NE(a.status().message().find("hostile.html"), std::string::npos);
  }
}

}  // namespace
}  // namespace entente
