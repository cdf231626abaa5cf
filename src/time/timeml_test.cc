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

TEST(TimeMl, FileNames) {
  EXPECT_EQ(TimeMlFileName("APW19980219.0476"), "APW19980219.0476.tml");
  EXPECT_EQ(TimeMlFileName("a/b c"), "a_b_c.tml");
  EXPECT_EQ(TimeMlFileName("../x"), "_.._x.tml");
  EXPECT_EQ(TimeMlFileName(""), "_.tml");
}

}  // namespace
}  // namespace entente
