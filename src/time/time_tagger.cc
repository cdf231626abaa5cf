#include "time/time_tagger.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "common/date.h"

namespace entente {
namespace {

int MonthOf(const std::string& w) {
  static const std::unordered_map<std::string, int> kMonths = {
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4},
      {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
      {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11},
      {"december", 12}, {"dec", 12}};
  auto it = kMonths.find(w);
  return it == kMonths.end() ? 0 : it->second;
}

int WeekdayOf(const std::string& w) {
  static const std::unordered_map<std::string, int> kDays = {
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4}, {"saturday", 5},
      {"sunday", 6}};
  auto it = kDays.find(w);
  return it == kDays.end() ? -1 : it->second;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int DayNumber(const std::string& w) {  // "21", "21st" -> 21
  size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0 || i > 2) return 0;
  std::string suffix = w.substr(i);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int d = std::atoi(w.substr(0, i).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(const std::string& w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = std::atoi(w.c_str());
  return y >= 1800 && y <= 2100 ? y : 0;
}

DateValue Month(int y, int m) {
  DateValue v;
  v.year = y, v.month = m, v.precision = DateValue::Precision::kMonth;
  return v;
}
DateValue Year(int y) {
  DateValue v;
  v.year = y, v.precision = DateValue::Precision::kYear;
  return v;
}
DateValue Day(int y, int m, int d) {
  DateValue v;
  v.year = y, v.month = m, v.day = d, v.precision = DateValue::Precision::kDay;
  return v;
}

std::string WeekValue(int days) {
  // ISO week of the day.
  int wd = Weekday(days);  // Monday = 0
  int thursday = days - wd + 3;
  int y, m, d;
  CivilFromDays(thursday, y, m, d);
  int week = (thursday - DaysFromCivil(y, 1, 1)) / 7 + 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, week);
  return buf;
}

}  // namespace

Tense TenseAt(const Sentence& s, uint32_t anchor) {
  const auto& t = s.tokens;
  uint32_t from = anchor > 5 ? anchor - 5 : 0;
  for (uint32_t i = from; i < anchor && i < t.size(); ++i) {
    const std::string& w = t[i].norm;
    if (w == "will" || w == "shall" || w == "'ll") return Tense::kFuture;
    if ((t[i].lemma == "expect" || t[i].lemma == "plan" || t[i].lemma == "schedule" || w == "due") &&
        i + 1 < t.size() && t[i + 1].norm == "to")
      return Tense::kFuture;
  }
  if (anchor < t.size() && (t[anchor].norm == "will" || t[anchor].norm == "next")) return Tense::kFuture;
  return Tense::kPast;
}

std::vector<TimeExpr> TagTimes(const std::vector<Sentence>& sentences, const std::string& text,
                               const TimeContext& ctx) {
  std::vector<TimeExpr> out;
  const bool have_pub = ctx.published.has_value();
  const int pub = have_pub ? ToDays(*ctx.published) : 0;
  const int py = have_pub ? ctx.published->year : 0;
  const int pm = have_pub ? ctx.published->month : 0;
  const int pd = have_pub ? ctx.published->day : 0;
  std::optional<int> year_in_scope;  // "this year", "in 2018" earlier in the paragraph
  uint32_t scope_paragraph = UINT32_MAX;

  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const auto& t = s.tokens;
    if (s.paragraph != scope_paragraph) year_in_scope.reset(), scope_paragraph = s.paragraph;
    const uint32_t n = static_cast<uint32_t>(t.size());
    // Future if the sentence has "will" before the position; crude but cheap.
    auto tense_at = [&](uint32_t i) {
      for (uint32_t j = 0; j < n; ++j)
        if (t[j].norm == "will" || t[j].norm == "'ll" || (t[j].norm == "next" && j != i)) return Tense::kFuture;
      return Tense::kPast;
    };
    // Month (and day) without a year: the latest consistent with tense.
    auto month_year = [&](int m, int d, uint32_t i) -> std::optional<int> {
      if (year_in_scope) return *year_in_scope;
      if (!have_pub) return std::nullopt;
      bool future = tense_at(i) == Tense::kFuture;
      int y = py;
      bool after = m > pm || (m == pm && d > pd);
      if (!future && after) --y;
      if (future && (m < pm || (m == pm && d && d < pd))) ++y;
      return y;
    };
    auto emit = [&](uint32_t first, uint32_t last, std::string value, std::vector<DateValue> dates, bool rel) {
      TimeExpr e;
      e.sentence = si;
      e.first = first;
      e.last = last;
      e.begin = t[first].begin;
      e.end = t[last - 1].end;
      e.value = std::move(value);
      e.dates = std::move(dates);
      e.relative = rel;
      if (first > 0) {
        const std::string& before = t[first - 1].norm;
        e.relational = before == "since" || before == "until" || before == "till" || before == "before" ||
                       before == "after" || before == "by";
      }
      out.push_back(std::move(e));
    };

    for (uint32_t i = 0; i < n; ++i) {
      const std::string& w = t[i].norm;
      auto at = [&](uint32_t k) -> const std::string& {
        static const std::string kEmpty;
        return k < n ? t[k].norm : kEmpty;
      };
      // Anniversaries and ages are not dates: "73rd anniversary", "75-year-old", "75 years old".
      if (DayNumber(w) || AllDigits(w)) {
        if (at(i + 1) == "anniversary" || at(i + 1) == "birthday" || at(i + 1) == "congress" ||
            at(i + 1) == "century" || at(i + 1) == "plenary" || at(i + 1) == "session") {
          ++i;
          continue;
        }
        if ((at(i + 1) == "year" || at(i + 1) == "years") && (at(i + 2) == "old" || at(i + 2) == "ago" || at(i + 2) == "of")) {
          i += 2;
          continue;
        }
      }
      // ISO date: 2024-03-21 (tokenised as 2024 03 21 with hyphens skipped).
      if (YearNumber(w) && i + 2 < n && t[i + 1].norm.size() == 2 && t[i + 2].norm.size() == 2 &&
          AllDigits(t[i + 1].norm) && AllDigits(t[i + 2].norm) && text[t[i].end] == '-' &&
          text[t[i + 1].end] == '-') {
        int y = YearNumber(w), m = std::atoi(t[i + 1].norm.c_str()), d = std::atoi(t[i + 2].norm.c_str());
        if (m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) {
          DateValue v = Day(y, m, d);
          emit(i, i + 3, v.ToString(), {v}, false);
          i += 2;
          continue;
        }
      }
      int month = t[i].upper_initial ? MonthOf(w) : 0;
      if (month == 5 && i + 1 < n && !t[i + 1].punct && !DayNumber(at(i + 1)) && !YearNumber(at(i + 1)) &&
          (i == 0 || at(i - 1) != "in") && (i == 0 || at(i - 1) != ","))
        month = 0;  // "May" the modal verb
      if (month) {
        uint32_t j = i + 1;
        if (at(j) == ".") ++j;
        int day = DayNumber(at(j));
        if (day) {
          uint32_t k = j + 1;
          if (at(k) == ",") ++k;
          int year = YearNumber(at(k));
          if (year) {
            DateValue v = Day(year, month, std::min(day, DaysInMonth(year, month)));
            emit(i, k + 1, v.ToString(), {v}, false);
            year_in_scope = year;
            i = k;
            continue;
          }
          auto y = month_year(month, day, i);
          if (y) {
            DateValue v = Day(*y, month, std::min(day, DaysInMonth(*y, month)));
            emit(i, j + 1, v.ToString(), {v}, !year_in_scope);
          } else {
            emit(i, j + 1, "", {}, true);
          }
          i = j;
          continue;
        }
        int year = YearNumber(at(j));
        if (year) {
          DateValue v = Month(year, month);
          emit(i, j + 1, v.ToString(), {v}, false);
          year_in_scope = year;
          i = j;
          continue;
        }
        // A list of months: "March, May and June".
        std::vector<DateValue> values;
        std::string value;
        uint32_t last = i + 1;
        std::vector<int> months = {month};
        uint32_t k = i + 1;
        while (k + 1 < n && (at(k) == "," || at(k) == "and" || at(k) == "or")) {
          uint32_t q = k + 1;
          if (at(q) == "and" || at(q) == "or") ++q;
          int m2 = q < n && t[q].upper_initial ? MonthOf(at(q)) : 0;
          if (!m2) break;
          months.push_back(m2);
          last = q + 1;
          k = q + 1;
        }
        bool unresolved = false;
        for (int m : months) {
          auto y = month_year(m, 0, i);
          if (!y) {
            unresolved = true;
            break;
          }
          values.push_back(Month(*y, m));
        }
        if (!unresolved) value = values.front().ToString();
        else values.clear();
        emit(i, last, value, values, !year_in_scope);
        i = last - 1;
        continue;
      }
      // "6 October 1949", "21 March".
      if (DayNumber(w) && AllDigits(w.substr(0, 1)) && i + 1 < n && t[i + 1].upper_initial && MonthOf(at(i + 1))) {
        int day = DayNumber(w), m = MonthOf(at(i + 1));
        int year = YearNumber(at(i + 2));
        if (year) {
          DateValue v = Day(year, m, std::min(day, DaysInMonth(year, m)));
          emit(i, i + 3, v.ToString(), {v}, false);
          year_in_scope = year;
          i += 2;
          continue;
        }
        auto y = month_year(m, day, i);
        if (y) {
          DateValue v = Day(*y, m, std::min(day, DaysInMonth(*y, m)));
          emit(i, i + 2, v.ToString(), {v}, true);
        }
        i += 1;
        continue;
      }
      // Years: "in 1956 and 1988", "since 2019".
      if (int y = YearNumber(w)) {
        static const std::unordered_map<std::string, int> kBefore = {
            {"in", 1}, {"since", 1}, {"by", 1}, {"until", 1}, {"from", 1}, {"of", 1}, {"and", 1},
            {",", 1},  {"during", 1}, {"before", 1}, {"after", 1}, {"early", 1}, {"late", 1}, {"mid", 1}, {"to", 1}};
        bool ok = i == 0 || kBefore.count(at(i - 1));
        const std::string& next = at(i + 1);
        if (next == "people" || next == "troops" || next == "soldiers" || next == "tons" || next == "km" ||
            next == "kilometers" || next == "dollars" || next == "won" || next == "yuan")
          ok = false;
        if (ok) {
          std::vector<DateValue> values = {Year(y)};
          uint32_t last = i + 1;
          // "1956 and 1988"
          uint32_t k = i + 1;
          while (k + 1 < n && (at(k) == "and" || at(k) == ",")) {
            int y2 = YearNumber(at(k + 1));
            if (!y2) break;
            values.push_back(Year(y2));
            last = k + 2;
            k += 2;
          }
          emit(i, last, values.front().ToString(), values, false);
          year_in_scope = y;
          i = last - 1;
          continue;
        }
      }
      // Decades: "the 1990s".
      if (w.size() == 5 && w.back() == 's' && YearNumber(w.substr(0, 4)) && w[3] == '0') {
        DateValue v = Year(std::atoi(w.substr(0, 4).c_str()));
        v.precision = DateValue::Precision::kNone;  // not an event date
        emit(i, i + 1, w.substr(0, 3), {}, false);
        continue;
      }
      // Weekdays.
      int wd = t[i].upper_initial ? WeekdayOf(w) : -1;
      if (wd >= 0) {
        if (!have_pub) {
          emit(i, i + 1, "", {}, true);
          continue;
        }
        bool future = tense_at(i) == Tense::kFuture || at(i - 1 < n ? i - 1 : 0) == "next";
        int pw = Weekday(pub);
        int delta = future ? (wd - pw + 7) % 7 : -((pw - wd + 7) % 7);
        if (i > 0 && at(i - 1) == "last" && delta == 0) delta = -7;
        DateValue v = DayValue(pub + delta);
        emit(i, i + 1, v.ToString(), {v}, true);
        continue;
      }
      // yesterday / today / tomorrow / tonight / now
      if (w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight") {
        if (!have_pub) {
          emit(i, i + 1, "", {}, true);
          continue;
        }
        int delta = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
        DateValue v = DayValue(pub + delta);
        emit(i, i + 1, v.ToString(), {v}, true);
        continue;
      }
      if (w == "now" || w == "currently" || w == "nowadays") {
        emit(i, i + 1, "PRESENT_REF", {}, true);
        continue;
      }
      // this/last/next/earlier this/later this + week/month/year
      if ((w == "this" || w == "last" || w == "next" || w == "past") &&
          (at(i + 1) == "week" || at(i + 1) == "month" || at(i + 1) == "year")) {
        uint32_t first = (i > 0 && (at(i - 1) == "earlier" || at(i - 1) == "later")) ? i - 1 : i;
        if (!have_pub) {
          emit(first, i + 2, "", {}, true);
          ++i;
          continue;
        }
        int dir = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0;
        const std::string& unit = at(i + 1);
        if (unit == "week") {
          int days = pub + 7 * dir;
          int monday = days - Weekday(days);
          DateValue v = DayValue(monday);
          v.precision = DateValue::Precision::kMonth;
          emit(first, i + 2, WeekValue(days), {v}, true);
        } else if (unit == "month") {
          int y = py, m = pm + dir;
          if (m == 0) m = 12, --y;
          if (m == 13) m = 1, ++y;
          DateValue v = Month(y, m);
          emit(first, i + 2, v.ToString(), {v}, true);
        } else {
          DateValue v = Year(py + dir);
          emit(first, i + 2, v.ToString(), {v}, true);
          year_in_scope = py + dir;
        }
        ++i;
        continue;
      }
      // "on the 21st": the latest such day of month, on or before publication.
      if (w == "the" && i + 1 < n && DayNumber(at(i + 1)) && !AllDigits(at(i + 1))) {
        const std::string& after = at(i + 2);
        if (after == "anniversary" || after == "century" || after == "congress" || after == "birthday" ||
            after == "session" || after == "plenary" || after == "time" || after == "round") {
          i += 2;
          continue;
        }
        if (!have_pub) {
          emit(i, i + 2, "", {}, true);
          ++i;
          continue;
        }
        int d = DayNumber(at(i + 1));
        int y = py, m = pm;
        if (d > pd) {
          if (--m == 0) m = 12, --y;
        }
        DateValue v = Day(y, m, std::min(d, DaysInMonth(y, m)));
        emit(i, i + 2, v.ToString(), {v}, true);
        ++i;
        continue;
      }
      // "the same day" / "the same month": the previous expression's value.
      if (w == "same" && (at(i + 1) == "day" || at(i + 1) == "month") && i > 0 && !out.empty()) {
        const TimeExpr& prev = out.back();
        std::vector<DateValue> values;
        for (DateValue v : prev.dates) {
          if (at(i + 1) == "month" && v.precision == DateValue::Precision::kDay)
            v.precision = DateValue::Precision::kMonth, v.day = 0;
          values.push_back(v);
        }
        emit(i - 1, i + 2, values.empty() ? "" : values.front().ToString(), values, prev.relative);
        ++i;
        continue;
      }
    }
  }
  return out;
}

}  // namespace entente
