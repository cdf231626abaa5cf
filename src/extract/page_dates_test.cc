#include "extract/page_dates.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(PageDates, MetadataTimestamps) {
  EXPECT_EQ(NormalizeDate("2019-03-05T10:00:00+01:00"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("2019-03-05"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("2019/03/05 10:00"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("Tue, 05 Mar 2019 10:00:00 GMT"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("March 5, 2019"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("20190305"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("1551780000"), "2019-03-05");  // Unix seconds
  EXPECT_EQ(NormalizeDate("2019-02-30"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
}

TEST(PageDates, Urls) {
  EXPECT_EQ(DateFromUrl("https://example.com/2019/03/05/story.html"), "2019-03-05");
  EXPECT_EQ(DateFromUrl("https://example.com/news/2019-03-05-story"), "2019-03-05");
  EXPECT_EQ(DateFromUrl("https://example.com/a/20190305/story"), "2019-03-05");
  std::string month;
  EXPECT_EQ(DateFromUrl("https://blog.example.com/2013/10/post.html", &month), "");
  EXPECT_EQ(month, "2013-10");
  EXPECT_EQ(DateFromUrl("https://example.com/product/12345678"), "");
  EXPECT_EQ(DateFromUrl("https://2019.example.com/"), "");  // the host is not the path
}

TEST(PageDates, VisibleText) {
  EXPECT_EQ(FindTextDate("Posted on 12 September 2018 by Ana"), "2018-09-12");
  EXPECT_EQ(FindTextDate("Updated 5:27 am CST, Wednesday, November 20, 2019"), "2019-11-20");
  EXPECT_EQ(FindTextDate("19.03.2019 11:45 | von Inga Buller"), "2019-03-19");
  EXPECT_EQ(FindTextDate("Veröffentlicht am 5. März 2019"), "2019-03-05");
  EXPECT_EQ(FindTextDate("publié le 3 juin 2020"), "2020-06-03");
  EXPECT_EQ(FindTextDate("5 de marzo de 2019"), "2019-03-05");
  EXPECT_EQ(FindTextDate("11/20/2019"), "2019-11-20");  // US order when the day cannot be a month
  // A copyright year or a bare year is never a date.
  EXPECT_EQ(FindTextDate("Copyright 2019 Example Inc. All rights reserved."), "");
  EXPECT_EQ(FindTextDate("© 2009-2019"), "");
}

TEST(PageDates, Plausibility) {
  EXPECT_TRUE(PlausibleDate("2019-03-05", ""));
  EXPECT_FALSE(PlausibleDate("1970-01-01", ""));
  // Nothing after the crawl.
  EXPECT_FALSE(PlausibleDate("2024-03-07", "2024-03-05"));
  EXPECT_TRUE(PlausibleDate("2024-03-05", "2024-03-05"));
}

}  // namespace
}  // namespace entente
