// Words of time expressions and calendar helpers for the time tagger: month, weekday,
// season and number words, day and year numbers, and the TIMEX3 value notations
// ("2024-W12", "2024-Q1", "2024-SU", "199"). Pure functions over normalised (lower-case)
// tokens; thread-safe.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"

namespace entente::timewords {

// Word lists are short: a linear scan of string_views (lengths known at compile time)
// beats hashing.
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w.size() == x.size() && w == x) return true;
  return false;
}

// A set of words (string literals; the set keeps views of them) probed without hashing
// the whole word: a bucket from the length and the first and last letters, then a few
// comparisons. Immutable after construction.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) buckets_[Slot(w)].push_back(w);
  }
  bool contains(std::string_view w) const {
    if (w.empty()) return false;
    for (std::string_view x : buckets_[Slot(w)])
      if (x == w) return true;
    return false;
  }

 private:
  static size_t Slot(std::string_view w) {
    return (w.size() * 37u + static_cast<unsigned char>(w[0]) * 11u + static_cast<unsigned char>(w.back())) & 255u;
  }
  std::array<std::vector<std::string_view>, 256> buckets_;
};

// Determiners and possessives: "the", "a", "its", "'s" ...
bool IsDeterminer(std::string_view w);

// Closed-class words: determiners, prepositions, conjunctions, pronouns, auxiliaries
// and modals. A lower-case word after a date that is none of these is most likely the
// noun the date modifies ("the December tsunami").
bool IsFunctionWord(std::string_view w);

// Words that TimeML annotates, when they are marked, as the present, the past or the
// future without a date: "already", "yet" -> PRESENT_REF; "once", "earlier" -> PAST_REF;
// "future", "eventually" -> FUTURE_REF; nullptr otherwise. Too loose to be found in
// running text ("once a week", "earlier than"), they are read only in a span that
// something else delimited (ResolveTimeSpans).
const char* ReferenceWord(std::string_view w);

// Nouns of occasions that have a date of their own: "election", "vote", "summit",
// "handover", "transfer", "visit", "deadline" (singular and plural).
bool IsOccasionNoun(std::string_view w);

int MonthOf(std::string_view w);    // "march", "mar" -> 3; 0 if none
int WeekdayOf(std::string_view w);  // "monday" -> 0 ... "sunday" -> 6; -1 if none
// "spring" -> 0, "summer" -> 1, "fall"/"autumn" -> 2, "winter" -> 3; -1 if none.
int SeasonOf(std::string_view w);
const char* SeasonCode(int season);  // "SP", "SU", "FA", "WI"
// "one".."ninety" and "a"/"an" -> 1, "a dozen" is not handled; 0 if none.
int NumberWord(std::string_view w);
// "1st", "first", "third", "twenty" ... as an ordinal 1..31; 0 if none.
int OrdinalWord(std::string_view w);
int DayNumber(std::string_view w);   // "21", "21st", "09" -> 21 / 9; 0 if none (1..31)
int YearNumber(std::string_view w);  // "1949" -> 1949 for four digits 1000..2199; 0 if none
bool AllDigits(std::string_view s);
// Part of the day as TIMEX3 writes it: "morning" -> "MO", "afternoon" -> "AF",
// "evening" -> "EV", "night" -> "NI"; nullptr if none.
const char* DayPartCode(std::string_view w);

// Calendar values.
DateValue YearValue(int y);
DateValue MonthValue(int y, int m);
DateValue DayOf(int y, int m, int d);  // clamps d to the month's length

// TIMEX3 notations.
std::string Year4(int y);                // "0988" style four digits
std::string WeekValue(int days);         // ISO week of the day: "2024-W12"
std::string QuarterValue(int y, int q);  // "2024-Q1"
std::string HalfValue(int y, int h);     // "2024-H2"
std::string SeasonValue(int y, int s);   // "2024-SU"
std::string DecadeValue(int decade_start);  // 1990 -> "199"

// The Thursday of the ISO week holding `days` (the week's month for event dates).
int WeekThursday(int days);

// Day number of the n-th weekday `wd` (0 = Monday) of month m (n = -1: the last).
int NthWeekday(int y, int m, int wd, int n);
int EasterSunday(int y);  // day number

}  // namespace entente::timewords
