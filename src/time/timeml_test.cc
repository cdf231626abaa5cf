// TimeML output: TIMEX3 elements in the text, the DCT, escaping, file names.
#include "time/timeml.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "segment/segmenter.h"

namespace entente {
namespace {

std::string Tml(const std::string& text, const std::string& published) {
  TimeContext ctx;
  if (!published.empty()) ctx.published = *ParseIsoDate(published);
  return ToTimeMl("doc<1>", text, published, TagTimes(Segment(text, nullptr), text, ctx));
}

TEST(TimeMl, MarksExpressionsAndTheCreationTime) {
  const std::string x = Tml("Kim met Xi on Tuesday & left in 1956.", "2024-03-21");
  EXPECT_NE(x.find("<DOCID>doc&lt;1&gt;</DOCID>"), std::string::npos) << x;
  EXPECT_NE(x.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-21\" temporalFunction=\"false\" "
                   "functionInDocument=\"CREATION_TIME\">2024-03-21</TIMEX3></DCT>"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("<TEXT>\nKim met Xi on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-19\" "
                   "temporalFunction=\"true\" functionInDocument=\"NONE\" anchorTimeID=\"t0\">Tuesday</TIMEX3> "
                   "&amp; left in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1956\" temporalFunction=\"false\" "
                   "functionInDocument=\"NONE\">1956</TIMEX3>.\n</TEXT>"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("</TimeML>"), std::string::npos);
}

TEST(TimeMl, WithoutPublicationDateNoCreationTimeNorAnchor) {
  const std::string x = Tml("Kim met Xi on Tuesday.", "");
  EXPECT_EQ(x.find("<DCT>"), std::string::npos) << x;
  EXPECT_NE(x.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"\" temporalFunction=\"true\" "
                   "functionInDocument=\"NONE\">Tuesday</TIMEX3>"),
            std::string::npos)
      << x;
}

// A TimeBank file as TempEval-3 distributes it: other tags (EVENT, SIGNAL) are dropped,
// references decoded, offsets count bytes of the plain text.
TEST(TimeMl, ReadsTimeBankFiles) {
  const std::string xml =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj_0001</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1989-11-02T09:00\" temporalFunction=\"false\" "
      "functionInDocument=\"CREATION_TIME\">11/02/89</TIMEX3></DCT>\n"
      "<TEXT>\nProfits &amp; sales <EVENT eid=\"e1\" class=\"OCCURRENCE\">rose</EVENT> "
      "<SIGNAL sid=\"s1\">in</SIGNAL> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1989-Q3\" "
      "temporalFunction=\"true\" anchorTimeID=\"t0\">the third quarter</TIMEX3>, caf&#233; "
      "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1Y\" temporalFunction='false'>a year</TIMEX3>.\n</TEXT>\n"
      "</TimeML>\n";
  auto r = ReadTimeMl(xml, "wsj_0001.tml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->dct, "1989-11-02T09:00");
  EXPECT_EQ(r->text, "\nProfits & sales rose in the third quarter, caf\xC3\xA9 a year.\n");
  ASSERT_EQ(r->timexes.size(), 2u);
  const auto& t = r->timexes[0];
  EXPECT_EQ(r->text.substr(t.begin, t.end - t.begin), "the third quarter");
  EXPECT_EQ(t.tid, "t1");
  EXPECT_EQ(t.value, "1989-Q3");
  EXPECT_EQ(t.temporal_function, "true");
  EXPECT_EQ(r->text.substr(r->timexes[1].begin, r->timexes[1].end - r->timexes[1].begin), "a year");
  EXPECT_EQ(r->timexes[1].type, "DURATION");
  EXPECT_EQ(r->timexes[1].temporal_function, "false");  // single quotes
}

TEST(TimeMl, ReadsWhatItWrites) {
  const std::string text = "Kim met Xi on Tuesday & left in 1956. He will return next month.";
  TimeContext ctx;
  ctx.published = *ParseIsoDate("2024-03-21");
  const auto times = TagTimes(Segment(text, nullptr), text, ctx);
  auto r = ReadTimeMl(ToTimeMl("d", text, "2024-03-21", times), "d.tml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->dct, "2024-03-21");
  EXPECT_EQ(r->text, "\n" + text + "\n");
  ASSERT_EQ(r->timexes.size(), times.size());
  for (size_t k = 0; k < times.size(); ++k) {
    EXPECT_EQ(r->timexes[k].value, times[k].value);
    EXPECT_EQ(r->timexes[k].begin, times[k].begin + 1);  // after the newline that opens <TEXT>
    EXPECT_EQ(r->timexes[k].end, times[k].end + 1);
  }
}

TEST(TimeMl, BadFilesAreErrorsNamingTheFileAndLine) {
  auto r = ReadTimeMl("<TimeML><DOCID>x</DOCID></TimeML>", "a.tml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("a.tml: no <TEXT>"), std::string::npos) << r.status().message();
  r = ReadTimeMl("<TEXT>\nIt rose <TIMEX3 tid=\"t1\">today.\n</TEXT>", "b.tml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("b.tml: a TIMEX3 (t1) is never closed"), std::string::npos)
      << r.status().message();
  r = ReadTimeMl("<TEXT>\nIt\n<TIMEX3 tid=\"t1\"><TIMEX3 tid=\"t2\">x</TIMEX3></TIMEX3></TEXT>", "c.tml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("c.tml:3: a TIMEX3 inside a TIMEX3"), std::string::npos)
      << r.status().message();
  r = ReadTimeMl("<TEXT>\nIt rose <TIMEX3 tid=\"t1\"</TEXT>", "d.tml");
  EXPECT_FALSE(r.ok());
}

TEST(TimeMl, FileNames) {
  EXPECT_EQ(TimeMlFileName("APW19980219.0476"), "APW19980219.0476.tml");
  EXPECT_EQ(TimeMlFileName("a/b c"), "a_b_c.tml");
  EXPECT_EQ(TimeMlFileName("../x"), "_.._x.tml");
  EXPECT_EQ(TimeMlFileName(""), "_.tml");
}

}  // namespace
}  // namespace entente
