#include "events/event_coder.h"

#include <gtest/gtest.h>

#include "dict/field_options.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "test_util.h"

namespace entente {
namespace {

std::vector<std::string> Code(const std::string& text, const std::string& published = "2024-03-23") {
  auto a = testing::ShippedPipeline().Process(testing::TextDoc(text, published));
  std::vector<std::string> out;
  if (!a.ok()) return out;
  for (const Event& e : a->events)
    out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code + ":" + e.factuality);
  return out;
}

using V = std::vector<std::string>;

TEST(EventCoder, SubjectVerbObject) {
  EXPECT_EQ(Code("Chinese President Xi Jinping met North Korean leader Kim Jong Un."), (V{"CHNGOV>PRKGOV:040:asserted"}));
}

TEST(EventCoder, PrepositionalPhraseIsNotTheSubject) {
  // "in North Korea" is where the embassy is, not who sent the baskets.
  auto e = Code("The Chinese Embassy in North Korea sent floral baskets to the WPK Central Committee.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].substr(0, 13), "CHNGOV>PRKPTY");
}

TEST(EventCoder, ObjectOfAnEarlierVerbIsNotTheSubject) {
  auto e = Code("The delegation of the Workers' Party of Korea left Pyongyang to visit China.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].substr(0, 10), "PRKPTY>CHN");
}

TEST(EventCoder, ReportedSpeechKeepsTheReporter) {
  auto a = testing::ShippedPipeline().Process(
      testing::TextDoc("KCNA reported that Kim Jong Un sent a message to Vladimir Putin.", "2024-03-23"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->events.size(), 1u);
  EXPECT_EQ(a->events[0].source.code, "PRKGOV");
  EXPECT_EQ(a->events[0].reporter, "Korean Central News Agency");
}

TEST(EventCoder, EveryEventCarriesItsScalesAndEvidence) {
  auto a = testing::ShippedPipeline().Process(
      testing::TextDoc("Russia condemned Ukraine on Monday. North Korea threatened to attack South Korea.", "2024-03-23"));
  ASSERT_TRUE(a.ok());
  ASSERT_GE(a->events.size(), 2u);
  for (const Event& e : a->events) {
    EXPECT_EQ(e.root, e.code.substr(0, 2));
    EXPECT_GE(e.quad, 3);
    EXPECT_LT(e.goldstein, 0);
    EXPECT_FALSE(e.plover.empty());
    EXPECT_FALSE(e.pattern.empty());
    EXPECT_LT(e.span_begin, e.span_end);
    std::string evidence = a->article.text.substr(e.span_begin, e.span_end - e.span_begin);
    EXPECT_NE(e.text.find(evidence), std::string::npos);
  }
}

TEST(EventCoder, NoActorsNoEvents) {
  EXPECT_TRUE(Code("The weather was nice and people met at the park.").empty());
  // A noun after a determiner is not a verb: "the attack" does not code an attack.
  for (const std::string& e : Code("Germany condemned the attack and accused Russia of war crimes."))
    EXPECT_NE(e.substr(e.rfind(':', e.size() - 10) - 3, 2), "19") << e;
}

// A pipeline with only these dictionaries, written to a temporary folder: {file name, format
// prefix ("entente-verbs", "tabari-verbs"; "" to tell by the name), text}.
struct DictFile {
  std::string name, format, text;
};
Result<std::unique_ptr<Pipeline>> PipelineWith(const std::string& tag, const std::vector<DictFile>& files) {
  auto dir = std::filesystem::temp_directory_path() / ("entente_coder_" + tag + "_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  PipelineOptions o;
  o.builtin_dictionaries = false;
  for (const DictFile& f : files) {
    std::ofstream(dir / f.name) << f.text;
    o.dictionary_files.push_back((f.format.empty() ? "" : f.format + ":") + (dir / f.name).string());
  }
  auto r = Pipeline::Create(o);
  std::filesystem::remove_all(dir);
  return r;
}

// A pipeline with only a small dictionary (entente's format with the extensions the
// TABARI and PETRARCH readers produce), to test the coder's handling of each.
const Pipeline& SmallPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto r = PipelineWith("test", {{"actors.txt", "entente-actors", "@kind country\nARN = Arnor\nGON = Gondor\nOSG = Osgiliath\n"
                                         "@kind discard\nSENTENCE = football match\n"
                                         "SENTENCE 1991-12-26.. = wizard duel\n"
                                         "STORY = horoscope\n"},
                                   {"verbs.txt", "entente-verbs", "032:033 = visit +\n"                 // paired codes
                                        "111 = criticize +\n"
                                        "--- = criticize + mildly\n"          // a null pattern
                                        "### = joke * about +\n"              // discards the sentence
                                        "020 = voice * +\n"
                                        "043 = raise * @voice * +\n"          // words before the anchor
                                        "042 = welc* +\n"                     // a stem anchor
                                        ":173 = surrender to +\n"             // only the paired event
                                        "345 = abandon +\n"
                                        "064 = restore +\n"}});
    if (!r.ok()) std::abort();
    return std::move(r.value());
  }();
  return *p;
}

// The events a pipeline codes in `text`, as "SOURCE>TARGET:CODE".
V CodeWith(const Pipeline& p, const std::string& text, const std::string& published = "1995-01-01",
           const FieldOptions* options = nullptr) {
  auto a = options ? p.Process(testing::TextDoc(text, published), options) : p.Process(testing::TextDoc(text, published));
  V out;
  if (!a.ok()) return out;
  for (const Event& e : a->events) out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code);
  return out;
}

V CodeSmall(const std::string& text, const std::string& published = "1995-01-01") {
  return CodeWith(SmallPipeline(), text, published);
}

TEST(EventCoderFormats, PairedCodesGiveTheReverseEvent) {
  EXPECT_EQ(CodeSmall("Arnor visited Gondor."), (V{"ARN>GON:032", "GON>ARN:033"}));
  // "[:173]": only the paired event (the target does it to the source).
  EXPECT_EQ(CodeSmall("Arnor surrendered to Gondor."), (V{"GON>ARN:173"}));
}

TEST(EventCoderFormats, NullPatternsCodeNothing) {
  EXPECT_EQ(CodeSmall("Arnor criticized Gondor."), (V{"ARN>GON:111"}));
  EXPECT_EQ(CodeSmall("Arnor criticized Gondor mildly."), V{});
  // "[###]": the whole sentence is dropped, events of its other verbs too.
  EXPECT_EQ(CodeSmall("Arnor joked about Gondor."), V{});
  EXPECT_EQ(CodeSmall("Arnor criticized Gondor and joked about Osgiliath."), V{});
  EXPECT_EQ(CodeSmall("Arnor criticized Gondor and visited Osgiliath."),
            (V{"ARN>GON:111", "ARN>OSG:032", "OSG>ARN:033"}));
}

TEST(EventCoderFormats, WordsBeforeTheAnchor) {
  // "voice" after "its" is a noun for "voice * +", but the pattern naming "raise" before
  // it codes.
  EXPECT_EQ(CodeSmall("Arnor raised its voice for Gondor."), (V{"ARN>GON:043"}));
  EXPECT_EQ(CodeSmall("Arnor will voice concern to Gondor.").size(), 1u);
  EXPECT_EQ(CodeSmall("Arnor will voice concern to Gondor.")[0].substr(0, 7), "ARN>GON");
}

TEST(EventCoderFormats, StemsMatchAnyWordTheyBegin) {
  EXPECT_EQ(CodeSmall("Arnor welcxmed Gondor."), (V{"ARN>GON:042"}));
  EXPECT_EQ(CodeSmall("Arnor welcomes Gondor."), (V{"ARN>GON:042"}));
}

TEST(EventCoderFormats, DiscardPhrasesDropSentencesOrStories) {
  EXPECT_EQ(CodeSmall("Arnor visited Gondor for a football match."), V{});
  EXPECT_EQ(CodeSmall("Arnor visited Gondor for a football match. Arnor criticized Osgiliath."), (V{"ARN>OSG:111"}));
  // Dated: the phrase discards from 1991-12-26 on.
  EXPECT_EQ(CodeSmall("Arnor visited Gondor for a wizard duel.", "1991-01-01").size(), 2u);
  EXPECT_EQ(CodeSmall("Arnor visited Gondor for a wizard duel.", "1995-01-01"), V{});
  EXPECT_EQ(CodeSmall("Arnor criticized Osgiliath. Arnor read a horoscope."), V{});
}

TEST(EventCoderFormats, ComplementsOfACodedVerbAreNotEvents) {
  // "abandoned efforts to visit Gondor": one event, not a visit too.
  EXPECT_EQ(CodeSmall("Arnor abandoned efforts to visit Gondor."), (V{"ARN>GON:345"}));
  // A verb conjoined to the coded one is coded, with the same subject (not "Gondor").
  EXPECT_EQ(CodeSmall("Arnor abandoned efforts to visit Gondor and criticized Osgiliath."),
            (V{"ARN>GON:345", "ARN>OSG:111"}));
}

// The same actors with TABARI verbs: the field's slot and code semantics.
const Pipeline& TabariPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto r = PipelineWith("tabari", {{"actors.txt", "entente-actors", "@kind country\nARN = Arnor\nGON = Gondor\nOSG = Osgiliath\n"
                                         "BRE = Bree | Romendacil\n@kind agent\nGOVPRS = president\nNGO~ = MSF\n"},
                                     {"demo.verbs", "tabari-verbs", "CONDEMN  [122]\n- * REPORTS THAT +  [121]\nRESTORE  [064]\nALLOW  [060]\n- * REAL_PLEASANT +  [024]\n- * THE_NEAT~_PLACE  [027]\nEXPRESS  [020]\nWARN  [160]\n- * AT ^ +  [162]\nSWAP  [---]\n- * PRISONERS WITH %  [067]\nPOSTPONE  [031]\n- % HAVE *  [191]\nATTEND  [031!]\n"}});
    if (!r.ok()) std::abort();
    return std::move(r.value());
  }();
  return *p;
}

TEST(EventCoderFormats, FieldPatternsTakeTheFirstActorAndKeepTheirCode) {
  auto code = [](const std::string& text) { return CodeWith(TabariPipeline(), text); };
  // The target is the first actor after the verb, past "an attack by".
  EXPECT_EQ(code("Arnor condemned an attack by Gondor."), (V{"ARN>GON:122"}));
  // entente's slots take the agent of the act named ("an attack by Gondor"), nothing further.
  EXPECT_EQ(CodeSmall("Arnor criticized an attack by Gondor."), (V{"ARN>GON:111"}));
  EXPECT_EQ(CodeSmall("Arnor criticized an attack in the north of Gondor."), V{});
  // "will restore": the pattern's code; entente's own pattern gives CAMEO's intent code.
  EXPECT_EQ(code("Arnor will restore Gondor."), (V{"ARN>GON:064"}));
  EXPECT_EQ(CodeSmall("Arnor will restore Gondor."), (V{"ARN>GON:0314"}));
  // A gap steps over a clause word and an actor; a final target with no actor after it
  // takes the first actor after the verb.
  EXPECT_EQ(code("Arnor allowed that Gondor is a real pleasant place."), (V{"ARN>GON:024"}));
  // "NEAT~_PLACE": '~' before '_' keeps the word a stem ("neatest"); "REAL_" is a whole word.
  EXPECT_EQ(code("Arnor allowed that Gondor is the neatest place to visit."), (V{"ARN>GON:027"}));
  EXPECT_EQ(code("Arnor allowed that Gondor is a really pleasant place to visit."), (V{"ARN>GON:060"}));
  // A slot's first actor may stand past a dozen words of the clause.
  EXPECT_EQ(code("Arnor expressed reluctance to become involved in the internal affairs of its neighbor Gondor."),
            (V{"ARN>GON:020"}));
  // A clause opened by "that" belongs to the coded verb: one event.
  EXPECT_EQ(code("Arnor condemned reports that Gondor restored Osgiliath."), (V{"ARN>GON:121"}));
  // A verb word capitalised inside the sentence or followed by "'s" is a noun.
  EXPECT_EQ(code("Arnor hopes to restore ties with Gondor."), (V{"ARN>GON:064"}));
  EXPECT_EQ(code("Arnor hopes To Restore ties with Gondor."), V{});
  EXPECT_EQ(code("Arnor hopes to restore's ties with Gondor."), V{});
  // The agent of a list's first member is not lent to the others (entente lends it).
  EXPECT_EQ(code("The president of Arnor, Osgiliath and Bree condemned Gondor."),
            (V{"ARNGOVPRS>GON:122", "OSG>GON:122", "BRE>GON:122"}));
  // '%' after the verb: the compound's members are each other's partners.
  EXPECT_EQ(code("Arnor swapped prisoners with Gondor and Osgiliath."), (V{"GON>OSG:067", "OSG>GON:067"}));
  // '^' steps over an actor phrase: the target is the one after it.
  EXPECT_EQ(code("Arnor warned at the Gondor of Osgiliath."), (V{"ARN>OSG:162"}));
  // A bare verb's target is the first actor after it, also past "that".
  EXPECT_EQ(code("Arnor allowed that Gondor is a place to visit."), (V{"ARN>GON:060"}));
  // A compound source before the verb with no target: its members are each other's targets.
  EXPECT_EQ(code("Gondor and Osgiliath have postponed the talks."), (V{"GON>OSG:191", "OSG>GON:191"}));
  // A prefix agent ("[NGO~]") before a country goes before its code.
  EXPECT_EQ(code("MSF Arnor condemned Gondor."), (V{"NGOARN>GON:122"}));
  // A passive's agent also past a modifier after the verb.
  EXPECT_EQ(code("Gondor was condemned earlier by Arnor."), (V{"ARN>GON:122"}));
  // Also when it takes the country named near it ("MSF in Arnor").
  EXPECT_EQ(code("MSF in Arnor condemned Gondor."), (V{"NGOARN>GON:122"}));
  // A name coded as its bare country after that country's title: the titled actor.
  EXPECT_EQ(code("Bree President Romendacil condemned Gondor."), (V{"BREGOVPRS>GON:122"}));
}

TEST(EventCoderFormats, TabariActorsIgnoreCase) {
  auto p = PipelineWith("tabari_case", {{"demo.actors", "", "ARNOR_  [ARN]\nGONDOR_  [GON]\n"}, {"demo.verbs", "", "CONDEMN  [122]\n"}});
  ASSERT_TRUE(p.ok());
  auto a = (*p)->Process(testing::TextDoc("arnor condemned gondor on friday.", "1995-01-01"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->events.size(), 1u);  // TABARI's names match lower-case text; entente's need capitals
  EXPECT_EQ(a->events[0].source.code + ">" + a->events[0].target->code, "ARN>GON");
  EXPECT_EQ(CodeSmall("arnor criticized gondor."), V{});
}

// TABARI's compound codes, closed matches and synsets against written-out patterns.
TEST(EventCoderFormats, TabariCompoundCodesClosedWordsAndSynsets) {
  auto p = PipelineWith("tabari_cc", {{"demo.actors", "", "<ADJECTIVE>\nAWFUL\nEVIL\n</ADJECTIVE>\n"
                                       "ARNOR_  [ARN]\nLORIEN  [ELR/GAL]\nGONDOR_  [GON]\nROHAN_  [ROH]\n"}, {"demo.verbs", "", "<SYNSETS>\n&CURRENCY\n+DOLLAR\n+EURO\n+PESO_$\n</SYNSETS>\n"
                                       "CONDEMN  [122]\nCONTRIBUT  [070]\n- * &CURRENCY [903]\n- * DOLLAR  [071]\n"
                                       "ADOPT  [081]\n- * RESOLUTION_  [102]\n"
                                       "SHOULD  [101]\n- SUGGESTED_{ NEVER | DON'T } * DEMAND CONVENTIONS  [171]\n"
                                       "ACCORD  [---]\n- IN_ *  [076]\n- IN_*  [075]\n"
                                       "VOW  [170]\n- * RESIST { TO THE END | TO THE DEATH }  [113]\n"
                                       "- * RESISTANCE TO THE INVADING  [114]\n"
                                       "REGRET  [111]\n- NOTED + *  [115]\n"
                                       "SHOT  [223]\n- + WAS * DEAD  [224]\n"
                                       "CELEBRAT  [040]\n- * IFTAR AT ^ ^ +  [044]\n"}});
  ASSERT_TRUE(p.ok());
  auto code = [&](const std::string& text) { return CodeWith(**p, text); };
  // Under TABARI's options, "and" beside a word of the <ADJECTIVE>/<NOUN> lists and one not
  // in them joins phrases: the subject is in the one next to the verb.
  FieldOptions f;
  f.min_words = 1;
  auto code_f = [&](const std::string& text) {
    auto a = (*p)->Process(testing::TextDoc(text, "1995-01-01"), &f);
    V out;
    if (a.ok())
      for (const Event& e : a->events) out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code);
    return out;
  };
  EXPECT_EQ(code_f("Arnor's awful and evil friend Gondor condemned Rohan."), (V{"ARN>ROH:122"}));
  EXPECT_EQ(code_f("Arnor's awful and cool friend Gondor condemned Rohan."), (V{"GON>ROH:122"}));
  // A list word between two actors joins them as a conjunction would.
  EXPECT_EQ(code_f("Arnor and the evil Gondor awful Lorien condemned Rohan."),
            (V{"ARN>ROH:122", "GON>ROH:122", "ELR>ROH:122", "GAL>ROH:122"}));
  // "[ELR/GAL]": the name stands for both codes, as a compound does.
  EXPECT_EQ(code("Arnor condemned Lorien on Friday."), (V{"ARN>ELR:122", "ARN>GAL:122"}));
  EXPECT_EQ(code("Lorien condemned Arnor on Friday."), (V{"ELR>ARN:122", "GAL>ARN:122"}));
  // A pattern written out comes before a synset's pattern of the same words.
  EXPECT_EQ(code("Arnor will contribute a million dollars to Lorien."), (V{"ARN>ELR:071", "ARN>GAL:071"}));
  EXPECT_EQ(code("Arnor will contribute a million euros to Lorien."), (V{"ARN>ELR:903", "ARN>GAL:903"}));
  // A '$' after the verb (here from the synset member "PESO_$"): the target is the first
  // actor after it.
  EXPECT_EQ(code("Arnor will contribute a million peso Rohan to Gondor."), (V{"ROH>GON:903"}));
  // "RESOLUTION_": a closed match takes the word as written, not its plural.
  EXPECT_EQ(code("Arnor adopted a resolution with Lorien."), (V{"ARN>ELR:102", "ARN>GAL:102"}));
  EXPECT_EQ(code("Arnor adopted two resolutions with Lorien."), (V{"ARN>ELR:081", "ARN>GAL:081"}));
  // An article right before the verb word makes it a noun, also for patterns with words
  // before the verb that do not name the article.
  EXPECT_EQ(code("Arnor was in accord with Gondor."), (V{"ARN>GON:075"}));
  EXPECT_EQ(code("Arnor was in an accord with Gondor."), V{});
  // A gap makes a pattern no more specific; words joined make it more ("IN_*" first).
  EXPECT_EQ(code("Arnor was in full accord with Gondor."), (V{"ARN>GON:076"}));
  // Then longer words: "RESISTANCE" before the stem "RESIST" that matches it too.
  EXPECT_EQ(code("Arnor vowed resistance to the end to the invading Gondor."), (V{"ARN>GON:114"}));
  EXPECT_EQ(code("Arnor vowed to resist to the end the Gondor."), (V{"ARN>GON:113"}));
  // A target before the verb after the pattern's words ("NOTED + *"): the subject stands
  // before those words, past "that".
  EXPECT_EQ(code("Arnor noted that Gondor regretted the decision."), (V{"ARN>GON:115"}));
  // "^ ^": each steps over an actor phrase of its own.
  EXPECT_EQ(code("Arnor celebrated Iftar at Gondor with Rohan in Lorien."), (V{"ARN>ELR:044", "ARN>GAL:044"}));
  // A target slot before the verb with no actor before it: the source is the first actor
  // after the verb.
  EXPECT_EQ(code("Gondor was shot dead in Arnor."), (V{"ARN>GON:224"}));
  // An actor among the pattern's words before the verb is no subject: the one before them is.
  EXPECT_EQ(code("Arnor suggested never Gondor should demand Shriners conventions in its dealings with Rohan."),
            (V{"ARN>ROH:171"}));
}

TEST(EventCoderFormats, TabariOptionsSwitches) {
  auto code = [](const std::string& text, const FieldOptions& f) {
    return CodeWith(TabariPipeline(), text, "1995-01-01", &f);
  };
  FieldOptions f;
  // SET: MINIMUM WORDS: shorter sentences are not coded.
  EXPECT_EQ(code("Arnor condemned Gondor.", f), (V{"ARN>GON:122"}));
  f.min_words = 4;
  EXPECT_EQ(code("Arnor condemned Gondor.", f), V{});
  EXPECT_EQ(code("Arnor condemned Gondor on Friday.", f), (V{"ARN>GON:122"}));
  f.min_words = 0;
  // DEFAULT: with PRIOR the default source stands for a missing subject; with AFTER the
  // default target for a missing target.
  EXPECT_EQ(code("Yesterday Fxrnost restored ties with Gondor.", f), V{});
  ASSERT_TRUE(f.Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"));
  EXPECT_EQ(code("Yesterday Fxrnost restored ties with Gondor.", f), (V{"DEFSRC>GON:064"}));
  EXPECT_EQ(code("Arnor restored ties with Gxndor.", f), (V{"ARN>DEFTAR:064"}));
  EXPECT_EQ(code("Arnor and Bree restored ties with Gxndor.", f), (V{"ARN>DEFTAR:064", "BRE>DEFTAR:064"}));
  // Without PRIOR the first actor after the verb is the source; without AFTER the second
  // member of a compound source is the target.
  ASSERT_TRUE(f.Apply("DEFAULT: OFF"));
  ASSERT_TRUE(f.Apply("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]"));
  EXPECT_EQ(code("Yesterday Fxrnost restored ties with Gondor and Bree.", f), (V{"GON>BRE:064"}));
  EXPECT_EQ(code("Arnor and Bree restored ties with Gxndor.", f), (V{"ARN>BRE:064"}));
  ASSERT_TRUE(f.Apply("DEFAULT: OFF"));
  // COMMA: a comma-delimited phrase of EMIN..EMAX words at the end of the sentence
  // (MIN..MAX inside it) is dropped before coding; a list member is not.
  const std::string tail = "Arnor condemned the attack on Friday in the north, Gondor said.";
  EXPECT_EQ(code(tail, f), (V{"ARN>GON:122"}));
  ASSERT_TRUE(f.Apply("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0"));
  EXPECT_EQ(code(tail, f), V{});
  EXPECT_EQ(code("Arnor, the awful Osgiliath, and Bree condemned Gondor.", f),
            (V{"ARN>GON:122", "OSG>GON:122", "BRE>GON:122"}));
  ASSERT_TRUE(f.Apply("COMMA: EMIN = 3"));  // "Gondor said" is shorter now
  EXPECT_EQ(code(tail, f), (V{"ARN>GON:122"}));
  // A comma left in the sentence is no boundary for a slot's first actor.
  EXPECT_EQ(code("Arnor warned at the Gondor over the danger in the north, Osgiliath said.", f), (V{"ARN>OSG:162"}));
  // An agent attaches to its actor only next to it (past a possessive).
  EXPECT_EQ(code("Arnor's president condemned Gondor.", f), (V{"ARNGOVPRS>GON:122"}));
  // An agent not attached to an actor takes the country nearest to it, one right after it
  // too ("minister Calimehtar").
  EXPECT_EQ(code("On Friday the awful president Bree condemned Gondor.", f), (V{"BREGOVPRS>GON:122"}));
  // "former" before the actor or its agent: the role is ELI.
  EXPECT_EQ(code("Arnor former president condemned Gondor.", f), (V{"ARNELI>GON:122"}));
  EXPECT_EQ(code("The former Arnor president condemned Gondor.", f), (V{"ARNELI>GON:122"}));
  EXPECT_EQ(code("The former president in Bree condemned Gondor.", f), (V{"BREELI>GON:122"}));
  // "Dagolath's first Deputy Prime Minister Telemar": DAG, not the titled DAGGOV.
  EXPECT_EQ(code("Arnor's first deputy president Romendacil condemned Gondor.", f), (V{"ARN>GON:122"}));
  EXPECT_EQ(code("Arnor's first deputy president condemned Gondor.", FieldOptions{}), (V{"ARNGOVPRS>GON:122"}));
  // The subject is the first actor before the verb, also past "that" (TABARI's reading).
  EXPECT_EQ(code("Arnor said that Gondor condemned Osgiliath.", f), (V{"ARN>OSG:122"}));
  EXPECT_EQ(code("Arnor said that Gondor condemned Osgiliath.", FieldOptions{}), (V{"GON>OSG:122"}));
  // When every actor before the verb stands in a phrase, the first of them is the subject.
  EXPECT_EQ(code("On accord Gondor condemned Osgiliath.", f), (V{"GON>OSG:122"}));
  EXPECT_EQ(code("At talks with Gondor in Osgiliath condemned Bree.", f), (V{"GON>BRE:122"}));
  EXPECT_EQ(code("On accord Gondor condemned Osgiliath.", FieldOptions{}), V{});
  // TABARI's clause goes on past "after X": its verbs are complements of the coded one.
  EXPECT_EQ(code("Arnor condemned Gondor after Osgiliath restored Bree.", f), (V{"ARN>GON:122"}));
  EXPECT_EQ(code("Arnor condemned Gondor after Osgiliath restored Bree.", FieldOptions{}),
            (V{"ARN>GON:122", "OSG>BRE:064"}));
  // (Without options the comma ends the search: the final slot falls back on the first
  // actor after the verb.)
  EXPECT_EQ(code("Arnor warned at the Gondor over the danger in the north, Osgiliath said.", FieldOptions{}),
            (V{"ARN>GON:162"}));
  ASSERT_TRUE(f.Apply("COMMA: OFF"));
  EXPECT_FALSE(f.Apply("COMMA: WIDTH = 3"));
  // SET: CODE ALL: complements of a coded verb are coded too; CODE BY SENTENCE: only the
  // first coded verb of a sentence.
  const std::string two = "Arnor condemned Gondor in order to restore Osgiliath.";
  EXPECT_EQ(code(two, f), (V{"ARN>GON:122"}));
  ASSERT_TRUE(f.Apply("SET: CODE ALL"));
  V all = code(two, f);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].substr(all[1].size() - 4), ":064");
  // A later verb of the clause codes with its subject as source; a target that is that
  // subject again (a pronoun referring back), or none, gives way to the coded verb's.
  EXPECT_EQ(code("Arnor condemned Gondor to restore it.", f), (V{"ARN>GON:122", "ARN>GON:064"}));
  EXPECT_EQ(code("Arnor condemned Gondor to restore him.", f), (V{"ARN>GON:122", "ARN>GON:064"}));
  EXPECT_EQ(code("Arnor condemned Gondor to restore Osgiliath.", f), (V{"ARN>GON:122", "ARN>OSG:064"}));
  // A dominant code ("[031!]"): its events are the sentence's only ones.
  EXPECT_EQ(code("Arnor condemned Gondor to attend talks with Osgiliath.", f), (V{"ARN>OSG:031"}));
  // A pattern naming no target: the first other actor after it in the clause; after a
  // possessive ("its restored ties with Osgiliath") the word is still a verb here.
  EXPECT_EQ(code("Gondor was condemned by Arnor for its restored ties with Osgiliath.", f),
            (V{"ARN>GON:122", "GON>OSG:064"}));
  // "Neither X nor Y": a coordination under TABARI's options (both condemned); without
  // options in force, only the conjunct next to the verb.
  EXPECT_EQ(code("Neither Arnor nor Bree condemned Gondor.", f), (V{"ARN>GON:122", "BRE>GON:122"}));
  EXPECT_EQ(code("Neither Arnor nor Bree condemned Gondor.", FieldOptions{}), (V{"BRE>GON:122"}));
  ASSERT_TRUE(f.Apply("SET: CODE BY SENTENCE"));
  EXPECT_EQ(code("Arnor condemned Gondor and restored Osgiliath.", f), (V{"ARN>GON:122"}));
  ASSERT_TRUE(f.Apply("SET: CODE BY CLAUSE"));
  // SET: CONVERT AGENT: an agent alone is "~" + its role, not the nearby country's.
  EXPECT_EQ(code("The president condemned Gondor.", f), (V{"GONGOVPRS>GON:122"}));  // entente: the country named nearby
  f.convert_agent = true;
  EXPECT_EQ(code("The president condemned Gondor.", f), (V{"~GOVPRS>GON:122"}));
  f.convert_agent = false;
  // FORWARD: a subject pronoun with no antecedent in its sentence is the actor forwarded
  // from the story's previous sentence; one with an antecedent keeps it.
  EXPECT_EQ(code("He condemned Gondor.", f), V{});
  f.forward_actor = "ARN";
  EXPECT_EQ(code("He has also condemned Gondor.", f), (V{"ARN>GON:122"}));
  EXPECT_EQ(code("In a later statement it condemned Gondor.", f), (V{"ARN>GON:122"}));
  EXPECT_EQ(code("They condemned Gondor.", f), (V{"ARN>GON:122"}));
  EXPECT_EQ(code("Osgiliath said it condemned Gondor.", f), (V{"OSG>GON:122"}));
  f.forward_actor.clear();
  // COMPLEX: VERBS[v] CONJ[c]: v dictionary verbs (auxiliaries, words in actors and after
  // an article not counted) or c conjunctions (not those joining two actors) make the
  // sentence too complex to code.
  ASSERT_TRUE(f.Apply("COMPLEX: VERBS[3] CONJ[2] NOACTPRIOR EXPLAIN"));
  EXPECT_EQ(f.complex_verbs, 3);
  EXPECT_EQ(f.complex_conj, 2);
  EXPECT_EQ(code("Arnor condemned Gondor, restored Osgiliath, allowed Bree.", f), V{});
  EXPECT_EQ(code("Arnor condemned Gondor, restored the allowed Osgiliath.", f).size(), 1u);
  EXPECT_EQ(code("Arnor condemned Gondor yesterday and today and tomorrow.", f), V{});
  EXPECT_EQ(code("Arnor condemned Gondor and Bree and Osgiliath.", f),
            (V{"ARN>GON:122", "ARN>BRE:122", "ARN>OSG:122"}));
  EXPECT_FALSE(f.Apply("COMPLEX: VERBS[many]"));
  // With a TABARI options file, "that" opens no clause of its own: a clause after it naming
  // no actor before its verb has the subject before "that".
  EXPECT_EQ(code("Arnor accepts that Fxrnost might condemn Gondor.", f), (V{"ARN>GON:122"}));
  ASSERT_TRUE(f.Apply("COMPLEX: VERBS[0] CONJ[0]"));
  EXPECT_FALSE(f.any());
  EXPECT_EQ(code("Arnor accepts that Fxrnost might condemn Gondor.", f), V{});  // no options: entente's reading
  // With TABARI options, "but" opens a clause of its own and "or" a verb phrase of its own.
  f.min_words = 1;
  EXPECT_EQ(code("Arnor accepts that Fxrnost might condemn an attack by Gondor in the north or restore Osgiliath but Bree allowed Osgiliath.", f),
            (V{"ARN>GON:122", "ARN>OSG:064", "BRE>OSG:060"}));
  // ... "and" + an actor + a verb a clause of its own; "him", "her": the sentence's first actor.
  EXPECT_EQ(code("Arnor condemned Bree on Monday and Gondor allowed him to leave.", f), (V{"ARN>BRE:122", "GON>ARN:060"}));
  // ... and "if", "when", "unless" end no clause: one event per clause.
  EXPECT_EQ(code("Arnor condemned Gondor on Monday if Bree allowed Osgiliath to leave.", f), (V{"ARN>GON:122"}));
  // "they": the first actor and those coordinated with it; "X requested that Y restore"
  // with no target after the verb: X is the source, Y the target.
  EXPECT_EQ(code("Arnor and Bree condemned Gondor on Monday and then they requested that Osgiliath restore ties.", f),
            (V{"ARN>GON:122", "BRE>GON:122", "ARN>OSG:064", "BRE>OSG:064"}));
  f.min_words = 0;
  EXPECT_EQ(code("Arnor condemned Bree on Monday and Gondor allowed him to leave.", f), (V{"ARN>BRE:122"}));  // entente's reading
}

}  // namespace
}  // namespace entente
