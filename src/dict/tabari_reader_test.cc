#include "dict/tabari_reader.h"

#include <gtest/gtest.h>

#include <climits>

#include "common/date.h"
#include "dict/dict_formats.h"
#include "dict/field_options.h"
#include "entente/analysis.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace entente {
namespace {

int Day(const char* iso) { return ToDays(*ParseIsoDate(iso)); }

// The code the dictionary gives `text` on `date` ("" = no match of the whole text).
std::string Code(const ActorDictionary& d, const std::string& text, const char* date = nullptr) {
  std::vector<uint32_t> ids;
  for (const auto& t : NormTokens(text)) ids.push_back(d.TokenId(t));
  NameMatch m = d.LongestMatch(ids, 0);
  if (!m.length || m.length != ids.size()) return "";
  return d.Resolve(*m.entries, date ? Day(date) : INT_MIN, nullptr);
}

const Lemmatizer& Lemmas() { return testing::ShippedDictionaries().lemmatizer; }

TEST(TabariActors, StemsSynonymsAndDateRestrictions) {
  DictContent c;
  std::vector<std::string> diags;
  ReadTabariActors("<NOUN>\nBEES\n</NOUN>\n"
                   "ARGENTIN  [ARG] ;JW 10/17/91\n"
                   "ESTONIA_  [EST]\n"
                   "GOLLUM  ; pas 27 Apr 03\n"
                   "+SMEAGOL\n"
                   "\t[HOB < 950601]\n"
                   "\t[HOBGOV 950601 - 990815]\n"
                   "\t[HOBREB > 990816]\n"
                   "AXNOR  [AR1 <911226] [AR2]\n"
                   "NASGUL  [###]\n"
                   "ENT  [### <890101] [ENT]\n"
                   "ONODOHER  [ONO <911226] [###]\n"
                   "#ALBRIGHZ  [991201-010114] [---]\n"
                   "ALBRIGHY  [ 991201-010114] [---]\n"
                   "AAA  [AAA950601-990815]\n"
                   "~~FINISH 16:47 CDT Thu 05 May 2005\n",
                   "demo.actors", false, &c, &diags);
  ActorDictionary a, agents;
  VerbDictionary v;
  DiscardList discards;
  InstallContent(c, &a, &agents, &v, &discards, &diags);
  a.Finish();
  EXPECT_TRUE(a.IsParserWord("bees"));  // <NOUN> words are kept as parser hints
  EXPECT_EQ(Code(a, "Bees"), "");
  EXPECT_EQ(Code(a, "Argentina"), "ARG");  // a stem
  EXPECT_EQ(Code(a, "Argentine"), "ARG");
  EXPECT_EQ(Code(a, "Estonian"), "");  // "ESTONIA_": a whole word
  EXPECT_EQ(Code(a, "Estonia"), "EST");
  EXPECT_EQ(Code(a, "Smeagol", "1995-01-01"), "HOB");
  EXPECT_EQ(Code(a, "Gollum", "1995-06-01"), "HOBGOV");
  EXPECT_EQ(Code(a, "Gollum", "1999-08-15"), "HOBGOV");  // both days of a range included
  EXPECT_EQ(Code(a, "Gollum", "2001-01-01"), "HOBREB");
  EXPECT_EQ(Code(a, "Axnor", "1991-01-01"), "AR1");
  EXPECT_EQ(Code(a, "Axnor", "1995-01-01"), "AR2");
  EXPECT_EQ(Code(a, "Ent", "1995-01-01"), "ENT");
  EXPECT_EQ(Code(a, "Bees"), "");  // <NOUN> lists are parser hints
  // Discards: NASGUL always, ENT before 1989, ONODOHER where its dated code does not hold
  // (an undated code is the default outside the dated ranges).
  ASSERT_EQ(discards.size(), 3u);
  EXPECT_EQ(discards.entry(1).to, Day("1989-01-01"));
  EXPECT_EQ(discards.entry(2).from, Day("1991-12-26"));
  EXPECT_EQ(discards.entry(2).to, INT_MAX);
  EXPECT_EQ(Code(a, "Onodoher", "1991-01-01"), "ONO");
  // Bad code groups: file:line diagnostics, the rest loads.
  ASSERT_EQ(diags.size(), 3u);  // ALBRIGHY's date without a code, AAA's glued date, AAA left without a code
  EXPECT_NE(diags[0].find("demo.actors:16"), std::string::npos);
  EXPECT_NE(diags[0].find("without a code"), std::string::npos);
  EXPECT_EQ(c.stats.skipped["word of a <NOUN> list (a parser hint, not an actor)"], 1u);
}

TEST(TabariActors, NamesOfSeveralWordsHaveAPlural) {
  DictContent c;
  std::vector<std::string> diags;
  ReadTabariActors("ITHILEN_GOVERNMENT_RADIO_  [ITHRAD]\nESTONIA_  [EST]\nGONDOR_RADIO=  [GONRAD]\n", "demo.actors",
                   false, &c, &diags);
  ActorDictionary d, agents;
  VerbDictionary v;
  DiscardList discards;
  InstallContent(c, &d, &agents, &v, &discards, &diags);
  d.Finish();
  EXPECT_EQ(Code(d, "Ithilen government radio"), "ITHRAD");
  EXPECT_EQ(Code(d, "Ithilen government radios"), "ITHRAD");  // the last word's regular plural
  EXPECT_EQ(Code(d, "Estonias"), "");                          // one word: no plural added
  EXPECT_EQ(Code(d, "Gondor radios"), "");                     // '=': no endings
}

TEST(TabariActors, AgentsAppendOrPrefixTheirRoleAndHavePlurals) {
  DictContent c;
  std::vector<std::string> diags;
  ReadTabariActors("AMBASSADOR_  [ ~GOV] ;LRP\nHUMAN_RIGHTS_BODY_   [  NGO~]\nPOLICE  [~COP]\n", "v.agents", true, &c,
                   &diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(c.agents.size(), 5u);  // ambassador(s), human rights body/bodies, police*
  EXPECT_EQ(c.agents[0].entry.code, "GOV");
  EXPECT_EQ(c.agents[0].entry.kind, ActorKind::kAgent);
  EXPECT_EQ(c.agents[1].name, "Ambassadors");
  EXPECT_TRUE(c.agents[2].entry.agent_prefix);
  EXPECT_EQ(c.agents[2].entry.code, "NGO");
  EXPECT_EQ(c.agents[3].name, "Human Rights Bodies");
  EXPECT_EQ(c.agents[4].name, "Police*");
}

TEST(TabariVerbs, PatternsBecomeEntentePatterns) {
  DictContent c;
  std::vector<std::string> diags;
  ReadTabariVerbs("<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n</SYNSETS>\n"
                  "<TIME>\nLAST_WEEK [-7]\n</TIME>\n"
                  "ABANDON  [345] ;pas\n"
                  "- * &TIETYPES TIES [902]\n"
                  "- SAID + MUST * POLICY  [100]\n"
                  "- * CREW_SHIP  [---]\n"
                  "- * FOR { ECONOMIC_SANCTIONS | EMBARGO }  [172]\n"
                  "- % HAVE POSTPONED *  [191]\n"
                  "- + * BY_ $  [181]\n"
                  "- * THE WOGS  [abc]\n"
                  "ARRIVE  [032:033]\n"
                  "ACT_ [100]\n"
                  "{ ACTING_ ACTED_ }\n"
                  "CALLED_ON  [094]\n"
                  "- $ *  [095]\n",
                  "demo.verbs", Lemmas(), &c, &diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("demo.verbs:19"), std::string::npos);  // [abc]
  std::vector<std::string> got;
  for (const auto& p : c.patterns) got.push_back(FormatPattern(p).substr(FormatPattern(p).find('=') + 2));
  ASSERT_EQ(c.patterns.size(), 12u);
  EXPECT_EQ(got[0], "abandon* +");  // a bare verb: entente's own "visit +"
  EXPECT_TRUE(c.patterns[0].implicit_target);
  EXPECT_EQ(got[1], "abandon* * (military*|economic*) * (ties*|tie) * +");
  EXPECT_EQ(got[2], "(said*|say) * + * must* * @abandon* * policy*");
  EXPECT_TRUE(c.patterns[3].null_event);
  EXPECT_EQ(got[3], "abandon* * =crew_ship*");  // a closed word: as written
  EXPECT_EQ(got[4], "abandon* * for* * embargo* * +");             // the single word
  EXPECT_EQ(got[5], "abandon* * for* * =economic_(sanctions*|sanction) * +");  // the phrase
  EXPECT_EQ(got[6], "% * have* * (postponed*|postpone) * @abandon*");
  EXPECT_TRUE(c.patterns[6].reciprocal);
  EXPECT_EQ(got[7], "+ * @abandon* * =by * $");  // "BY_ $": a whole word, then a gap; no implicit target
  EXPECT_EQ(c.patterns[8].code, "032");
  EXPECT_EQ(c.patterns[8].paired_code, "033");
  EXPECT_EQ(got[9], "(act|acten) +");  // ACT_: whole word, forms of act and the regular ending EN
  EXPECT_EQ(got[10], "=called_on* * +");  // CALLED: an inflected form, kept as the only form
  EXPECT_EQ(c.patterns[10].elems[0].words, std::vector<std::string>{"call"});
  EXPECT_EQ(got[11], "$ * @=called_on* * +");
  EXPECT_EQ(c.stats.skipped["<TIME> time-shift phrase (entente dates events itself)"], 1u);
}

TEST(TabariOptionsAndProject, ReadAndReported) {
  DictContent o;
  std::vector<std::string> diags;
  ReadTabariOptions("// comment\nCOMPLEX: VERBS[5]\nLABEL: 010=YIELD\nnonsense\n~~~~\n", "v.options", &o, &diags);
  EXPECT_EQ(o.labels["010"], "YIELD");
  EXPECT_EQ(o.options.size(), 1u);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("v.options:4"), std::string::npos);
  DictContent p;
  ReadTabariProject("Validation file\n<actorsfile> \tA.actors\n<verbsfile> B.verbs\n<textfile> T.text\n"
                    "<session 1> <coder x>\n",
                    "/x/y/V.project", &p, &diags);
  ASSERT_EQ(p.files.size(), 2u);
  EXPECT_EQ(p.files[0], "/x/y/A.actors");
}

TEST(TabariActors, BlanksLetOtherWordsStandBetweenAndNullCodesAreNouns) {
  DictContent c;
  std::vector<std::string> diags;
  ReadTabariActors("PRINCE DOL_AMROTH  [--- <950630] [DOL]\nAL_GORE  [AGR]\nAL GORE  [TEN]\nBOROMIR  [---]\n",
                   "gap.actors", false, &c, &diags);
  ActorDictionary a, agents;
  VerbDictionary v;
  DiscardList discards;
  InstallContent(c, &a, &agents, &v, &discards, &diags);
  a.Finish();
  EXPECT_TRUE(diags.empty());
  // A blank: up to four other words may stand between ("of"), or none.
  EXPECT_EQ(Code(a, "Prince of Dol Amroth", "1999-01-01"), "DOL");
  EXPECT_EQ(Code(a, "Prince Dol Amroth", "1999-01-01"), "DOL");
  EXPECT_EQ(Code(a, "Prince of the old house of Dol Amroth", "1999-01-01"), "");  // five words
  EXPECT_EQ(Code(a, "Prince Dol", "1999-01-01"), "");  // '_': consecutive
  // On a tie the consecutive name wins; the gapped one takes more words.
  EXPECT_EQ(Code(a, "Al Gore"), "AGR");
  EXPECT_EQ(Code(a, "Al \"The Weasel\" Gore"), "TEN");
  // "[---]": a null code, the phrase is a noun (no actor), also where a date selects it.
  EXPECT_EQ(Code(a, "Boromir"), "");
  EXPECT_EQ(Code(a, "Prince of Dol Amroth", "1995-01-01"), "");
  std::vector<uint32_t> ids;
  for (const auto& t : NormTokens("Boromir")) ids.push_back(a.TokenId(t));
  EXPECT_EQ(a.LongestMatch(ids, 0).length, 1u);  // still a dictionary phrase
  // Written back: the blank and the null code.
  std::string tabari = WriteTabariActors(c, false);
  EXPECT_NE(tabari.find("PRINCE DOL_AMROTH"), std::string::npos) << tabari;
  EXPECT_NE(tabari.find("[---"), std::string::npos) << tabari;
}

TEST(TabariVerbsAndActors, EqualsSignMeansNoEndings) {
  DictContent v;
  std::vector<std::string> diags;
  ReadTabariVerbs("BAN=  [191]\nBANISH  [201]\n", "e.verbs", Lemmas(), &v, &diags);
  ASSERT_EQ(v.patterns.size(), 2u);
  const PatternElem& ban = v.patterns[0].elems[v.patterns[0].anchor];
  EXPECT_EQ(ban.forms, std::vector<std::string>{"ban"});  // not "baning", "baned"
  EXPECT_TRUE(ban.stems.empty());
  EXPECT_FALSE(v.patterns[1].elems[v.patterns[1].anchor].stems.empty());  // BANISH: a stem
  DictContent a;
  ReadTabariActors("MOUSE=  [MUS]\nLIBYA_  [LBY]\n", "e.actors", false, &a, &diags);
  ASSERT_EQ(a.actors.size(), 2u);
  EXPECT_TRUE(a.actors[0].entry.no_endings);  // "Mouses" is no plural of it
  EXPECT_FALSE(a.actors[1].entry.no_endings);
  EXPECT_TRUE(diags.empty());
}

TEST(TabariVerbs, TimePhrasesThatDiscard) {
  DictContent v;
  std::vector<std::string> diags;
  ReadTabariVerbs("<TIME>\nLAST_WEEK [-7]\nKAN_WA_MA_KAN [###]\nWHEN_PEACE_COMES [+++]\n</TIME>\nBAN  [191]\n",
                  "t.verbs", Lemmas(), &v, &diags);
  ASSERT_EQ(v.discards.size(), 2u);  // the shift is skipped: entente dates events itself
  EXPECT_EQ(v.discards[0].kind, '#');
  EXPECT_EQ(v.discards[0].tokens, (std::vector<std::string>{"kan", "wa", "ma", "kan"}));
  EXPECT_EQ(v.discards[1].kind, '+');
  EXPECT_EQ(v.discards[1].origin, "t.verbs:4");
}

TEST(TabariOptions, CodingSwitchesAreApplied) {
  DictContent o;
  std::vector<std::string> diags;
  ReadTabariOptions("SET: MINIMUM WORDS = 5\nSET: convert agent = TRUE\n"
                    "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]\nSET: MINIMUM WORDS = many\n"
                    "DEFAULT: SOURCE DEFSRC\nSET: CODE ALL\nSET: ALLCAPS = TRUE\n",
                    "v.options", &o, &diags);
  ASSERT_TRUE(o.has_field_options);
  EXPECT_EQ(o.field_options.min_words, 5);  // the bad line 4 changes nothing
  EXPECT_TRUE(o.field_options.convert_agent);
  EXPECT_EQ(o.field_options.default_source, "DEFSRC");
  EXPECT_EQ(o.field_options.default_target, "DEFTAR");
  EXPECT_TRUE(o.field_options.default_prior);
  EXPECT_FALSE(o.field_options.default_after);
  ASSERT_EQ(diags.size(), 2u);  // lines 4 and 5: file:line diagnostics
  EXPECT_NE(diags[0].find("v.options:4"), std::string::npos);
  EXPECT_NE(diags[1].find("v.options:5"), std::string::npos);
  EXPECT_EQ(o.field_options.code_by, FieldOptions::CodeBy::kAll);
  EXPECT_EQ(o.stats.skipped.count("option SET: read, not applied by entente"), 1u);  // ALLCAPS
  // Without the command, TABARI's own minimum length; DEFAULT: OFF clears the defaults.
  DictContent d;
  ReadTabariOptions("LABEL: 010=YIELD\n", "d.options", &d, &diags);
  EXPECT_EQ(d.field_options.min_words, kTabariMinimumWords);
  EXPECT_TRUE(d.field_options.comma);  // TABARI's default comma-delimited phrases
  EXPECT_EQ(d.field_options.comma_max, 10);
  EXPECT_EQ(d.field_options.comma_bmax, 0);
  FieldOptions f = o.field_options;
  EXPECT_TRUE(f.Apply("DEFAULT: OFF"));
  EXPECT_TRUE(f.default_source.empty() && f.default_target.empty() && !f.default_prior);
  EXPECT_FALSE(f.Apply("SET: ALLCAPS = TRUE"));
}

TEST(TabariOptions, ForwardTemplateNamesTheStory) {
  FieldOptions f;
  EXPECT_EQ(f.StoryOf("  FRWD-001-002"), "");  // off
  ASSERT_TRUE(f.Apply("FORWARD: ^^*****NNN*SSS"));
  EXPECT_EQ(f.forward_template, "^^*****NNN*SSS");
  // Laid over the header after the date, blanks kept: the N positions are the story.
  EXPECT_EQ(f.StoryOf("  FRWD-001-002"), "001");
  EXPECT_EQ(f.StoryOf("  FRWD-001-005"), "001");
  EXPECT_EQ(f.StoryOf("  FRWD-002-001"), "002");
  EXPECT_EQ(f.StoryOf(" DEMO-1"), "");  // too short: no story
  EXPECT_TRUE(f.any() == false);       // the template alone changes no coding
  f.forward_actor = "FOR";
  EXPECT_TRUE(f.any());
  ASSERT_TRUE(f.Apply("FORWARD: ^^*****NNN*SSS OFF"));
  EXPECT_TRUE(f.forward_template.empty() && f.forward_actor.empty());
  ASSERT_TRUE(f.Apply("FORWARD: ^^*****NNN*SSS DOC"));
  EXPECT_FALSE(f.forward_template.empty());
  ASSERT_TRUE(f.Apply("FORWARD: OFF"));
  EXPECT_TRUE(f.forward_template.empty());
  std::string error;
  EXPECT_FALSE(f.Apply("FORWARD: ^^*****SSS", &error));  // no story positions
  EXPECT_FALSE(f.Apply("FORWARD: NNN LATER", &error));
  // The actor forwarded: the actor part of the first actor not named through a pronoun.
  std::vector<Mention> ms(3);
  ms[0].code = "GON", ms[0].pronoun = true;  // "it", itself forwarded
  ms[1].code = "FORGOVPRS";
  ms[2].code = "ITH";
  EXPECT_EQ(ForwardedActor(ms), "FOR");
  ms[1].code = "~MIL";
  EXPECT_EQ(ForwardedActor(ms), "ITH");
  EXPECT_EQ(ForwardedActor({}), "");
}

TEST(CompactDates, TwoAndFourDigitYears) {
  ActorEntry e;
  EXPECT_EQ(ParseRestriction("<950601", &e), "");
  EXPECT_EQ(e.to, Day("1995-06-01"));
  ActorEntry f;
  EXPECT_EQ(ParseRestriction(">20070101", &f), "");
  EXPECT_EQ(f.from, Day("2007-01-01"));
  ActorEntry g;
  EXPECT_EQ(ParseRestriction("030101-030231", &g), "");  // day 31 of February: its last day
  EXPECT_EQ(g.to, Day("2003-03-01"));
  ActorEntry h;
  EXPECT_EQ(ParseRestriction("261225-890107", &h), "");  // 1926-1989, not 2026
  EXPECT_EQ(h.from, Day("1926-12-25"));
  ActorEntry bad;
  EXPECT_NE(ParseRestriction("2004017-20061201", &bad), "");
}

}  // namespace
}  // namespace entente
