// The TIMEX3 scorer on a small file, and the tagger against the development gold of
// ../shared/eval/time (skipped when that folder is absent).
#include "time/time_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace entente {
namespace {

TEST(TimeEval, MatchesGoldByTextAndOffset) {
  const std::string path = ::testing::TempDir() + "/time_eval_test.jsonl";
  {
    std::ofstream out(path);
    // "Friday" occurs twice in the line; char_start picks the second. The line starts at
    // character 100 of its document (learnt from "yesterday", which occurs once).
    out << R"({"corpus":"c","doc":"d1","dct":"2024-03-21T10:00","text":"yesterday","type":"DATE","value":"2024-03-20","temporalFunction":"true","context":"He left yesterday and said on Friday he will return on Friday.","char_start":108,"char_end":117})"
        << "\n"
        << R"({"corpus":"c","doc":"d1","dct":"2024-03-21T10:00","text":"Friday","type":"DATE","value":"2024-03-22","temporalFunction":"true","context":"He left yesterday and said on Friday he will return on Friday.","char_start":155,"char_end":161})"
        << "\n"
        << R"({"corpus":"c","doc":"d1","dct":"2024-03-21T10:00","text":"two weeks","type":"DURATION","value":"P2W","temporalFunction":"false","context":"The visit lasted two weeks.","char_start":300,"char_end":309})"
        << "\n"
        << R"({"corpus":"c","doc":"d2","dct":"2024-03-22","text":"the Ides","type":"DATE","value":"2024-03-15","temporalFunction":"true","context":"It fell on the Ides.","char_start":11,"char_end":19})"
        << "\n"
        // Tagging finds "Friday night"; the gold span is the day alone.
        << R"({"corpus":"c","doc":"d3","dct":"2024-03-21","text":"Friday","type":"DATE","value":"2024-03-15","temporalFunction":"true","context":"They met on Friday night.","char_start":12,"char_end":18})"
        << "\n";
  }
  auto r = EvaluateTimes(path, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const TimeEvalReport& rep = r.value();
  ASSERT_EQ(rep.rows.size(), 5u);
  EXPECT_TRUE(rep.rows[0].correct());
  EXPECT_TRUE(rep.rows[0].tagged_correct());
  EXPECT_TRUE(rep.rows[1].found);
  EXPECT_EQ(rep.rows[1].predicted, "2024-03-22");  // the second Friday, future tense
  EXPECT_EQ(rep.rows[1].resolved, "2024-03-22");
  EXPECT_TRUE(rep.rows[1].correct());
  EXPECT_TRUE(rep.rows[2].correct());
  EXPECT_FALSE(rep.rows[3].found);
  EXPECT_FALSE(rep.rows[3].correct());
  // Found, but the tagged expression is "Friday night": right given the span only.
  EXPECT_TRUE(rep.rows[4].found);
  EXPECT_FALSE(rep.rows[4].strict);
  EXPECT_EQ(rep.rows[4].predicted, "2024-03-15TNI");
  EXPECT_FALSE(rep.rows[4].tagged_correct());
  EXPECT_EQ(rep.rows[4].resolved, "2024-03-15");
  EXPECT_TRUE(rep.rows[4].correct());
  EXPECT_EQ(rep.by_type.at("DATE").rows, 4);
  EXPECT_EQ(rep.by_type.at("DATE").correct, 3);
  EXPECT_EQ(rep.by_type.at("DATE").tagged_correct, 2);
  EXPECT_EQ(rep.date_time.rows, 4);
  EXPECT_EQ(rep.relative.rows, 4);
  EXPECT_EQ(rep.spurious, 1);  // "Friday" (the first one) is not in the gold
  std::filesystem::remove(path);
}

// TimeML gold (TimeBank, TempEval-3 .tml files): the whole text is read, every TIMEX3 is
// a row, the folder names the corpus.
TEST(TimeEval, ReadsTimeMlFolders) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "time_eval_tml" / "TE3";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "a.tml");
    out << "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>a</DOCID>\n"
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-21\" functionInDocument=\"CREATION_TIME\">"
           "March 21, 2013</TIMEX3></DCT>\n<TEXT>\nThe pope met the cardinals "
           "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-19\" temporalFunction=\"true\">Tuesday</TIMEX3>."
           "\n\nHe will travel to Brazil in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2013-07\" "
           "temporalFunction=\"true\">July</TIMEX3> for <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1W\" "
           "temporalFunction=\"false\">a week</TIMEX3>.\n</TEXT>\n</TimeML>\n";
  }
  {
    std::ofstream out(dir / "notes.txt");  // not TimeML: ignored
    out << "x";
  }
  auto r = EvaluateTimes(dir.parent_path().string(), nullptr);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->rows.size(), 3u);
  EXPECT_EQ(r->rows[0].corpus, "TE3");
  EXPECT_EQ(r->rows[0].doc, "a.tml");
  EXPECT_EQ(r->rows[0].context, "The pope met the cardinals Tuesday.");
  EXPECT_EQ(r->rows[0].resolved, "2013-03-19");
  EXPECT_EQ(r->rows[1].resolved, "2013-07");
  EXPECT_EQ(r->rows[2].resolved, "P1W");
  EXPECT_EQ(r->by_type.at("DATE").correct, 2);
  EXPECT_EQ(r->by_type.at("DATE").tagged_correct, 2);
  EXPECT_EQ(r->relative.rows, 2);
  // A bad file stops the run with its name.
  {
    std::ofstream out(dir / "b.tml");
    out << "<TimeML></TimeML>";
  }
  auto bad = EvaluateTimes(dir.parent_path().string(), nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("b.tml: no <TEXT>"), std::string::npos) << bad.status().message();
  // An empty folder is an error too.
  const auto empty = std::filesystem::path(::testing::TempDir()) / "time_eval_tml_empty";
  std::filesystem::create_directories(empty);
  EXPECT_FALSE(EvaluateTimes(empty.string(), nullptr).ok());
  std::filesystem::remove_all(dir.parent_path());
  std::filesystem::remove_all(empty);
}

TEST(TimeEval, MissingFileIsAnError) {
  auto r = EvaluateTimes("/nonexistent/gold.jsonl", nullptr);
  EXPECT_FALSE(r.ok());
}

// A floor under the development figure (docs/time.md), so that a change that loses
// accuracy shows. The full report: `entente eval-time`.
TEST(TimeEval, TimeBankAquaintDevelopmentSet) {
  const std::string path = testing::SourceDir() + "/../shared/eval/time/timebank_aquaint.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  auto r = EvaluateTimes(path, &testing::ShippedDictionaries().lemmatizer);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const TimeEvalCount& date = r->by_type.at("DATE");
  EXPECT_GE(date.accuracy(), 0.89) << date.correct << "/" << date.rows;
  EXPECT_GE(date.tagged_accuracy(), 0.88) << date.tagged_correct << "/" << date.rows;
  EXPECT_GE(date.found_rate(), 0.95);
}

}  // namespace
}  // namespace entente
