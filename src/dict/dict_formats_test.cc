#include "dict/dict_formats.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dict/dictionaries.h"
#include "dict/tabari_reader.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {
namespace {

const Lemmatizer& Lemmas() { return testing::ShippedDictionaries().lemmatizer; }

TEST(DictFormats, Detection) {
  EXPECT_EQ(DetectDictFormat("x/TABARI.Demo.actors", ""), DictFormat::kTabariActors);
  EXPECT_EQ(DetectDictFormat("x/V.project", ""), DictFormat::kTabariProject);
  EXPECT_EQ(DetectDictFormat("CAMEO.2.0.txt", "# c\n&AUX_\n+HAVE\n"), DictFormat::kPetrarchVerbs);
  EXPECT_EQ(DetectDictFormat("PETR.Validate.verbs.txt", "--- ABANDON [345] ---\nABANDON\n"), DictFormat::kPetrarchVerbs);
  EXPECT_EQ(DetectDictFormat("Phoenix.agents.txt", "AMBASSADOR [~GOV]\n"), DictFormat::kPetrarchAgents);
  EXPECT_EQ(DetectDictFormat("Phoenix.discards.txt", "BASEBALL\n"), DictFormat::kPetrarchDiscards);
  EXPECT_EQ(DetectDictFormat("Phoenix.Countries.actors.txt", "AFGHANISTAN_ [AFG]\n"), DictFormat::kPetrarchActors);
  EXPECT_EQ(DetectDictFormat("countries.txt", "@kind country\nPRK = North Korea\n"), DictFormat::kEntenteActors);
  EXPECT_EQ(DetectDictFormat("04_consult.txt", "# x\n042 = visit +\n"), DictFormat::kEntenteVerbs);
  DictFormat f;
  std::string path;
  SplitDictSpec("tabari-verbs:/a/b.txt", &f, &path);
  EXPECT_EQ(f, DictFormat::kTabariVerbs);
  EXPECT_EQ(path, "/a/b.txt");
}

// TABARI -> entente text -> entente loader gives the same entries and patterns.
TEST(DictFormats, EntenteRoundTrip) {
  DictContent c;
  std::vector<std::string> diags;
  c.path = "demo.actors";
  c.format = DictFormat::kTabariActors;
  ReadTabariActors("ARGENTIN  [ARG]\nU.S.  [USA]\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n"
                   "NASGUL  [###]\n",
                   "demo.actors", false, &c, &diags);
  ReadTabariActors("HUMAN_RIGHTS_BODY_   [  NGO~]\n", "v.agents", true, &c, &diags);
  ASSERT_TRUE(diags.empty());
  std::string text = WriteEntenteActors(c);
  std::vector<NamedEntry> back;
  std::vector<DiscardEntry> discards;
  std::vector<std::string> d2;
  ASSERT_TRUE(ActorDictionary::Parse(
                  text, "out.txt", &d2, [&](const std::string& n, ActorEntry e) { back.push_back({n, e}); }, &discards)
                  .ok());
  EXPECT_TRUE(d2.empty()) << d2[0] << "\n" << text;
  ASSERT_EQ(back.size(), c.actors.size() + c.agents.size()) << text;
  // Same (name, code, dates, acronym) entries; the writer groups them by code.
  auto key = [](const NamedEntry& n) {
    return n.name + "|" + n.entry.code + "|" + std::to_string(n.entry.from) + "|" + std::to_string(n.entry.to) + "|" +
           std::to_string(n.entry.acronym) + "|" + ActorKindName(n.entry.kind);
  };
  std::vector<std::string> want, got;
  for (const auto& n : c.actors) want.push_back(key(n));
  for (const auto& n : c.agents) want.push_back(key(n));
  for (const auto& n : back) got.push_back(key(n));
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want) << text;
  EXPECT_TRUE(back.back().entry.agent_prefix);
  EXPECT_EQ(back.back().entry.kind, ActorKind::kAgent);
  ASSERT_EQ(discards.size(), 1u);
  EXPECT_EQ(discards[0].tokens, std::vector<std::string>{"nasgul"});

  DictContent v;
  v.path = "demo.verbs";
  ReadTabariVerbs("ABANDON  [345]\n- SAID + MUST * POLICY  [100]\n- * CREW_SHIP  [---]\n- % HAVE *  [191]\n"
                  "ARRIVE  [032:033]\n- * *_TO_HISTOR  [###]\n",
                  "demo.verbs", Lemmas(), &v, &diags);
  std::string vt = WriteEntenteVerbs(v);
  VerbDictionary loaded;
  std::vector<std::string> d3;
  ASSERT_TRUE(loaded.LoadText(vt, "out.txt", Lemmas(), &d3).ok());
  EXPECT_TRUE(d3.empty()) << d3[0] << "\n" << vt;
  ASSERT_EQ(loaded.size(), v.patterns.size()) << vt;
  for (size_t i = 0; i < v.patterns.size(); ++i)
    EXPECT_EQ(FormatPattern(loaded.pattern(static_cast<uint32_t>(i))), FormatPattern(v.patterns[i]));
}

TEST(DictFormats, TabariAndPetrarchWriters) {
  DictContent c;
  std::vector<std::string> diags;
  c.path = "in.txt";
  ReadTabariActors("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\nARNOR_  [ARN]\n", "a.actors", false,
                   &c, &diags);
  EXPECT_EQ(WriteTabariActors(c, false).substr(WriteTabariActors(c, false).find('\n') + 1),
            "GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\nARNOR_  [ARN]\n");
  EXPECT_EQ(WritePetrarchActors(c).substr(WritePetrarchActors(c).find('\n') + 1),
            "GOLLUM_\n+SMEAGOL_\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\nARNOR_  [ARN]\n");
}

TEST(DictFormats, EntenteFormatExtensions) {
  ActorDictionary a;
  std::vector<std::string> diags;
  ASSERT_TRUE(a.LoadText("@kind country\nARG = Argentin*\n@kind agent\nNGO~ = human rights body\n"
                         "@kind discard\nSENTENCE = world cup | baseball*\nSTORY 2001-01-01.. = academy award\n",
                         "x.txt", &diags)
                  .ok());
  EXPECT_TRUE(diags.empty()) << diags[0];
  a.Finish();
  std::vector<uint32_t> ids = {a.TokenId("argentinian")};
  NameMatch m = a.LongestMatch(ids, 0);
  ASSERT_EQ(m.length, 1u);
  EXPECT_EQ(a.entry(m.entries->front()).code, "ARG");
  EXPECT_EQ(a.discards().size(), 3u);
  EXPECT_TRUE(a.discards()[1].stem[0]);
  EXPECT_TRUE(a.discards()[2].story);

  VerbDictionary v;
  ASSERT_TRUE(v.LoadText("042:043 = arrive * in +\n--- [null] = sign * memo\n### = according_to * poll\n"
                         "100 = said * + * must * @abandon * policy\n111 = critici* +\n032:033 = =left * for * +\n",
                         "v.txt", Lemmas(), &diags)
                  .ok());
  EXPECT_TRUE(diags.empty()) << diags[0];
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v.pattern(5).elems[0].forms, std::vector<std::string>{"left"});
  EXPECT_EQ(v.pattern(5).elems[0].words, std::vector<std::string>{"leave"});
  EXPECT_EQ(v.pattern(0).paired_code, "043");
  EXPECT_TRUE(v.pattern(1).null_event);
  EXPECT_EQ(v.pattern(2).special, '#');
  EXPECT_TRUE(v.pattern(2).elems[1].adjacent);
  EXPECT_EQ(v.pattern(3).anchor, 6u);
  EXPECT_EQ(v.pattern(4).elems[0].stems, std::vector<std::string>{"critici"});
  v.Finish();
  EXPECT_EQ(v.ByAnchor("sign"), nullptr);  // null patterns are kept out of ByAnchor
  ASSERT_NE(v.ByAnchorWithNull("sign"), nullptr);
  EXPECT_EQ(v.ByStemAnchor("criticizes").size(), 1u);
}

TEST(DictFormats, DictionariesLoadExtraFilesOnly) {
  DictionaryOptions o;
  o.dir = testing::SourceDir() + "/dictionaries";
  o.builtin = false;
  std::string dir = ::testing::TempDir();
  std::string file = dir + "/mini.actors";
  FILE* f = std::fopen(file.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("ARNOR  [ARN]\nNASGUL  [###]\n", f);
  std::fclose(f);
  o.extra_files = {file};
  auto d = Dictionaries::Load(o);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ((*d)->actors.size(), 1u);
  EXPECT_EQ((*d)->verbs.size(), 0u);
  EXPECT_EQ((*d)->discards.size(), 1u);
  EXPECT_GT((*d)->cameo.size(), 200u);
  ASSERT_EQ((*d)->reports.size(), 1u);
  EXPECT_EQ((*d)->reports[0].format, DictFormat::kTabariActors);
  o.extra_files = {dir + "/missing.actors"};
  EXPECT_FALSE(Dictionaries::Load(o).ok());
}

}  // namespace
}  // namespace entente
