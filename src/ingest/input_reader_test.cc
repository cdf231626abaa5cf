#include "ingest/input_reader.h"

#include <gtest/gtest.h>

namespace entente {

TEST(DetectKind, HtmlByContent) {
  EXPECT_EQ(DetectKind("<!DOCTYPE html><html><body><p>x</p></body></html>"), Document::Kind::kHtml);
  EXPECT_EQ(DetectKind("  <html lang=en>"), Document::Kind::kHtml);
  EXPECT_EQ(DetectKind("Text with a stray <strong></strong> tag.\nMore text."), Document::Kind::kText);
  EXPECT_EQ(DetectKind("<div><p>a</p><p>b</p><br></div>"), Document::Kind::kHtml);
}

TEST(CheckText, RejectsBinaryEmptyAndInvalidUtf8WithLocation) {
  EXPECT_TRUE(CheckText("North Korea met China.", "a.txt").ok());
  Status empty = CheckText("  \n ", "empty.txt");
  EXPECT_FALSE(empty.ok());
  EXPECT_NE(empty.message().find("empty.txt"), std::string::npos);
  Status binary = CheckText(std::string("PK\x03\x04\0\0", 6), "x.zip");
  EXPECT_FALSE(binary.ok());
  EXPECT_NE(binary.message().find("binary"), std::string::npos);
  Status bad = CheckText("line one\nline \xFF two", "bad.txt");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("bad.txt:2"), std::string::npos);
}

TEST(Jsonl, ParsesFieldsAndReportsErrors) {
  auto d = ParseJsonlLine(R"({"id":"a1","published":"2024-03-23","title":"T","text":"Kim met Xi."})", "f.jsonl:1");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->id, "a1");
  EXPECT_EQ(d->published, "2024-03-23");
  EXPECT_EQ(d->kind, Document::Kind::kText);
  auto h = ParseJsonlLine(R"({"id":7,"html":"<p>x</p>"})", "f.jsonl:2");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->id, "7");
  EXPECT_EQ(h->kind, Document::Kind::kHtml);

  auto broken = ParseJsonlLine(R"({"id":"a1", "text": )", "f.jsonl:3");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("f.jsonl:3"), std::string::npos);
  EXPECT_FALSE(ParseJsonlLine(R"({"text":"no id"})", "f.jsonl:4").ok());
  EXPECT_FALSE(ParseJsonlLine(R"({"id":"x"})", "f.jsonl:5").ok());
  EXPECT_FALSE(ParseJsonlLine(R"({"id":"x","text":"t","published":"yesterday"})", "f.jsonl:6").ok());
}

TEST(DocId, FileNameWithoutExtension) {
  EXPECT_EQ(DocIdFromPath("/a/b/000_a8d151df796258ff.txt"), "000_a8d151df796258ff");
  EXPECT_EQ(DocIdFromPath("page.html.gz"), "page");
}

}  // namespace entente
