#include "time/time_tagger.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "segment/segmenter.h"

namespace entente {

static std::vector<std::string> Values(const std::string& text, const std::string& published) {
  TimeContext ctx;
  if (!published.empty()) ctx.published = *ParseIsoDate(published);
  std::vector<std::string> out;
  for (const TimeExpr& t : TagTimes(Segment(text, nullptr), text, ctx)) {
    std::string v = t.value;
    for (size_t i = 1; i < t.dates.size(); ++i) v += "," + t.dates[i].ToString();
    out.push_back(v);
  }
  return out;
}

TEST(TimeTagger, ExplicitDates) {
  EXPECT_EQ(Values("They established ties on Oct. 6, 1949.", "2024-10-07"), std::vector<std::string>{"1949-10-06"});
  EXPECT_EQ(Values("It happened on 6 October 1949.", ""), std::vector<std::string>{"1949-10-06"});
  EXPECT_EQ(Values("It happened on 2024-03-21.", ""), std::vector<std::string>{"2024-03-21"});
  EXPECT_EQ(Values("Missiles were launched on March 25.", "2021-04-23"), std::vector<std::string>{"2021-03-25"});
  EXPECT_EQ(Values("Kim Il-sung visited Mongolia in 1956 and 1988.", "2018-10-15"),
            std::vector<std::string>{"1956,1988"});
}

TEST(TimeTagger, RelativeToPublication) {
  // 2018-10-15 was a Monday.
  EXPECT_EQ(Values("On Tuesday, the embassy hosted a gathering.", "2018-10-15"), std::vector<std::string>{"2018-10-09"});
  EXPECT_EQ(Values("Putin will meet Kim on Tuesday.", "2018-10-15"), std::vector<std::string>{"2018-10-16"});
  EXPECT_EQ(Values("They met yesterday.", "2024-10-07"), std::vector<std::string>{"2024-10-06"});
  EXPECT_EQ(Values("They left Pyongyang on the 21st.", "2024-03-23"), std::vector<std::string>{"2024-03-21"});
  EXPECT_EQ(Values("They left on the 25th.", "2024-03-23"), std::vector<std::string>{"2024-02-25"});
  EXPECT_EQ(Values("In January, Kim called for changes.", "2024-10-07"), std::vector<std::string>{"2024-01"});
  EXPECT_EQ(Values("In November, Kim called for changes.", "2024-10-07"), std::vector<std::string>{"2023-11"});
  EXPECT_EQ(Values("It happened last year.", "2024-10-07"), std::vector<std::string>{"2023"});
  EXPECT_EQ(Values("It happened last week.", "2024-03-21"), std::vector<std::string>{"2024-W11"});
}

TEST(TimeTagger, ListsAndYearScope) {
  EXPECT_EQ(Values("This year, Kim met Xi in March, May and June.", "2018-10-15"),
            (std::vector<std::string>{"2018", "2018-03,2018-05,2018-06"}));
}

TEST(TimeTagger, AnniversariesAndAgesAreNotDates) {
  EXPECT_TRUE(Values("They marked the 73rd anniversary of the party.", "2018-10-15").empty());
  EXPECT_TRUE(Values("A 75-year-old man spoke.", "2018-10-15").empty());
  EXPECT_TRUE(Values("It was the party's 69th anniversary of founding.", "2018-10-15").empty());
}

TEST(TimeTagger, NoPublicationDateLeavesRelativeUnresolved) {
  auto v = Values("They met yesterday and again on Tuesday.", "");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0], "");
  EXPECT_EQ(v[1], "");
}

}  // namespace entente
