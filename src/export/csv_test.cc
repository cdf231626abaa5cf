#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "export/export.h"
#include "export/export_test_util.h"

namespace entente::exports {
namespace {

// A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"') {
      ++i;
      for (;;) {
        if (i >= s.size()) throw std::runtime_error("unterminated quote");
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            i += 2;
          } else {
            ++i;
            break;
          }
        } else {
          field += s[i++];
        }
      }
    }
    while (i < s.size() && s[i] != ',' && s[i] != '\r') {
      if (s[i] == '"' || s[i] == '\n') throw std::runtime_error("bare quote or LF at " + std::to_string(i));
      field += s[i++];
    }
    if (i >= s.size()) throw std::runtime_error("record without CRLF");
    row.push_back(field);
    field.clear();
    if (s[i] == ',') {
      ++i;
    } else {
      if (i + 1 >= s.size() || s[i + 1] != '\n') throw std::runtime_error("CR without LF");
      i += 2;
      rows.push_back(row);
      row.clear();
    }
  }
  return rows;
}

TEST(CsvExport, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(CsvField(" padded "), "\" padded \"");
  EXPECT_EQ(CsvField("tab\tinside"), "tab\tinside");
}

TEST(CsvExport, HeaderAndRowsHaveTheSameColumns) {
  std::ostringstream os;
  WriteCsvHeader(os);
  WriteCsvRow(testing::SampleEvent(), os);
  auto rows = ParseCsv(os.str());
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), CsvColumnNames().size());
  ASSERT_EQ(rows[1].size(), rows[0].size());
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < rows[0].size(); ++i)
      if (rows[0][i] == name) return rows[1][i];
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(col("id"), "42");
  EXPECT_EQ(col("source_actor"), "PRK");
  EXPECT_EQ(col("target_actor"), "CHN");
  EXPECT_EQ(col("code"), "0431");
  EXPECT_EQ(col("goldstein"), "1.9");
  EXPECT_EQ(col("doc_id"), "doc1");  // the first report's evidence
  EXPECT_EQ(col("evidence"), "Kim Jong Un met Xi Jinping");
  EXPECT_EQ(col("sentence"), "2");
}

TEST(CsvExport, CommasQuotesAndNewlinesRoundTrip) {
  StoredEvent e = testing::SampleEvent();
  e.evidence[0].title = "Kim, Xi \"meet\"\nin Beijing";
  e.evidence[0].text = "Line one,\r\nline \"two\".";
  e.source_name = "";
  std::ostringstream os;
  WriteCsvHeader(os);
  WriteCsvRow(e, os);
  WriteCsvRow(e, os);
  auto rows = ParseCsv(os.str());
  ASSERT_EQ(rows.size(), 3u);
  const auto& names = CsvColumnNames();
  for (size_t r = 1; r < 3; ++r) {
    ASSERT_EQ(rows[r].size(), names.size());
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < names.size(); ++i) row[names[i]] = rows[r][i];
    EXPECT_EQ(row.at("title"), "Kim, Xi \"meet\"\nin Beijing");
    EXPECT_EQ(row.at("text"), "Line one,\r\nline \"two\".");
    EXPECT_EQ(row.at("source_name"), "");
    EXPECT_EQ(row.at("source_actor"), "PRK");
  }
}

TEST(CsvExport, EventWithoutEvidenceOrTargetHasEmptyFields) {
  StoredEvent e = testing::SampleEvent();
  e.evidence.clear();
  e.target_actor = e.target_code = e.target_name = "";
  auto f = CsvFields(e);
  ASSERT_EQ(f.size(), CsvColumnNames().size());
  const auto& names = CsvColumnNames();
  std::map<std::string, std::string> row;
  for (size_t i = 0; i < names.size(); ++i) row[names[i]] = f[i];
  for (const char* empty : {"target_actor", "target_code", "target_name", "url", "doc_id", "evidence", "sentence"})
    EXPECT_EQ(row.at(empty), "") << empty;
  EXPECT_EQ(row.at("text"), e.text);  // the fused event's own sentence
  EXPECT_EQ(row.at("source_actor"), "PRK");
}

}  // namespace
}  // namespace entente::exports
