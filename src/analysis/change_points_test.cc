#include "analysis/change_points.h"

#include <gtest/gtest.h>

namespace entente {

static SeriesPoint P(const std::string& period, long long coop, long long conflict) {
  SeriesPoint p;
  p.period = period;
  p.quad[0] = coop;
  p.quad[3] = conflict;
  p.events = coop + conflict;
  return p;
}

TEST(DetectChanges, FindsTheMonthCooperationTurns) {
  std::vector<SeriesPoint> s = {P("2018-01", 0, 4), P("2018-02", 1, 5), P("2018-03", 0, 3), P("2018-04", 6, 0),
                                P("2018-05", 5, 1), P("2018-06", 7, 0)};
  auto c = DetectChanges(s, 3, 5);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].period, "2018-04");
  EXPECT_LT(c[0].before, -0.8);
  EXPECT_GT(c[0].after, 0.8);
  EXPECT_EQ(c.size(), 1u);  // one turn, not the run of boundaries around it
}

TEST(DetectChanges, SteadySeriesHasNoChange) {
  std::vector<SeriesPoint> s = {P("2018-01", 3, 0), P("2018-02", 2, 0), P("2018-03", 4, 0)};
  EXPECT_TRUE(DetectChanges(s).empty());
  EXPECT_TRUE(DetectChanges({}).empty());
}

TEST(DetectChanges, OneStrayEventWeighsLessThanAWellReportedShift) {
  std::vector<SeriesPoint> s = {P("a", 5, 0), P("b", 5, 0), P("c", 0, 1), P("d", 5, 0), P("e", 5, 0),
                                P("f", 0, 6), P("g", 0, 6)};
  auto c = DetectChanges(s, 2, 5);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].period, "f");
}

TEST(CooperationIndex, RangeAndEmpty) {
  EXPECT_DOUBLE_EQ(CooperationIndex(P("x", 3, 1)), 0.5);
  EXPECT_DOUBLE_EQ(CooperationIndex(SeriesPoint{}), 0);
}

}  // namespace entente
