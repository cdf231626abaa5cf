// Durations and sets of the time tagger (tagger.h): "two years", "for years", "the first
// nine months", "daily", "$5 a year". Never event dates.
#include <algorithm>
#include <array>
#include <string>
#include <vector>
#include <climits>
#include <cstdlib>
#include <unordered_map>

#include "time/tagger.h"

namespace entente::timetag {

// Durations: "two years", "the past two months", "the first nine months", "a week",
// "two-year", "several years" (TIMEX3 "P2Y", "P2M", "P9M", "P1W", "PXY"). Never an event date.
bool Tagger::MatchDuration(int i, Cand& c) {
  int j = i;
  if (W(j) == "the") {
    ++j;
    if (!OneOf(W(j), {"first", "past", "last", "next", "coming", "previous", "following", "final", "latest"}) &&
        !NumberWord(W(j)))
      return false;
  }
  if (OneOf(W(j), {"first", "past", "last", "next", "coming", "previous", "following", "final", "latest"}) &&
      (j > i || W(j) == "past"))
    ++j;
  int num = 0;
  bool vague = false;
  if (OneOf(W(j), {"several", "few", "many", "some"}) && W(j - 1) != "a") {
    vague = true, ++j;
  } else if (W(j) == "a" && W(j + 1) == "few") {
    vague = true, j += 2;
  } else if (W(j) == "a" && W(j + 1) == "couple" && W(j + 2) == "of") {
    num = 2, j += 3;
  } else if (W(j) == "couple" && W(j + 1) == "of" && j > i) {  // "the next couple of years"
    num = 2, j += 2;
  } else if (OneOf(W(j), {"a", "an"})) {
    if (j != i || !OneOf(W(i - 1), {"for", "in", "within", "over", "after", "about", "nearly", "almost", "than",
                                     "least", "only", "just", "take", "takes", "took", "lasted", "last", "spent"}))
      return false;
    num = 1, ++j;
  } else if (j == i && OneOf(W(j), {"years", "months", "weeks", "days", "decades", "hours"}) &&
             (OneOf(W(i - 1), {"for", "within", "over"}) || (W(i - 1) == "in" && OneOf(W(i - 2), {"time", "first"})) ||
              (W(i + 1) == "of" && !IsDeterminer(W(i - 1)) && !NumberWord(W(i - 1)) && !AllDigits(W(i - 1)) &&
               !OneOf(W(i - 1), {"recent", "past", "last", "next", "coming", "early", "final", "first"})))) {
    // A count left untold: "for years", "within weeks", "the first time in years",
    // "months of talks".
    vague = true;
  } else if ((num = NumberWord(W(j))) > 0) {
    if (YearNumber(W(j))) return false;
    ++j;
    if (num >= 20 && num % 10 == 0 && NumberWord(W(j)) > 0 && NumberWord(W(j)) < 10 && AllDigits(W(j)) == false)
      num += NumberWord(W(j)), ++j;
  } else {
    return false;
  }
  // "2 1/2 years": a half more.
  bool half = false;
  if (num > 0 && W(j) == "1" && W(j + 1) == "/" && W(j + 2) == "2") half = true, j += 3;
  // "20 more years", "an additional year": the count is the same.
  if (num > 0 && OneOf(W(j), {"more", "additional", "extra", "further"})) ++j;
  std::string unit(W(j));
  const bool plural = !unit.empty() && unit.back() == 's';
  if (plural) unit.pop_back();
  if (unit == "centurie") unit = "century";
  static const std::unordered_map<std::string_view, const char*> kUnits = {
      {"year", "Y"}, {"month", "M"}, {"week", "W"}, {"day", "D"}, {"decade", "Y"}, {"century", "Y"},
      {"hour", "H"}, {"minute", "M"}, {"second", "S"}};
  auto u = kUnits.find(unit);
  if (u == kUnits.end()) return false;
  if (W(j + 1) == "old" || (W(j + 1) == "-" && W(j + 2) == "old")) return false;  // ages
  // "a second commune", "a second term": the ordinal.
  if (unit == "second" && !plural && !Punct(j + 1) &&
      !OneOf(W(j + 1), {"or", "later", "ago", "earlier", "before", "after", "and"}))
    return false;
  // "$5 a year" is a rate, not a duration.
  if (num == 1 && j == i + 1 && (AllDigits(W(i - 1)) || W(i - 1) == "$")) return false;
  c.first = i;
  c.last = j + 1;
  c.type = "DURATION";
  c.modifiable = false;
  const bool clock = unit == "hour" || unit == "minute" || unit == "second";
  // Decades and centuries are counted in years ("two decades" -> "P20Y"); vague counts
  // are X ("several years" -> "PXY", "centuries" -> "PXE" is not used: "PXY").
  const int scale = unit == "decade" ? 10 : unit == "century" ? 100 : 1;
  const char* code = scale > 1 ? "Y" : u->second;
  c.value = std::string(clock ? "PT" : "P") + (vague ? "X" : std::to_string(num * scale)) + code;
  // "a minute and a half", "an hour and a half".
  if (!vague && W(j + 1) == "and" && W(j + 2) == "a" && W(j + 3) == "half") half = true, c.last = j + 4;
  if (half && !vague && scale == 1) {
    // Half a unit in the next smaller one: "P2Y6M", "PT5H30M", "PT1M30S", "P1D12H"
    // (TimeML has no fractions); half a month or week stays unsaid.
    if (unit == "year") c.value += "6M";
    else if (unit == "day") c.value += "T12H";
    else if (unit == "hour") c.value += "30M";
    else if (unit == "minute") c.value += "30S";
    return true;
  }
  if (!vague && scale == 1 && !ExtendCompoundDuration(unit, num, c)) return false;
  return true;
}

// "one hour, 16 minutes and 39 seconds", "two years and three months", "1 hour 26
// minutes": one duration ("PT1H16M39S", "P2Y3M"), its parts in decreasing units. Parts
// joined by commas alone count only when "and" closes the list ("one year, 68 days or
// even two months" is a list of choices), and not before a rate ("20 years, five days a
// week"). False when the whole is an age ("17 years and three months old").
bool Tagger::ExtendCompoundDuration(const std::string& first_unit, int first_num, Cand& c) const {
  static const std::array<std::string_view, 7> kOrder = {"year", "month", "week", "day", "hour", "minute", "second"};
  static const std::array<char, 7> kCode = {'Y', 'M', 'W', 'D', 'H', 'M', 'S'};
  auto rank = [&](std::string_view u) {
    for (size_t r = 0; r < kOrder.size(); ++r)
      if (kOrder[r] == u) return static_cast<int>(r);
    return -1;
  };
  struct Part {
    int rank, num, end;
    bool and_joined;
  };
  std::vector<Part> parts = {{rank(first_unit), first_num, c.last, false}};
  int k = c.last;
  while (true) {
    int p = k;
    if (W(p) == ",") ++p;
    bool and_joined = W(p) == "and";
    if (and_joined) ++p;
    // "1 hour 26 minutes": clock units may follow each other bare.
    if (p == k && parts.back().rank < 4) break;
    int num = AllDigits(W(p)) ? Int(W(p)) : NumberWord(W(p));
    if (num <= 0 || YearNumber(W(p))) break;
    if ((*tok_)[p].end - (*tok_)[p].begin != W(p).size()) break;  // "55.154 seconds"
    std::string unit(W(p + 1));
    if (num != 1 && !unit.empty() && unit.back() == 's') unit.pop_back();
    if (num == 1 && !unit.empty() && unit.back() == 's') break;
    int r = rank(unit);
    if (r < 0 || r <= parts.back().rank) break;
    if (OneOf(W(p + 2), {"a", "an", "per", "each", "every"})) break;  // a rate
    parts.push_back({r, num, p + 2, and_joined});
    k = p + 2;
  }
  // Keep the parts up to the last one joined by "and" (or bare clock units).
  while (parts.size() > 1 && !parts.back().and_joined && parts.back().rank < 4) parts.pop_back();
  if (parts.size() > 1 && OneOf(W(parts.back().end), {"or", "old"})) {
    if (W(parts.back().end) == "old") return false;
    parts.resize(1);
  }
  if (parts.size() < 2) return true;
  std::string v = "P";
  bool time = false;
  for (const Part& part : parts) {
    if (part.rank >= 4 && !time) v += 'T', time = true;
    v += std::to_string(part.num);
    v += kCode[part.rank];
  }
  c.value = v;
  c.last = parts.back().end;
  return true;
}

bool Tagger::CountsWithin(int in_pos) const {
  for (int k = in_pos - 1; k >= 0 && k >= in_pos - 6; --k) {
    std::string_view w = W(k);
    if (Punct(k) || OneOf(w, {"will", "would", "is", "was", "be", "to", "that", "which"})) return false;
    if (OneOf(w, {"first", "second", "third", "fourth", "fifth", "last", "only"})) return true;
  }
  return false;
}

// Recurring times (TIMEX3 SET): "daily", "every day", "each year", "each Thursday",
// "every July". Never an event date.
bool Tagger::MatchSet(int i, Cand& c) {
  std::string_view w = W(i);
  const char* value = nullptr;
  int last = i + 1;
  // Capitalised inside a sentence, a name: "the Daily Telegraph", "Weekly Standard".
  if (Cap(i) && i > 0 && !Punct(i - 1) && OneOf(w, {"daily", "weekly", "monthly", "yearly"})) return false;
  if (w == "daily") value = "P1D";
  else if (w == "weekly") value = "P1W";
  else if (w == "monthly") value = "P1M";
  else if (w == "annually" || w == "yearly") value = "P1Y";
  else if (w == "hourly") value = "PT1H";
  // A rate: "$33 million a year", "50,000 CDs a year", "interviews a day", "twice a
  // week"; not "a year ago", "a year earlier", "a year-earlier loss".
  if (!value && (w == "a" || w == "an") && Gap(i + 2) != '-' &&
      !OneOf(W(i + 2), {"ago", "earlier", "later", "before", "after", "from", "or", "and", "old", "long", "since",
                        "until", "'s"})) {
    std::string_view u = W(i + 1), prev = W(i - 1);
    const char* rate = u == "day" ? "P1D" : u == "week" ? "P1W" : u == "month" ? "P1M" : u == "year" ? "P1Y" : nullptr;
    const bool counted =
        AllDigits(prev) || NumberWord(prev) > 0 ||
        OneOf(prev, {"million", "billion", "thousand", "hundred", "times", "twice", "once", "thrice", "%", "percent"}) ||
        (prev.size() > 3 && prev.back() == 's' && !Cap(i - 1) &&
         !OneOf(prev, {"this", "thus", "less", "unless", "across", "perhaps", "always", "towards", "besides",
                       "plus", "was", "has", "does", "goes", "its", "his", "ours", "yours", "theirs", "hers",
                       "whereas", "nevertheless", "regardless", "sometimes", "afterwards",
                       // how long: "it takes a year"
                       "takes", "lasts", "needs", "requires", "spends", "remains", "stays", "waits", "serves"}));
    if (rate && counted && !Punct(i - 1)) {
      c.first = i, c.last = i + 2, c.value = rate, c.type = "SET", c.modifiable = false;
      return true;
    }
  }
  if (!value && OneOf(w, {"every", "each"})) {
    std::string_view u = W(i + 1);
    last = i + 2;
    if (u == "day") value = "P1D";
    else if (u == "quarter") value = "P1Q";
    else if (u == "week") value = "P1W";
    else if (u == "month") value = "P1M";
    else if (u == "year") value = "P1Y";
    else if (u == "hour") value = "PT1H";
    else if (int wd = Cap(i + 1) ? WeekdayOf(u) : -1; wd >= 0) {
      c.value = "XXXX-WXX-" + std::to_string(wd + 1);
    } else if (int m = MonthAt(i + 1)) {
      c.value = std::string("XXXX-") + (m < 10 ? "0" : "") + std::to_string(m);
    } else if (int n = AllDigits(u) ? Int(u) : NumberWord(u); n > 1 && w == "every") {
      // "every 10 years", "every two weeks".
      static const std::unordered_map<std::string_view, const char*> kEvery = {
          {"years", "Y"}, {"months", "M"}, {"weeks", "W"}, {"days", "D"}, {"hours", "H"}};
      auto e = kEvery.find(W(i + 2));
      if (e == kEvery.end()) return false;
      c.value = std::string(W(i + 2) == "hours" ? "PT" : "P") + std::to_string(n) + e->second;
      last = i + 3;
    } else {
      return false;
    }
  } else if (!value) {
    return false;
  }
  c.first = i;
  c.last = last;
  if (value) c.value = value;
  c.type = "SET";
  c.modifiable = false;
  return true;
}

}  // namespace entente::timetag
