// Calendar expressions of the time tagger (tagger.h): explicit dates, months, days of
// the month, years, decades, seasons, quarters and halves, holidays, clock times.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <unordered_map>

#include "time/tagger.h"

namespace entente::timetag {

bool Tagger::MatchCalendar(int i, Cand& c) {
  // "April 24 and 25": a day after a date of the same month.
  if (DayNumber(W(i)) && AllDigits(W(i)) && OneOf(W(i - 1), {"and", "or", ",", "to"}) && !out_.empty() &&
      out_.back().sentence == si_ && out_.back().dates.size() == 1 &&
      out_.back().dates[0].precision == DateValue::Precision::kDay &&
      static_cast<int>(out_.back().last) >= i - 2 && !MonthOf(W(i + 1)) && !OneOf(W(i + 1), {"%", "percent"}) &&
      (Punct(i + 1) || OneOf(W(i + 1), {"and", "or", "in", "at", "to", "when"}))) {
    const DateValue& prev = out_.back().dates[0];
    int d = DayNumber(W(i));
    if (d > prev.day && d <= DaysInMonth(prev.year, prev.month)) {
      c.first = i, c.last = i + 1;
      c.date = DayOf(prev.year, prev.month, d);
      c.value = c.date->ToString();
      c.relative = out_.back().relative;
      return true;
    }
  }
  // "the week of March 6": the ISO week of that day.
  if (W(i) == "the" && W(i + 1) == "week" && W(i + 2) == "of" && MonthAt(i + 3)) {
    Cand day;
    if (MatchCalendar(i + 3, day) && day.date && day.date->precision == DateValue::Precision::kDay) {
      c = day;
      c.first = i;
      c.value = WeekValue(ToDays(*day.date));
      c.date = MonthValue(day.date->year, day.date->month);
      return true;
    }
  }
  int j = i;
  int weekday = -1;
  // "Thursday, April 6": the weekday joins the date (and tells its year).
  if (Cap(j) && WeekdayOf(W(j)) >= 0) {
    int k = W(j + 1) == "," ? j + 2 : j + 1;
    if ((MonthOf(W(k)) && Cap(k) && (DayNumber(W(k + 1)) || DayNumber(W(k + 2)) || OrdinalWord(W(k + 1)))) ||
        (DayNumber(W(k)) && MonthAt(k + 1)))
      weekday = WeekdayOf(W(j)), j = k;
  }
  auto year_of = [&](int m, int d) {
    int y = ResolveMonthYear(m, d, 0, c.first, c.last, false);
    if (weekday >= 0 && have_pub_ && y && Weekday(DaysFromCivil(y, m, std::min(d, DaysInMonth(y, m)))) != weekday)
      for (int cand : {py_, py_ - 1, py_ + 1})
        if (Weekday(DaysFromCivil(cand, m, std::min(d, DaysInMonth(cand, m)))) == weekday) return cand;
    return y;
  };
  // An explicit date: tokens [i, last).
  auto explicit_day = [&](int y, int m, int d, int last) {
    c.first = i, c.last = last;
    c.date = DayOf(y, m, d);
    c.value = c.date->ToString();
    c.explicit_year = y;
    return true;
  };
  // Day d of month m: of the year at token q when there is one ("Oct. 6, 1949", "6
  // October 1949"), else resolved against publication, the expression ending before
  // token `bare_last` ("March 25", "21 March").
  auto day_of_month = [&](int m, int d, int q, int bare_last) {
    int used = 0;
    if (int y = YearAt(q, &used)) return explicit_day(y, m, d, q + used);
    c.first = i, c.last = bare_last;
    int y = year_of(m, d);
    if (!y) return Unresolved(c), true;
    c.date = DayOf(y, m, d);
    c.value = c.date->ToString();
    c.relative = true;
    return true;
  };
  // ISO 2024-03-21.
  if (int y = YearNumber(W(j))) {
    if (W(j + 1).size() == 2 && W(j + 2).size() == 2 && AllDigits(W(j + 1)) && AllDigits(W(j + 2)) &&
        Gap(j + 1) == '-' && Gap(j + 2) == '-') {
      int m = Int(W(j + 1)), d = Int(W(j + 2));
      if (m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) return explicit_day(y, m, d, j + 3);
    }
    return false;
  }
  // US numeric 3/21/2024 or 3/21/98.
  if (AllDigits(W(j)) && W(j).size() <= 2 && W(j + 1) == "/" && AllDigits(W(j + 2)) && W(j + 2).size() <= 2 &&
      W(j + 3) == "/" && AllDigits(W(j + 4)) && (W(j + 4).size() == 2 || W(j + 4).size() == 4)) {
    int m = Int(W(j)), d = Int(W(j + 2)), y = Int(W(j + 4));
    if (W(j + 4).size() == 2) y += y >= 50 ? 1900 : 2000;
    if (m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) return explicit_day(y, m, d, j + 5);
    return false;
  }
  // Month first: "Oct. 6, 1949", "March 25", "March 2024", "March of 2024", "March eighth".
  if (int m = MonthAt(j)) {
    int p = W(j + 1) == "." ? j + 2 : j + 1;
    // "February, 6, 1996": a comma after the month too, when a year follows the day.
    if (int used = 0; W(p) == "," && DayNumber(W(p + 1)) && W(p + 2) == "," && YearAt(p + 3, &used)) ++p;
    int d = DayNumber(W(p));
    if (!d && OrdinalWord(W(p)) && !AllDigits(W(p))) d = OrdinalWord(W(p));
    if (d && !OneOf(W(p + 1), {"%", "percent", "years", "year", "days", "months", "million", "billion"}) &&
        !(W(p + 1) == "," && AllDigits(W(p + 2)) && W(p + 2).size() == 3))
      return day_of_month(m, d, W(p + 1) == "," ? p + 2 : p + 1, p + 1);
    int q = W(p) == "of" || W(p) == "," ? p + 1 : p;
    if (W(p) == "." && q == p) q = p + 1;
    int used = 0;
    if (int y = YearAt(q, &used)) {
      c.first = i, c.last = q + used;
      c.date = MonthValue(y, m);
      c.value = c.date->ToString();
      c.explicit_year = y;
      return true;
    }
    return false;
  }
  // Day first: "6 October 1949", "21 March"; "the 21st of March".
  int d = DayNumber(W(j)), mpos = j + 1;
  if (!d && W(j) == "the" && OrdinalWord(W(j + 1)) && W(j + 2) == "of" && MonthOf(W(j + 3)) && Cap(j + 3))
    d = OrdinalWord(W(j + 1)), mpos = j + 3;
  if (d && MonthOf(W(mpos)) && Cap(mpos)) {
    int m = MonthOf(W(mpos));
    int q = W(mpos + 1) == "." ? mpos + 2 : mpos + 1;
    if (W(q) == ",") ++q;
    return day_of_month(m, d, q, mpos + 1);
  }
  return false;
}

bool Tagger::MatchMonth(int i, Cand& c) {
  int j = i, dir = 0;
  bool explicit_this = false;
  if (OneOf(W(j), {"last", "next", "this", "past", "coming"}) && MonthAt(j + 1)) {
    dir = W(j) == "last" || W(j) == "past" ? -1 : W(j) == "next" || W(j) == "coming" ? 1 : 0;
    explicit_this = W(j) == "this";
    ++j;
    if (W(i) == "this" && (W(j) == "past" || W(j) == "coming")) dir = W(j) == "past" ? -1 : 1, ++j;
  }
  int m = MonthAt(j);
  if (!m) return false;
  c.first = i;
  c.last = j + 1;
  // "last Oct. 23": a day of the month before (after) publication.
  if (dir != 0 || explicit_this) {
    int p = W(j + 1) == "." ? j + 2 : j + 1;
    if (int d = DayNumber(W(p))) {
      c.last = p + 1;
      int y = ResolveMonthYear(m, d, dir, c.first, c.last, explicit_this);
      if (!y) return Unresolved(c), true;
      c.date = DayOf(y, m, d);
      c.value = c.date->ToString();
      c.relative = true;
      return true;
    }
  }
  if (W(j + 1) == "." && W(j).size() <= 4 && !OneOf(W(j), {"june", "july", "may"}))
    ++c.last;  // "Sept." at a sentence end
  // "March of last year", "March last year", "March this year".
  int k = j + 1;
  if (W(k) == "of") ++k;
  if (OneOf(W(k), {"last", "this", "next"}) && W(k + 1) == "year") {
    if (!have_pub_) return Unresolved(c), true;
    int y = py_ + (W(k) == "last" ? -1 : W(k) == "next" ? 1 : 0);
    c.last = k + 2;
    c.date = MonthValue(y, m);
    c.value = c.date->ToString();
    c.relative = true;
    return true;
  }
  int y = ResolveMonthYear(m, 0, dir, c.first, c.last, explicit_this);
  if (!y) return Unresolved(c), true;
  c.date = MonthValue(y, m);
  c.value = c.date->ToString();
  c.relative = !(dir == 0 && !explicit_this && ScopeYear());
  return true;
}

// "on the 21st": that day of the publication month, or of the month before (after) it.
bool Tagger::MatchDayOfMonth(int i, Cand& c) {
  if (W(i) != "the") return false;
  std::string_view w = W(i + 1);
  int d = DayNumber(w);
  if (!d || AllDigits(w)) return false;
  std::string_view next = W(i + 2);
  if (!Punct(i + 2) && !OneOf(next, {"and", "or", "but", "to", "at", "in", "on", "when", "after", "before", "that",
                                     "as", "while", "from", "with", "by", "and", "the", "it", "they", "he", "she",
                                     "we", "said", "of"}))
    return false;
  if (next == "of" && !MonthOf(W(i + 3))) return false;
  c.first = i;
  c.last = i + 2;
  if (!have_pub_) return Unresolved(c), true;
  int y = py_, m = pm_;
  Tense t = TenseOf(c.first, c.last);
  if (t == Tense::kFuture) {
    if (d < pd_ && ++m == 13) m = 1, ++y;
  } else if (d > pd_ && --m == 0) {
    m = 12, --y;
  }
  c.date = DayOf(y, m, d);
  c.value = c.date->ToString();
  c.relative = true;
  return true;
}

bool Tagger::MatchYear(int i, Cand& c) {
  if (int y = FiscalYearCode(i)) {
    c.first = i, c.last = i + 1;
    c.value = Year4(y);
    c.date = YearValue(y);
    c.explicit_year = y;
    return true;
  }
  int j = i;
  bool fiscal = false;
  if (W(j) == "fiscal" || W(j) == "fy") fiscal = true, ++j;
  if (fiscal && W(j) == "year") ++j;
  bool the_year = false;
  if (W(j) == "the" && W(j + 1) == "year") the_year = true, j += 2;
  else if (W(j) == "year" && !fiscal && !YearNumber(W(j + 1)) && W(j + 1) != "two") return false;
  int used = 0;
  int y = YearAt(j, &used);
  if (!y) return false;
  const bool digits = YearNumber(W(j)) != 0;
  std::string_view prev = W(i - 1);
  std::string_view next = W(j + used);
  if (!digits && !the_year && !fiscal && W(j) == "nineteen" && used < 2) return false;
  if (digits && !fiscal && !the_year) {
    // A number, not a year: "1,500 troops", "$1990", "No. 1988", "Boeing 1900".
    if (OneOf(next, {"people", "troops", "soldiers", "tons", "tonnes", "km", "kilometers", "kilometres", "miles",
                     "dollars", "won", "yuan", "yen", "euros", "meters", "metres", "feet", "percent", "%",
                     "shares", "members", "workers", "units", "cars", "votes", "points", "hours", "barrels",
                     "acres", "residents", "students", "cases", "deaths", "delegates", "pounds", "rupees",
                     "times", "seats", "employees", "jobs", "companies", "beds", "rooms", "vehicles", "planes",
                     "ships", "homes", "houses", "families", "children", "million", "billion", "kg", "mw", "m"}))
      return false;
    if (OneOf(prev, {"$", "no", "number", "route", "flight", "page", "room", "code", "#", "model", "boeing",
                     "resolution", "article", "section", "chapter", "about", "nearly", "some", "over", "than",
                     "approximately", "around", "almost", "roughly", "to", "top", "at", "interstate", "highway"}) &&
        !(prev == "to" && (!AllDigits(W(i - 2)) || YearNumber(W(i - 2))) &&
          !OneOf(W(i - 2), {"rose", "fell", "increased", "decreased", "climbed", "jumped", "dropped", "declined",
                            "gained", "slipped", "up", "down", "rising", "falling", "grew", "risen", "fallen",
                            "%", "percent", "cut", "raised", "lowered", "reduced", "boosted", "soared"})))
      return false;
    if (y < 1800 && !OneOf(prev, {"in", "since", "of", "from", "until", "by", "year", "before", "after"}))
      return false;
    if (y > 2100) return false;
    if (W(j + used) == "." && AllDigits(W(j + used + 1))) return false;
  }
  c.first = i;
  c.last = j + used;
  c.value = Year4(y);
  c.date = YearValue(y);
  c.explicit_year = y;
  return true;
}

bool Tagger::MatchDecade(int i, Cand& c) {
  int j = i;
  bool the = W(j) == "the";
  if (the) ++j;
  if (OneOf(W(j), {"early", "mid", "late"}) && the) ++j;
  if (W(j) == "'" && j + 1 < n_) ++j;
  std::string_view w = W(j);
  int decade = -1;
  bool two_digit = false;
  // "1990s", "1990's", "90s", "'90s", "nineties".
  if (w.size() == 5 && w.back() == 's' && YearNumber(w.substr(0, 4)) && w[3] == '0') {
    decade = Int(w.substr(0, 4));
  } else if (YearNumber(w) && w[3] == '0' && W(j + 1) == "'s" && (the || OneOf(W(i - 1), {"early", "mid", "late", "in"}))) {
    decade = Int(w);
    ++j;
  } else if (w.size() == 3 && w.back() == 's' && AllDigits(w.substr(0, 2)) && w[1] == '0' && (the || W(j - 1) == "'")) {
    decade = Int(w.substr(0, 2)), two_digit = true;
  } else if (OrdinalWord(w) && !AllDigits(w) && W(j + 1) == "century" && OrdinalWord(w) <= 21 &&
             (the || Punct(j + 2) || !Cap(j + 2))) {
    // "the 20th century" -> "19".
    c.first = i;
    c.last = j + 2;
    c.value = Year4(OrdinalWord(w) - 1).substr(2);
    return true;
  } else if (the) {
    static const std::unordered_map<std::string_view, int> kDecades = {
        {"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
        {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90}};
    auto it = kDecades.find(w);
    if (it == kDecades.end()) return false;
    decade = it->second, two_digit = true;
  } else {
    return false;
  }
  if (two_digit) {
    int ref = have_pub_ ? py_ : 1999;
    int century = ref / 100 * 100;
    decade = century + decade > ref ? century - 100 + decade : century + decade;
  }
  c.first = i;
  c.last = j + 1;
  c.value = DecadeValue(decade);
  return true;
}

bool Tagger::MatchSeason(int i, Cand& c) {
  int j = i, dir = 0;
  bool the = false, mod = false;
  if (W(j) == "the") the = true, ++j;
  else if (OneOf(W(j), {"this", "last", "next", "past", "coming"})) {
    dir = W(j) == "last" || W(j) == "past" ? -1 : W(j) == "next" || W(j) == "coming" ? 1 : 0;
    if (W(j) == "this" && (W(j + 1) == "past" || W(j + 1) == "coming")) dir = W(j + 1) == "past" ? -1 : 1, ++j;
    mod = true, ++j;
  }
  if (OneOf(W(j), {"early", "late", "mid"}) && (the || mod)) ++j;
  int s = SeasonOf(W(j));
  if (s < 0) return false;
  std::string_view prev = W(i - 1);
  int used = 0;
  int year = YearAt(W(j + 1) == "of" ? j + 2 : j + 1, &used);
  if (!the && !mod && !year) {
    if (!OneOf(prev, {"in", "during", "through", "since", "until", "by", "early", "late", "mid", "for", "over",
                      "this", "last", "next"}) ||
        s == 2 || s == 0)
      return false;
  }
  if (the && W(j + 1) == "of" && !year) return false;  // "the fall of the Berlin Wall"
  if (OneOf(W(j + 1), {"olympics", "games", "session", "camp", "school", "offensive", "collection", "solstice",
                       "festival", "vacation", "holiday", "break", "storm", "storms", "wheat", "crop", "time"}))
    return false;
  c.first = i;
  c.last = year ? (W(j + 1) == "of" ? j + 2 : j + 1) + used : j + 1;
  if (year) {
    c.value = SeasonValue(year, s);
    c.date = YearValue(year);
    c.explicit_year = year;
    return true;
  }
  if (!have_pub_) return Unresolved(c), true;
  // Seasons in order: key = 4 * year + season; winter of y starts in December of y.
  int cur_season = pm_ >= 3 && pm_ <= 5 ? 0 : pm_ >= 6 && pm_ <= 8 ? 1 : pm_ >= 9 && pm_ <= 11 ? 2 : 3;
  int cur = 4 * (pm_ <= 2 ? py_ - 1 : py_) + cur_season;
  int key;
  if (dir < 0) {
    key = 4 * (py_ + 1) + s;
    while (key >= cur) key -= 4;
  } else if (dir > 0) {
    key = 4 * (py_ - 1) + s;
    while (key <= cur) key += 4;
  } else {
    // Before a noun ("the winter coal market", "winter sunlight") a season describes the
    // season at hand whatever the tense of the clause.
    const bool before_noun = c.last < n_ && !Punct(c.last) && !Cap(c.last) &&
                             !OneOf(W(c.last), {"of", "and", "or", "to", "in", "on", "at", "for", "when", "as", "is",
                                                "was", "will", "had", "has", "that", "with", "by", "after", "before"});
    Tense t = before_noun ? Tense::kUnknown : TenseOf(c.first, c.last);
    if (t == Tense::kFuture) {
      key = 4 * (py_ - 1) + s;
      while (key < cur) key += 4;
    } else if (t == Tense::kPast) {
      key = 4 * (py_ + 1) + s;
      while (key > cur) key -= 4;
    } else {
      key = 4 * (s == 3 && pm_ <= 2 ? py_ - 1 : py_) + s;
    }
  }
  c.value = SeasonValue(key / 4, s);
  c.date = YearValue(key / 4);
  c.relative = true;
  return true;
}

// Quarters and halves of (fiscal) years: "the third quarter", "third-quarter", "the 1988
// third quarter", "this year's third quarter", "the quarter", "the year-earlier period",
// "the first half of 1989".
bool Tagger::MatchQuarter(int i, Cand& c) {
  // "Q3", "Q3 2012", "Q3 of 2012".
  if (IsQuarterCode(i)) {
    const int q = W(i)[1] - '0';
    c.first = i, c.last = i + 1;
    int k = W(i + 1) == "of" ? i + 2 : i + 1, used = 0;
    int y = YearAt(k, &used);
    if (y) {
      c.last = k + used, c.explicit_year = y;
    } else {
      c.relative = true;
      if (!have_pub_) return Unresolved(c), true;
      y = QuarterYear(q, i, i + 1);
    }
    c.value = QuarterValue(y, q);
    c.date = YearValue(y);
    c.quarter_year = y, c.quarter = q;
    return true;
  }
  int j = i;
  bool the = W(j) == "the";
  if (the) ++j;
  int year = 0;      // explicit
  int year_dir = 2;  // "this year's" 0, "last year's" -1, "next year's" 1
  int used = 0;
  if (int y = YearAt(j, &used); y && W(j + used) == "'s") year = y, j += used + 1;
  else if (the && YearNumber(W(j)) && OneOf(W(j + 1), {"first", "second", "third", "fourth", "quarter", "period",
                                                       "fiscal", "1st", "2nd", "3rd", "4th"}))
    year = YearNumber(W(j)), ++j;
  else if (OneOf(W(j), {"this", "last", "next"}) && W(j + 1) == "year" && W(j + 2) == "'s")
    year_dir = W(j) == "this" ? 0 : W(j) == "last" ? -1 : 1, j += 3;
  bool fiscal = W(j) == "fiscal";
  if (W(j) == "fiscal" || W(j) == "calendar") ++j;
  // Which quarter or half.
  int ord = 0;
  bool half = false;
  std::string mod;  // latest, current, year-earlier ...
  static const std::unordered_map<std::string_view, int> kOrd = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
                                                            {"1st", 1},   {"2nd", 2},    {"3rd", 3},   {"4th", 4},
                                                            {"last", 4},  {"latter", 4}};
  auto o = kOrd.find(W(j));
  if (o != kOrd.end()) {
    int k = j + 1;
    if (W(k) == "fiscal") fiscal = true, ++k;
    // "the last quarter" alone is the one before this one; "the last quarter of 2012" (of
    // this year, last year's ...) is the fourth.
    const bool of_year = year || year_dir != 2 ||
                         (W(k + 1) == "of" && (YearNumber(W(k + 2)) || YearNumber(W(k + 3)) ||
                                               (OneOf(W(k + 2), {"this", "last", "next", "the"}) && W(k + 3) == "year")));
    if (W(k) == "quarter" && ((o->first != "last" && o->first != "latter") || of_year)) ord = o->second, j = k;
    else if (W(k) == "half" && (the || year || year_dir != 2) &&
             (o->second <= 2 || o->first == "last" || o->first == "latter") &&
             !(W(k + 1) == "of" && W(k + 2) == "the" && W(k + 3) != "year"))
      ord = o->second == 1 ? 1 : 2, half = true, j = k;
    // "the first two quarters of 1990": its first half.
    else if (W(k) == "two" && W(k + 1) == "quarters" && the && (o->first == "first" || o->first == "last"))
      ord = o->first == "first" ? 1 : 2, half = true, j = k + 1;
    else return false;
  } else if (the || year || year_dir != 2) {
    // "the quarter", "the latest quarter", "the year-earlier period", "the 1988 period".
    int k = j;
    if (OneOf(W(k), {"latest", "last", "most", "recent", "current", "same", "comparable", "corresponding", "year",
                     "previous", "prior", "just", "past"})) {
      mod = W(k);
      if (W(k) == "most" && W(k + 1) == "recent") ++k;
      if (W(k) == "year" && OneOf(W(k + 1), {"earlier", "ago"})) ++k, mod = "year-earlier";
      else if (W(k) == "comparable" && W(k + 1) == "year" && OneOf(W(k + 2), {"earlier", "ago"})) k += 2, mod = "year-earlier";
      ++k;
      if (W(k) == "fiscal") ++k;
    }
    int q = 0;
    if (o = kOrd.find(W(k)); o != kOrd.end() && o->second <= 4 && o->first != "last" && o->first != "latter")
      q = o->second, ++k;
    if (W(k) == "quarter" || (W(k) == "period" && (quarter_ || mod == "year-earlier" || year || mod == "latest") &&
                              (mod.size() || year))) {
      if (mod == "last" || mod == "past") {
        if (W(k) == "period") return false;
      }
      j = k;
      ord = q;
    } else {
      return false;
    }
  } else {
    return false;
  }
  c.first = i;
  c.last = j + 1;
  // "of 1990", "of this year", "of fiscal 1990", "of the year".
  int k = j + 1;
  if (W(k) == "of" || (W(k) == "," && YearNumber(W(k + 1)))) {
    int q = k + 1;
    if (W(q) == "fiscal") ++q;
    int u = 0;
    if (int y = YearAt(q, &u)) year = y, c.last = q + u;
    else if (OneOf(W(q), {"this", "last", "next"}) && W(q + 1) == "year")
      year_dir = W(q) == "this" ? 0 : W(q) == "last" ? -1 : 1, c.last = q + 2;
    else if (W(q) == "the" && W(q + 1) == "year") year_dir = 0, c.last = q + 2;
  } else if (OneOf(W(k), {"last", "next"}) && W(k + 1) == "year") {
    year_dir = W(k) == "last" ? -1 : 1, c.last = k + 2;
  } else if (OneOf(W(k), {"a"}) && W(k + 1) == "year" && OneOf(W(k + 2), {"earlier", "ago", "before"})) {
    mod = "year-earlier", c.last = k + 3;
  }
  const bool have_ord = ord != 0;
  int y = 0, q = ord;
  if (half) {
    if (year) y = year;
    else if (year_dir != 2) y = have_pub_ ? py_ + year_dir : 0;
    else if (have_pub_) {
      y = py_;
      Tense t = TenseOf(c.first, c.last);
      if (t != Tense::kFuture && ord == 2 && pm_ < 7) --y;
    }
    if (!y) return Unresolved(c), true;
    c.value = HalfValue(y, ord);
    c.date = YearValue(y);
    c.relative = !year;
    return true;
  }
  if (!have_ord && !half && !year && year_dir == 2 && mod != "year-earlier" &&
      OneOf(W(c.last), {"ended", "ending", "ends"}) && MonthAt(c.last + 1) && have_pub_) {
    // "the quarter ended Sept. 30": the calendar quarter holding most of it.
    int m = MonthAt(c.last + 1), y = m <= pm_ ? py_ : py_ - 1;
    int mid = m - 1;
    if (mid == 0) mid = 12, --y;
    c.value = QuarterValue(y, (mid - 1) / 3 + 1);
    c.date = YearValue(y);
    c.relative = true;
    c.quarter_year = y, c.quarter = (mid - 1) / 3 + 1, c.quarter_ended = true;
    return true;
  }
  if (!have_ord) {
    // The reference quarter: the last one named, else the latest finished one.
    int ry = quarter_year_, rq = quarter_;
    if (!rq && have_pub_) {
      int cq = (pm_ - 1) / 3 + 1;
      ry = py_, rq = cq - 1;
      if (rq == 0) rq = 4, --ry;
    }
    if (mod == "current" && have_pub_) ry = py_, rq = (pm_ - 1) / 3 + 1;
    if (OneOf(mod, {"latest", "most", "recent", "just", "past", "last"}) && have_pub_) {
      ry = py_, rq = (pm_ - 1) / 3;
      if (rq == 0) rq = 4, --ry;
    }
    if ((mod == "previous" || mod == "prior") && rq) {
      if (--rq == 0) rq = 4, --ry;
    }
    if (!rq) return Unresolved(c), true;
    q = rq;
    if (year) y = year;
    else if (year_dir != 2) y = have_pub_ ? py_ + year_dir : 0;
    else y = mod == "year-earlier" ? ry - 1 : ry;
    c.relative = true;
  } else {
    if (year) y = year;
    else if (year_dir != 2) y = have_pub_ ? py_ + year_dir : 0;
    else if (mod == "year-earlier") y = (quarter_year_ ? quarter_year_ : py_) - 1;
    else if (have_pub_) y = QuarterYear(q, c.first, c.last);
    if (!y) return Unresolved(c), true;
    c.relative = !year;
    if (mod != "year-earlier") c.quarter_year = y, c.quarter = q, c.quarter_fiscal = fiscal;
  }
  if (!y) return Unresolved(c), true;
  c.date = YearValue(y);
  // "the 1988 period" in a report on nine months: that year's nine months.
  if (!have_ord && W(j) == "period" && SeveralMonthsReported()) return c.value = Year4(y), true;
  c.value = QuarterValue(y, q);
  return true;
}

// Christmas, New Year's Day, Thanksgiving, Easter and a few more.
bool Tagger::MatchHoliday(int i, Cand& c) {
  if (!Cap(i)) return false;
  std::string_view w = W(i);
  int m = 0, d = 0, last = i + 1;
  enum { kFixed, kThanksgiving, kEaster, kLabor, kMemorial, kElection } kind = kFixed;
  if (w == "christmas") {
    m = 12, d = 25;
    if (W(i + 1) == "eve") d = 24, ++last;
    else if (W(i + 1) == "day") ++last;
    else if (!OneOf(W(i - 1), {"on", "at", "before", "after", "until", "since", "by"})) return false;
  } else if (w == "new" && W(i + 1) == "year" && W(i + 2) == "'s" && OneOf(W(i + 3), {"day", "eve"})) {
    m = W(i + 3) == "day" ? 1 : 12, d = W(i + 3) == "day" ? 1 : 31, last = i + 4;
  } else if (w == "thanksgiving") {
    kind = kThanksgiving;
    if (W(i + 1) == "day") ++last;
  } else if (w == "easter") {
    kind = kEaster;
    if (W(i + 1) == "sunday" || W(i + 1) == "week") ++last;
    else if (!OneOf(W(i - 1), {"on", "at", "before", "after", "until", "since", "by"})) return false;
  } else if (w == "halloween") {
    m = 10, d = 31;
  } else if (w == "valentine" && W(i + 1) == "'s" && W(i + 2) == "day") {
    m = 2, d = 14, last = i + 3;
  } else if (w == "independence" && W(i + 1) == "day" && W(i - 1) != "'s") {
    m = 7, d = 4, last = i + 2;
  } else if (w == "labor" && W(i + 1) == "day") {
    kind = kLabor, last = i + 2;
  } else if (w == "memorial" && W(i + 1) == "day") {
    kind = kMemorial, last = i + 2;
  } else if (w == "election" && W(i + 1) == "day") {
    kind = kElection, last = i + 2;
  } else if (w == "veterans" && W(i + 1) == "day") {
    m = 11, d = 11, last = i + 2;
  } else {
    return false;
  }
  c.first = i;
  c.last = last;
  auto day_in = [&](int y) {
    switch (kind) {
      case kThanksgiving: return NthWeekday(y, 11, 3, 4);
      case kEaster: return EasterSunday(y);
      case kLabor: return NthWeekday(y, 9, 0, 1);
      case kMemorial: return NthWeekday(y, 5, 0, -1);
      case kElection: return NthWeekday(y, 11, 0, 1) + 1;  // the Tuesday after the first Monday
      default: return DaysFromCivil(y, m, d);
    }
  };
  const bool week = kind == kEaster && W(i + 1) == "week";  // "Easter week"
  int days, used = 0;
  if (int y = YearAt(last, &used)) {
    c.last = last + used;
    days = day_in(y);
    c.explicit_year = y;
  } else if (auto sy = ScopeYear()) {
    days = day_in(*sy);
  } else {
    if (!have_pub_) return Unresolved(c), true;
    Tense t = TenseOf(c.first, c.last);
    int past = day_in(py_) <= pub_ ? day_in(py_) : day_in(py_ - 1);
    int future = day_in(py_) >= pub_ - 7 ? day_in(py_) : day_in(py_ + 1);
    days = t == Tense::kPast ? past : t == Tense::kFuture ? future
           : (t == Tense::kPresent ? 1 : 4) * (future - pub_) < pub_ - past ? future : past;
    if (week) days = future;  // the week begins or lies ahead
    c.relative = true;
  }
  SetDay(c, days);
  if (week) {
    // The week of Easter Sunday.
    c.value = WeekValue(days);
    c.date = MonthValue(c.date->year, c.date->month);
  }
  return true;
}

// Clock times: "10:35 a.m.", "10 p.m. Wednesday", "noon Thursday", "midnight Friday".
// With a day after them the value is that day's; otherwise the publication day's.
bool Tagger::MatchClock(int i, Cand& c) {
  int hour = -1, minute = 0, k = i;
  std::string_view w = W(i);
  const bool at = OneOf(W(i - 1), {"at", "by", "until", "around", "about", "before", "after", "from", "till"});
  if (W(i - 1) == "$" || W(i - 1) == "-") return false;
  if ((w == "noon" || w == "midday") && (at || !Cap(i))) {
    hour = 12, k = i + 1;
  } else if (w == "midnight" && (at || !Cap(i))) {
    hour = 24, k = i + 1;
  } else if (AllDigits(w) && w.size() <= 2) {
    hour = Int(w), k = i + 1;
    if (W(k) == ":" && AllDigits(W(k + 1)) && W(k + 1).size() == 2) minute = Int(W(k + 1)), k += 2;
    bool pm = W(k) == "pm", am = W(k) == "am";
    // "4 in the morning", "8 in the evening".
    const bool part = W(k) == "in" && W(k + 1) == "the" && OneOf(W(k + 2), {"morning", "afternoon", "evening"});
    if (part) am = W(k + 2) == "morning", pm = !am;
    if (!pm && !am && !(k > i + 1 && at)) return false;
    if (part) k += 3;
    else if (pm || am) ++k;
    if (hour > 12 || minute > 59 || (hour == 0 && (pm || am))) return false;
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    if (OneOf(W(k), {"."})) ++k;
  } else {
    return false;
  }
  c.first = i;
  c.last = k;
  c.type = "TIME";
  c.modifiable = false;
  char hhmm[16];
  std::snprintf(hhmm, sizeof hhmm, hour == 24 ? "T24:00" : "T%02d:%02d", hour % 100, minute % 100);
  // A day after it: "10 p.m. Wednesday", "3:30 p.m. on Oct. 6", "(4 a.m. EDT Thursday)".
  int j = k;
  while (j < n_ && j < k + 4 && OneOf(W(j), {"on", ",", "est", "edt", "gmt", "utc", "local", "time", "et"})) ++j;
  // "10:35 a.m. (0735 GMT) Friday": the day after the time elsewhere, an expression of
  // its own.
  bool aside = false;
  int open = -1;  // "(" of the aside
  if (W(j) == "(")
    for (int e = j + 1; e < n_ && e <= j + 6; ++e)
      if (W(e) == ")") {
        open = j, j = e + 1, aside = true;
        break;
      }
  // "at 4 in the morning (4 a.m. EDT Thursday)": the day told in the aside.
  if (aside && !(j < n_ && (Cap(j) && (WeekdayOf(W(j)) >= 0 || MonthOf(W(j))))))
    for (int e = open + 1; e < j - 1; ++e)
      if (Cap(e) && WeekdayOf(W(e)) >= 0) {
        Cand day;
        if (MatchWeekday(e, day) && day.date) {
          c.date = day.date;
          c.value = day.date->ToString() + hhmm;
          c.relative = true;
          return true;
        }
      }
  if (j < n_ && W(j) != "the") {
    Cand day;
    if ((MatchCalendar(j, day) || MatchWeekday(j, day) || MatchDayWord(j, day)) && day.date &&
        day.date->precision == DateValue::Precision::kDay) {
      if (!aside) c.last = day.last;
      c.date = day.date;
      c.value = day.date->ToString() + hhmm;
      c.relative = day.relative;
      c.explicit_year = day.explicit_year;
      return true;
    }
  }
  if (!have_pub_) return Unresolved(c), true;
  c.date = DayValue(pub_);
  c.value = c.date->ToString() + hhmm;
  c.relative = true;
  return true;
}

}  // namespace entente::timetag
