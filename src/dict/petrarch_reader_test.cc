#include "dict/petrarch_reader.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "dict/dict_formats.h"
#include "dict/validation_records.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {
namespace {

int Day(const char* iso) { return ToDays(*ParseIsoDate(iso)); }

std::string Code(const ActorDictionary& d, const std::string& text, const char* date = nullptr) {
  std::vector<uint32_t> ids;
  for (const auto& t : NormTokens(text)) ids.push_back(d.TokenId(t));
  NameMatch m = d.LongestMatch(ids, 0);
  if (!m.length || m.length != ids.size()) return "";
  return d.Resolve(*m.entries, date ? Day(date) : INT_MIN, nullptr);
}

const Lemmatizer& Lemmas() { return testing::ShippedDictionaries().lemmatizer; }

TEST(PetrarchActors, RootsSynonymsAndDatedLines) {
  DictContent c;
  std::vector<std::string> diags;
  ReadPetrarchActors("<!-- header -->\n# comment\n"
                     "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+ISLAMIC_REPUBLIC_OF_AFGHANISTAN\n\n"
                     "KIM_JONG_IL_  # CountryInfo.txt\n\t[PRKGOV >041201]\n"
                     "SECRETARY-GENERAL_BAN_KI-MOON\n+BAN_KI-MOON\n\t[IGOUNO >20070101]\n"
                     "\t[KORGOVBUS 2004017-20061201]\n"
                     "U.N._\n\n"
                     "PALESTINIAN [pse]\n",
                     "p.actors.txt", &c, &diags);
  ActorDictionary a, agents;
  VerbDictionary v;
  DiscardList d;
  InstallContent(c, &a, &agents, &v, &d, &diags);
  a.Finish();
  EXPECT_EQ(Code(a, "Afghan"), "AFG");
  EXPECT_EQ(Code(a, "Afghans"), "");  // whole words: PETRARCH does not stem
  EXPECT_EQ(Code(a, "Islamic Republic of Afghanistan"), "AFG");
  EXPECT_EQ(Code(a, "Kim Jong Il", "2005-01-01"), "PRKGOV");
  EXPECT_EQ(Code(a, "Ban Ki-moon", "2010-01-01"), "IGOUNO");
  EXPECT_EQ(Code(a, "Palestinian"), "PSE");
  ASSERT_EQ(diags.size(), 2u);  // the 7-digit date; U.N. without a code
  EXPECT_NE(diags[0].find("p.actors.txt:12"), std::string::npos);
  EXPECT_NE(diags[1].find("p.actors.txt:13"), std::string::npos);
}

TEST(PetrarchAgents, SubstitutionSetsAndPlurals) {
  DictContent c;
  std::vector<std::string> diags;
  ReadPetrarchAgents("!PERSON! = MAN, WOMAN\n"
                     "CONGRESS!PERSON! [~LEG]\n"
                     "CONGRESS [~LEG]\n"
                     "PARLIAMENTARY_OPPOSITION {} [~OPP]\n"
                     "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
                     "HUMAN_RIGHTS_BODY  [NGO~]\n"
                     "NO_CODE_HERE\n",
                     "a.txt", &c, &diags);
  std::vector<std::string> names;
  for (const auto& n : c.agents) names.push_back(n.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Congressman", "Congresswoman", "Congress", "Congresses",
                                             "Parliamentary Opposition", "Attorney General", "Attorneys General",
                                             "Human Rights Body", "Human Rights Bodies"}));
  EXPECT_TRUE(c.agents.back().entry.agent_prefix);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("a.txt:7"), std::string::npos);
}

TEST(PetrarchVerbs, BlocksPhraseStructureAndSynsets) {
  DictContent c;
  std::vector<std::string> diags;
  ReadPetrarchVerbs("&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n\n"
                    "&AUXVERB3_\n+HAVE\n+HAS\n\n"
                    "####### VERB PATTERNS #######\n"
                    "---  ACCELERATE   [---]  ---\n"
                    "ACCELERATE\n"
                    "HURRY {HURRIES HURRYING HURRIED }\n"
                    "+CORDON_OFF [042]\n"
                    "- * (TO)                        [042:043]     # RUSH\n"
                    "- * POLICE (TO BORDER)          [153]\n"
                    "- * &CURRENCY                   [070]\n"
                    "- * &UNDEFINED                  [070]\n"
                    "~ a (a b ATTACK) SAY = a b 015\n",
                    "v.txt", Lemmas(), &c, &diags);
  std::vector<std::string> got;
  for (const auto& p : c.patterns) got.push_back(FormatPattern(p).substr(FormatPattern(p).find('=') + 2));
  ASSERT_GE(got.size(), 10u);
  EXPECT_EQ(got[0], "accelerate");  // the block's code is "---": a null pattern
  EXPECT_TRUE(c.patterns[0].null_event);
  EXPECT_EQ(got[2], "cordon_off * +");  // its own code
  EXPECT_EQ(c.patterns[2].code, "042");
  EXPECT_EQ(got[3], "(accelerate|hurry) * to * +");
  EXPECT_EQ(c.patterns[3].paired_code, "043");
  EXPECT_EQ(got[4], "cordon_off * to * +");
  EXPECT_EQ(got[5], "(accelerate|hurry) * police * to * border * +");
  EXPECT_EQ(got[7], "(accelerate|hurry) * dollar * +");
  EXPECT_EQ(got[8], "(accelerate|hurry) * swiss_franc * +");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("undefined synset &UNDEFINED"), std::string::npos);
  EXPECT_EQ(c.stats.skipped["verb transformation (not supported)"], 1u);
}

TEST(PetrarchDiscards, StoryAndSentence) {
  DictContent c;
  ReadPetrarchDiscards("# comment\n+World Golf Championships   # pas\nBASEBALL\nMONTHS LATER_\n", "d.txt", &c, nullptr);
  ASSERT_EQ(c.discards.size(), 3u);
  EXPECT_TRUE(c.discards[0].story);
  EXPECT_FALSE(c.discards[1].story);
  EXPECT_TRUE(c.discards[1].stem.back());
  EXPECT_FALSE(c.discards[2].stem.back());
  DiscardList list;
  for (const auto& d : c.discards) list.Add(d);
  std::vector<Sentence> s = Segment("He played baseballs and then, months later, left.", nullptr);
  ASSERT_FALSE(s.empty());
  const DiscardEntry* hit = list.Match(s[0].tokens, INT_MIN);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->phrase, "BASEBALL");
}

TEST(ValidationRecords, Tabari) {
  std::vector<std::string> diags;
  ValidationSuite s = ReadTabariRecords(
      "# comment\n\n"
      "950101  DEMO-01\nArnor is about to restore full diplomatic ties with Gondor.\n"
      "/*\\n------\n\\n[Simple coding]\n\\n{ ARN / GON / 064 } */\n\n"
      "950113  DEMO-13\nArnor on Thursday signed a protocol with Dagolath./*\n\\n{ ARN / DAG / 085 } 950113 */\n"
      "950101  TIME-Modify\nChanging options.\n/*\\n{ OPTION: SET: TIME SHIFT = FALSE } \n\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n"
      "950101  DEMO-05\nText.\n/*\\n-{ARN / GON / 064  } */\n"
      "950101  DISC-01\nText.\n/*\\n{###} */\n"
      "9501201  ACTORSYN-01\nGollum is here.\n/*\\n{ HOB / GON / 064 } */\n"
      "000101  FINAL-01\nend of the standard validation records\n/*\\n{+++} */\n"
      "000101  EXTRA-01\nMore.\n/*\\n{ A / B / 010 } */\n",
      "V.text", &diags);
  ASSERT_EQ(s.records.size(), 8u);
  EXPECT_EQ(s.records[0].events.size(), 1u);
  EXPECT_EQ(s.records[0].events[0].ToString(), "ARN/GON/064");
  EXPECT_EQ(s.records[0].date, "1995-01-01");
  EXPECT_EQ(s.records[0].id_field, "  DEMO-01");  // for FORWARD's template
  EXPECT_EQ(s.records[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
  EXPECT_EQ(s.records[1].text, "Arnor on Thursday signed a protocol with Dagolath.");
  EXPECT_EQ(s.records[2].expect, ValidationRecord::Expect::kOption);
  // Every command in order, also one whose '}' is missing.
  EXPECT_EQ(s.records[2].options, (std::vector<std::string>{"SET: TIME SHIFT = FALSE", "SET: MINIMUM WORDS = 4"}));
  EXPECT_EQ(s.records[3].expect, ValidationRecord::Expect::kUnchecked);
  EXPECT_EQ(s.records[4].expect, ValidationRecord::Expect::kNone);
  EXPECT_EQ(s.records[5].date, "1995-01-20");
  EXPECT_FALSE(s.records[6].scored);
  EXPECT_FALSE(s.records[7].scored);
  EXPECT_TRUE(s.records[5].scored);
}

TEST(ValidationRecords, Petrarch) {
  std::vector<std::string> diags;
  ValidationSuite s = ReadPetrarchRecords(
      "<Validation>\n<!-- header with <Sentence ... evaluate=\"false\"> inside <!-- ... --> and more -->\n"
      "<Environment>\n<Verbfile>V.txt</Verbfile>\n<Actorfile>A.txt</Actorfile>\n"
      "<Include>DEMO ACTOR</Include>\n</Environment>\n<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>\nArnor is about to restore\nties with Gondor.\n</Text>\n<Parse>(ROOT (S))</Parse>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">\n"
      "<EventCoding noevents = \"True\"></EventCoding>\n<Text>Nothing.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"P-01\" category=\"PARSING\">\n"
      "<EventCoding error=\"dateline\"></EventCoding>\n<Text>X.</Text>\n</Sentence>\n"
      "<Sentence category=\"ACTOR\" date=\"19950101\" id=\"A-01\" evaluate=\"false\">\n"
      "<EventCoding eventcode=\"050\" sourcecode=\"~EDU\" targetcode=\"GON\" />\n<Text>Y.</Text>\n"
      "<PLEvent {\"event\": \"050\"}>\n</Sentence>\n</Sentences>\n</Validation>\n",
      "/d/R.xml", &diags);
  ASSERT_EQ(s.dictionary_files.size(), 2u);
  EXPECT_EQ(s.dictionary_files[0], "/d/A.txt");
  ASSERT_EQ(s.records.size(), 4u);
  EXPECT_EQ(s.records[0].text, "Arnor is about to restore ties with Gondor.");
  EXPECT_EQ(s.records[0].events[0].ToString(), "ARN/GON/064");
  EXPECT_EQ(s.records[1].expect, ValidationRecord::Expect::kNone);
  EXPECT_FALSE(s.records[2].scored);  // PARSING is not in <Include>
  EXPECT_EQ(s.records[2].note, "error=dateline");
  EXPECT_FALSE(s.records[3].scored);
  EXPECT_EQ(s.records[3].events[0].source, "---EDU");
}

}  // namespace
}  // namespace entente
