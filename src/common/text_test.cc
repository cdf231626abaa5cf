#include "common/text.h"

#include <gtest/gtest.h>

#include "common/date.h"

namespace entente {

TEST(FoldText, CaseDiacriticsQuotesDashes) {
  EXPECT_EQ(FoldText("Díaz-Canel"), "diaz-canel");
  EXPECT_EQ(FoldText("KIM JONG UN"), "kim jong un");
  EXPECT_EQ(FoldText("Korea\xE2\x80\x99s"), "korea's");
  EXPECT_EQ(FoldText("a\xE2\x80\x94" "b"), "a-b");
}

TEST(FindInvalidUtf8, FindsTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFF" "cd"), 2u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);  // truncated sequence
}

TEST(Scripts, NonLatinLetters) {
  size_t i = 0;
  EXPECT_TRUE(IsNonLatinLetter(DecodeUtf8("\xE6\x96\xB0", i)));  // 新
  i = 0;
  EXPECT_TRUE(IsNonLatinLetter(DecodeUtf8("\xEA\xB9\x80", i)));  // 김
  EXPECT_FALSE(IsNonLatinLetter(U'é'));
  EXPECT_FALSE(IsNonLatinLetter(U'Ж'));
}

TEST(Date, CivilRoundTripAndWeekday) {
  int d = DaysFromCivil(2018, 10, 15);
  int y, m, dd;
  CivilFromDays(d, y, m, dd);
  EXPECT_EQ(y, 2018);
  EXPECT_EQ(m, 10);
  EXPECT_EQ(dd, 15);
  EXPECT_EQ(Weekday(d), 0);  // Monday
  EXPECT_EQ(Weekday(DaysFromCivil(1949, 10, 6)), 3);  // Thursday
}

TEST(Date, ParseIsoDate) {
  EXPECT_EQ(ParseIsoDate("2024-03-21")->ToString(), "2024-03-21");
  EXPECT_EQ(ParseIsoDate("2024-03")->ToString(), "2024-03");
  EXPECT_EQ(ParseIsoDate("2024")->ToString(), "2024");
  EXPECT_EQ(ParseIsoDate("2024-03-21T10:00:00Z")->ToString(), "2024-03-21");
  EXPECT_FALSE(ParseIsoDate("2024-02-30"));
  EXPECT_FALSE(ParseIsoDate("March 2024"));
}

}  // namespace entente
