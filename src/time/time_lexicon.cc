#include "time/time_lexicon.h"

#include <cstdio>
#include <cstdlib>

#include "common/date.h"

namespace entente::timewords {

namespace {

struct Entry {
  std::string_view word;
  int value;
};

// The tables are small: a scan that compares lengths first costs less than hashing.
template <size_t N>
int Find(const Entry (&table)[N], std::string_view w, int none) {
  for (const Entry& e : table)
    if (e.word.size() == w.size() && e.word == w) return e.value;
  return none;
}

}  // namespace

int MonthOf(std::string_view w) {
  static constexpr Entry kMonths[] = {
      {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},   {"march", 3},     {"mar", 3},
      {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6},  {"jun", 6},       {"july", 7},
      {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sep", 9},   {"sept", 9},
      {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  if (w.size() < 3 || w.size() > 9) return 0;
  return Find(kMonths, w, 0);
}

int WeekdayOf(std::string_view w) {
  static constexpr Entry kDays[] = {{"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
                                    {"friday", 4}, {"saturday", 5}, {"sunday", 6},    {"tues", 1},
                                    {"thurs", 3}};
  if (w.size() < 4 || w.size() > 9) return -1;
  return Find(kDays, w, -1);
}

int SeasonOf(std::string_view w) {
  if (w == "spring") return 0;
  if (w == "summer") return 1;
  if (w == "fall" || w == "autumn") return 2;
  if (w == "winter") return 3;
  return -1;
}

const char* SeasonCode(int season) {
  static const char* kCodes[] = {"SP", "SU", "FA", "WI"};
  return season >= 0 && season < 4 ? kCodes[season] : "";
}

int NumberWord(std::string_view w) {
  static constexpr Entry kNumbers[] = {
      {"a", 1},         {"an", 1},        {"one", 1},       {"two", 2},        {"three", 3},
      {"four", 4},      {"five", 5},      {"six", 6},       {"seven", 7},      {"eight", 8},
      {"nine", 9},      {"ten", 10},      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13},
      {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},   {"forty", 40},     {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},    {"hundred", 100}};
  if (w.empty() || w.size() > 9) return 0;
  if (w[0] >= '0' && w[0] <= '9') {
    if (!AllDigits(w) || w.size() > 3) return 0;
    int v = 0;
    for (char ch : w) v = v * 10 + (ch - '0');
    return v;
  }
  return Find(kNumbers, w, 0);
}

int OrdinalWord(std::string_view w) {
  static constexpr Entry kOrdinals[] = {
      {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},     {"fifth", 5},
      {"sixth", 6},        {"seventh", 7},     {"eighth", 8},      {"ninth", 9},      {"tenth", 10},
      {"eleventh", 11},    {"twelfth", 12},    {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16},   {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  if (w.empty() || w.size() > 11) return 0;
  if (w[0] >= '0' && w[0] <= '9') {
    int d = DayNumber(w);
    return d && !AllDigits(w) ? d : 0;
  }
  return Find(kOrdinals, w, 0);
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int DayNumber(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0 || i > 2) return 0;
  const std::string_view suffix = w.substr(i);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int d = 0;
  for (size_t k = 0; k < i; ++k) d = d * 10 + (w[k] - '0');
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  return y >= 1000 && y <= 2199 ? y : 0;
}

const char* DayPartCode(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night") return "NI";
  return nullptr;
}

DateValue YearValue(int y) {
  DateValue v;
  v.year = y;
  v.precision = DateValue::Precision::kYear;
  return v;
}

DateValue MonthValue(int y, int m) {
  DateValue v;
  v.year = y;
  v.month = m;
  v.precision = DateValue::Precision::kMonth;
  return v;
}

DateValue DayOf(int y, int m, int d) {
  DateValue v;
  v.year = y;
  v.month = m;
  v.day = d < 1 ? 1 : d > DaysInMonth(y, m) ? DaysInMonth(y, m) : d;
  v.precision = DateValue::Precision::kDay;
  return v;
}

std::string Year4(int y) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

int WeekThursday(int days) { return days - Weekday(days) + 3; }

std::string WeekValue(int days) { return IsoWeek(days); }

std::string QuarterValue(int y, int q) { return Year4(y) + "-Q" + std::to_string(q); }
std::string HalfValue(int y, int h) { return Year4(y) + "-H" + std::to_string(h); }
std::string SeasonValue(int y, int s) { return Year4(y) + "-" + SeasonCode(s); }
std::string DecadeValue(int decade_start) { return Year4(decade_start).substr(0, 3); }

int NthWeekday(int y, int m, int wd, int n) {
  if (n > 0) {
    int first = DaysFromCivil(y, m, 1);
    return first + (wd - Weekday(first) + 7) % 7 + 7 * (n - 1);
  }
  int last = DaysFromCivil(y, m, DaysInMonth(y, m));
  return last - (Weekday(last) - wd + 7) % 7;
}

int EasterSunday(int y) {  // anonymous Gregorian algorithm
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil(y, month, day);
}

bool IsDeterminer(std::string_view w) {
  return OneOf(w, {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my",
                   "your", "'s", "no", "any", "some", "each", "every"});
}

bool IsFunctionWord(std::string_view w) {
  if (IsDeterminer(w)) return true;
  return OneOf(w, {"and", "or", "but", "nor", "so", "yet", "if", "as", "than", "that", "which", "who", "whom",
                   "whose", "when", "where", "while", "because", "although", "though", "since", "until", "till",
                   "unless", "whether", "after", "before", "of", "in", "on", "at", "to", "for", "from", "by", "with",
                   "about", "into", "onto", "over", "under", "through", "during", "against", "between", "among",
                   "around", "toward", "towards", "without", "within", "upon", "across", "along", "amid", "despite",
                   "per", "via", "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "is", "are",
                   "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
                   "would", "shall", "should", "can", "could", "may", "might", "must", "not", "also", "only", "then",
                   "there", "here", "ago", "later", "earlier", "last", "next", "this", "year", "month", "week"});
}

bool IsOccasionNoun(std::string_view w) {
  if (w.size() > 1 && w.back() == 's' && w != "talks" && w != "polls") w.remove_suffix(1);
  return OneOf(w, {"election", "vote", "referendum", "poll", "polls", "summit", "meeting", "talks", "conference",
                   "handover", "transfer", "visit", "ceremony", "inauguration", "deadline", "hearing", "trial",
                   "session", "launch", "opening", "celebration", "parade", "congress", "plenum", "ballot",
                   "change", "transition", "return", "withdrawal", "departure", "arrival", "signing", "release",
                   "agreement", "plan", "arrangement", "date", "appointment", "schedule"});
}

const char* ReferenceWord(std::string_view w) {
  if (OneOf(w, {"now", "already", "yet", "currently", "presently", "nowadays", "current", "today"}))
    return "PRESENT_REF";
  if (OneOf(w, {"once", "earlier", "previously", "formerly", "recently", "lately", "recent", "before"}))
    return "PAST_REF";
  if (OneOf(w, {"future", "soon", "eventually", "someday", "hereafter"})) return "FUTURE_REF";
  return nullptr;
}

}  // namespace entente::timewords
