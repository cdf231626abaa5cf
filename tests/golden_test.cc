// Golden tests as data files: tests/golden/*.test, one file per feature.
//
//   == case name
//   published: 2024-03-23            (optional)
//   text: one or more lines of article text
//   expect: PRK CHN 04 2024-03 asserted   (source, target or -, CAMEO code prefix, [date prefix], [factuality])
//   expect: none                     (no event at all)
//   reject: CHN PRK [CODE]           (no event with this dyad, any code or this code prefix)
//
// Actor codes of 3 letters compare on the country part; longer codes compare exactly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/text.h"
#include "test_util.h"

namespace entente {
namespace {

struct Expectation {
  std::string source, target, code, date, factuality;
  bool reject = false;
};

struct Case {
  std::string file, name, published, text;
  size_t line = 0;
  std::vector<Expectation> expects;
  bool expect_none = false;
};

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::string dir = testing::SourceDir() + "/tests/golden";
  std::vector<std::string> files;
  for (auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".test") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    size_t lineno = 0;
    bool in_text = false;
    while (std::getline(in, line)) {
      ++lineno;
      if (StartsWith(line, "== ")) {
        cases.push_back({std::filesystem::path(f).filename().string(), line.substr(3), "", "", lineno, {}, false});
        in_text = false;
        continue;
      }
      if (cases.empty() || (line.empty() && !in_text) || StartsWith(line, "#")) continue;
      Case& c = cases.back();
      if (StartsWith(line, "published:")) {
        c.published = std::string(Trim(line.substr(10)));
        in_text = false;
      } else if (StartsWith(line, "text:")) {
        c.text = std::string(Trim(line.substr(5)));
        in_text = true;
      } else if (StartsWith(line, "expect:") || StartsWith(line, "reject:")) {
        in_text = false;
        bool reject = line[0] == 'r';
        std::istringstream fields(line.substr(7));
        Expectation e;
        e.reject = reject;
        fields >> e.source >> e.target >> e.code >> e.date >> e.factuality;
        if (e.source == "none") c.expect_none = true;
        else c.expects.push_back(e);
      } else if (in_text) {
        c.text += "\n" + line;
      }
    }
  }
  return cases;
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.file << ":" << c.line << " " << c.name; }

bool CodeMatches(const std::string& want, const std::string& got) {
  if (want == "-") return got.empty();
  if (want.size() == 3) return got.compare(0, 3, want) == 0;
  return want == got;
}

std::string Describe(const Event& e) {
  return e.source.code + " -> " + (e.target ? e.target->code : "-") + " " + e.code + " " + e.date.ToString() + " " +
         e.factuality;
}

class Golden : public ::testing::TestWithParam<Case> {};

TEST_P(Golden, Events) {
  const Case& c = GetParam();
  auto a = testing::ShippedPipeline().Process(testing::TextDoc(c.text, c.published, "golden"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  std::string produced;
  for (const Event& e : a->events) produced += "  " + Describe(e) + "\n";
  if (c.expect_none) EXPECT_TRUE(a->events.empty()) << c.file << ":" << c.line << " produced:\n" << produced;
  for (const Expectation& x : c.expects) {
    bool found = false;
    for (const Event& e : a->events) {
      bool dyad = CodeMatches(x.source, e.source.code) &&
                  (x.target == "-" ? !e.target : e.target && CodeMatches(x.target, e.target->code));
      if (!dyad) continue;
      if (x.reject) {
        if (x.code.empty() || StartsWith(e.code, x.code)) found = true;
        if (found) break;
        continue;
      }
      if (!StartsWith(e.code, x.code)) continue;
      if (!x.date.empty() && x.date != "*" && !StartsWith(e.date.ToString(), x.date)) continue;
      if (!x.factuality.empty() && x.factuality != e.factuality) continue;
      found = true;
    }
    if (x.reject)
      EXPECT_FALSE(found) << c.file << ":" << c.line << " [" << c.name << "] unexpected " << x.source << " -> "
                          << x.target << "; produced:\n" << produced;
    else
      EXPECT_TRUE(found) << c.file << ":" << c.line << " [" << c.name << "] missing " << x.source << " -> " << x.target
                         << " " << x.code << " " << x.date << " " << x.factuality << "; produced:\n" << produced;
  }
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string n = info.param.file.substr(0, info.param.file.find('.')) + "_" + std::to_string(info.param.line);
  for (char& ch : n)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, ::testing::ValuesIn(LoadCases()), CaseName);

}  // namespace
}  // namespace entente
