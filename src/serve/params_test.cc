#include "serve/params.h"

#include <gtest/gtest.h>

namespace entente::serve {
namespace {

TEST(ServeParams, FullFilterIsParsed) {
  Query q = {{"source", "prk"}, {"target", "CHN"}, {"code", "04"}, {"from", "2018-06"}, {"to", "2024"},
             {"factuality", "asserted,future"}, {"directed", "1"}, {"limit", "20"}, {"offset", "40"}};
  EventFilter f;
  ASSERT_FALSE(ParseFilter(q, &f).has_value());
  EXPECT_EQ(f.source, "PRK");
  EXPECT_EQ(f.target, "CHN");
  EXPECT_EQ(f.code, "04");
  EXPECT_EQ(f.from, "2018-06");
  EXPECT_EQ(f.to, "2024");
  EXPECT_EQ(f.factuality, (std::vector<std::string>{"asserted", "future"}));
  EXPECT_FALSE(f.both_directions);
  EXPECT_EQ(f.limit, 20);
  EXPECT_EQ(f.offset, 40);
}

TEST(ServeParams, AbsentParametersKeepDefaults) {
  EventFilter f;
  ASSERT_FALSE(ParseFilter({}, &f).has_value());
  EXPECT_TRUE(f.source.empty());
  EXPECT_TRUE(f.both_directions);
  EXPECT_EQ(f.limit, 100);
  EXPECT_EQ(f.offset, 0);
}

// Each bad value is an error naming its parameter.
TEST(ServeParams, BadValuesNameTheParameter) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"source", "P"},          {"source", "PRK;DROP"},  {"target", "<script>"}, {"actor", "a b c"},
      {"code", "4"},            {"code", "04a"},         {"code", "12345"},      {"from", "2018-13"},
      {"from", "2018-02-30"},   {"to", "18"},            {"to", "2018/06"},      {"factuality", "maybe"},
      {"factuality", "asserted,"}, {"directed", "yes"},  {"limit", "0"},         {"limit", "1001"},
      {"limit", "ten"},         {"offset", "-1"},        {"offset", "1e3"},      {"limit", ""},
  };
  for (const auto& [name, value] : bad) {
    EventFilter f;
    auto e = ParseFilter({{name, value}}, &f);
    ASSERT_TRUE(e.has_value()) << name << "=" << value;
    EXPECT_EQ(e->param, name) << value;
    EXPECT_NE(e->message.find(name), std::string::npos) << e->message;
  }
}

TEST(ServeParams, FromAfterToIsAnError) {
  EventFilter f;
  auto e = ParseFilter({{"from", "2024-05"}, {"to", "2024-03-31"}}, &f);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "from");
  EXPECT_FALSE(ParseFilter({{"from", "2024"}, {"to", "2024"}}, &f).has_value());
  EXPECT_FALSE(ParseFilter({{"from", "2024-03"}, {"to", "2024"}}, &f).has_value());
}

TEST(ServeParams, DatesAreRealDates) {
  EXPECT_TRUE(IsDatePrefix("2024"));
  EXPECT_TRUE(IsDatePrefix("2024-02-29"));
  EXPECT_FALSE(IsDatePrefix("2023-02-29"));
  EXPECT_TRUE(IsDatePrefix("2000-02-29"));
  EXPECT_FALSE(IsDatePrefix("1900-02-29"));
  EXPECT_FALSE(IsDatePrefix("2024-00"));
  EXPECT_FALSE(IsDatePrefix("2024-1-1"));
}

TEST(ServeParams, UnknownAndRepeatedParametersAreRejected) {
  auto e = CheckParams({{"sourc", "PRK"}}, {"source", "target"});
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "sourc");
  EXPECT_NE(e->message.find("known: source, target"), std::string::npos) << e->message;
  e = CheckParams({{"source", "PRK"}, {"source", "CHN"}}, {"source"});
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "source");
  EXPECT_FALSE(CheckParams({{"source", "PRK"}, {"target", "CHN"}}, {"source", "target"}).has_value());
}

TEST(ServeParams, ChoicesAndIntegers) {
  std::string by = "month";
  EXPECT_FALSE(ParseChoice({}, "by", {"day", "month"}, &by).has_value());
  EXPECT_EQ(by, "month");
  EXPECT_FALSE(ParseChoice({{"by", "day"}}, "by", {"day", "month"}, &by).has_value());
  EXPECT_EQ(by, "day");
  auto e = ParseChoice({{"by", "fortnight"}}, "by", {"day", "month"}, &by);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "by");
  EXPECT_NE(e->message.find("day, month"), std::string::npos);
  int n = 3;
  EXPECT_FALSE(ParseInt({{"w", "12"}}, "w", 1, 60, &n).has_value());
  EXPECT_EQ(n, 12);
  EXPECT_TRUE(ParseInt({{"w", "99999999999999999999"}}, "w", 1, 60, &n).has_value());
}

// Error messages quote the bad value without control characters.
TEST(ServeParams, ErrorMessagesAreSanitised) {
  EventFilter f;
  auto e = ParseFilter({{"code", std::string("1\n2\x01") + std::string(100, 'x')}}, &f);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->message.find('\n'), std::string::npos);
  EXPECT_EQ(e->message.find('\x01'), std::string::npos);
  EXPECT_LT(e->message.size(), 120u);
}

}  // namespace
}  // namespace entente::serve
