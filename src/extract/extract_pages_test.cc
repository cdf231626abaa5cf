// Hand-made pages (tests/extract_pages/NAME.html) with their expectations (NAME.expect):
// phrases kept and dropped, their order, title, publication date, byline, language; and
// for every page, the offset map: each mapped run of the article text is the same bytes in
// the input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/file.h"
#include "common/text.h"
#include "extract/extractor.h"
#include "test_util.h"

namespace entente {
namespace {

struct PageCase {
  std::string name, html;
  std::vector<std::string> expect;  // lines of NAME.expect
};

std::vector<PageCase> LoadPages() {
  std::vector<PageCase> out;
  std::string dir = testing::SourceDir() + "/tests/extract_pages";
  std::vector<std::string> files;
  for (auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".html") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    PageCase c;
    c.name = std::filesystem::path(f).stem().string();
    auto bytes = ReadFile(f);
    if (!bytes.ok()) continue;
    c.html = std::move(bytes.value());
    std::ifstream in(dir + "/" + c.name + ".expect");
    std::string line;
    while (std::getline(in, line))
      if (!Trim(line).empty()) c.expect.push_back(line);
    out.push_back(std::move(c));
  }
  return out;
}

std::string Field(const std::vector<std::string>& lines, const std::string& key, bool* found = nullptr) {
  for (const auto& l : lines)
    if (StartsWith(l, key + ":")) {
      if (found) *found = true;
      return std::string(Trim(std::string_view(l).substr(key.size() + 1)));
    }
  if (found) *found = false;
  return "";
}

TEST(ExtractPages, HandMadePagesMeetTheirExpectations) {
  auto pages = LoadPages();
  ASSERT_GE(pages.size(), 5u);
  for (const PageCase& c : pages) {
    SCOPED_TRACE(c.name);
    Document doc;
    doc.id = c.name;
    doc.origin = c.name + ".html";
    doc.kind = Document::Kind::kHtml;
    doc.bytes = c.html;
    doc.url = Field(c.expect, "url");
    doc.fetched = Field(c.expect, "fetched");
    doc.charset = Field(c.expect, "charset");
    auto a = Extract(doc);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    const std::string& text = a->text;
    for (const auto& l : c.expect) {
      if (StartsWith(l, "+ ")) {
        EXPECT_NE(text.find(l.substr(2)), std::string::npos) << "missing: " << l << "\n" << text;
      }
      if (StartsWith(l, "- ")) {
        EXPECT_EQ(text.find(l.substr(2)), std::string::npos) << "kept: " << l << "\n" << text;
      }
      if (StartsWith(l, "order:")) {
        size_t at = 0;
        for (auto part : Split(std::string_view(l).substr(6), '|')) {
          std::string p(Trim(part));
          size_t found = text.find(p, at);
          EXPECT_NE(found, std::string::npos) << "missing or out of order: " << p << "\n" << text;
          if (found != std::string::npos) at = found + p.size();
        }
      }
    }
    bool has = false;
    std::string title = Field(c.expect, "title", &has);
    if (has) {
      EXPECT_EQ(a->title, title);
    }
    std::string published = Field(c.expect, "published", &has);
    if (has) {
      EXPECT_EQ(a->published, published);
    }
    std::string byline = Field(c.expect, "byline", &has);
    if (has) {
      EXPECT_EQ(a->byline, byline);
    }
    std::string language = Field(c.expect, "language", &has);
    if (has) {
      EXPECT_EQ(a->language, language);
    }
    // The offset map: ASCII words of the text are the same bytes in the input.
    for (const auto& r : a->offsets.runs()) {
      std::string_view piece = std::string_view(text).substr(r.clean, r.len);
      bool ascii_word = true;
      for (char ch : piece) ascii_word = ascii_word && static_cast<unsigned char>(ch) < 0x80 && ch != ' ';
      if (!ascii_word || piece == "&") continue;
      ASSERT_LE(r.source + r.len, c.html.size());
      EXPECT_EQ(std::string_view(c.html).substr(r.source, r.len), piece) << "run at " << r.clean;
    }
  }
}

}  // namespace
}  // namespace entente
