// Relative expressions of the time tagger (tagger.h), read from the publication date or
// the last date named: "last week", "two years ago", weekdays, "yesterday", "the next
// day", "the weekend", "year-end", PRESENT_REF / PAST_REF / FUTURE_REF.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <unordered_map>

#include "time/tagger.h"

namespace entente::timetag {

// this / last / next / past / coming / current / previous / following + unit.
bool Tagger::MatchRelativeUnit(int i, Cand& c) {
  int j = i;
  bool the = W(j) == "the";
  if (the) ++j;
  std::string_view mod = W(j);
  int dir;
  bool anchored = false;
  // "by the end of the decade", "for the rest of the century": the one at hand.
  const bool bare = the && OneOf(mod, {"decade", "century"}) && W(i - 1) == "of" &&
                    OneOf(W(i - 2), {"end", "rest", "start", "beginning", "middle", "turn", "half"});
  if (bare) dir = 0;
  else if (OneOf(mod, {"this", "current", "present"})) dir = 0;
  else if (OneOf(mod, {"last", "past"})) dir = -1;
  else if (OneOf(mod, {"next", "coming"})) dir = 1;
  else if (the && OneOf(mod, {"previous", "prior", "preceding"})) dir = -1, anchored = true;
  else if (the && OneOf(mod, {"following", "next", "subsequent"})) dir = 1, anchored = mod != "next";
  else if (the && mod == "same") dir = 0, anchored = true;
  else return false;
  if (mod == "this" && the) return false;
  if (!the && OneOf(mod, {"previous", "prior", "following", "same", "current", "present"}) && mod != "current")
    return false;
  int k = bare ? j : j + 1;
  if (mod == "this" && (W(k) == "past" || W(k) == "coming")) dir = W(k) == "past" ? -1 : 1, ++k;
  bool fiscal = W(k) == "fiscal";
  if (fiscal) ++k;
  std::string_view unit = W(k);
  if (!OneOf(unit, {"year", "month", "week", "weekend", "decade", "century", "day", "night", "morning",
                    "afternoon", "evening", "quarter"}))
    return false;
  if (Cap(j) && Cap(k)) return false;  // a title: ABC's "This Week", "Last Week Tonight"
  // "the past year" / "the last week" read as the unit before this one.
  c.first = i;
  c.last = k + 1;
  if (W(k + 1) == "or" && W(k + 2) == "so") c.last = k + 3;
  if (!have_pub_) return Unresolved(c), true;
  c.relative = true;
  int base_days = pub_;
  if (anchored && anchor_) {
    base_days = ToDays(*anchor_);
    // "the following week" after "in 2013", "the previous month" after "in 1998": a
    // unit of that year (or month) that the text does not tell.
    const bool coarse = anchor_->precision == DateValue::Precision::kYear
                            ? OneOf(unit, {"month", "week", "weekend", "day", "night", "morning", "afternoon", "evening"})
                            : anchor_->precision == DateValue::Precision::kMonth &&
                                  OneOf(unit, {"week", "weekend", "day", "night", "morning", "afternoon", "evening"});
    if (coarse) {
      if (unit == "week" || unit == "weekend") c.value = Year4(anchor_->year) + "-WXX";
      else if (unit == "month") c.value = Year4(anchor_->year) + "-XX";
      else c.value = anchor_->ToString() + (anchor_->precision == DateValue::Precision::kYear ? "-XX-XX" : "-XX");
      c.date = *anchor_;
      return true;
    }
  } else if (anchored && mod == "same") {
    return false;
  }
  int by, bm, bd;
  CivilFromDays(base_days, by, bm, bd);
  if (unit == "year") {
    int y = (anchored && anchor_ ? anchor_->year : py_) + dir;
    c.value = Year4(y);
    c.date = YearValue(y);
    if (!anchored) c.explicit_year = y;
  } else if (unit == "month") {
    int y = by, m = bm + dir;
    if (m == 0) m = 12, --y;
    if (m == 13) m = 1, ++y;
    c.date = MonthValue(y, m);
    c.value = c.date->ToString();
  } else if (unit == "quarter") {
    int total = by * 4 + (bm - 1) / 3 + dir;
    if (anchored && quarter_) total = quarter_year_ * 4 + quarter_ - 1 + dir;
    // In a report on a finished quarter, "this quarter's loss" is that quarter.
    if (mod == "this" && dir == 0 && quarter_ && TenseOf(i, k + 1) != Tense::kFuture)
      total = quarter_year_ * 4 + quarter_ - 1;
    c.value = QuarterValue(total / 4, total % 4 + 1);
    c.date = YearValue(total / 4);
  } else if (unit == "week") {
    // "the last week", "the past week": the seven days up to publication.
    if (dir < 0 && !anchored && the) dir = 0;
    int days = base_days + 7 * dir;
    c.value = WeekValue(days);
    int ry, rm, rd;
    CivilFromDays(dir == 0 ? std::min(days, pub_) : WeekThursday(days), ry, rm, rd);
    c.date = MonthValue(ry, rm);
  } else if (unit == "weekend") {
    int pw = Weekday(base_days);
    int sat;
    if (dir < 0) sat = base_days - ((pw - 5 + 7) % 7) - (pw >= 5 ? 7 : 0);
    else if (dir > 0) sat = base_days + (5 - pw + 7) % 7 + 7;
    else sat = base_days + (pw == 6 ? -1 : (5 - pw + 7) % 7);
    if (dir < 0 && pw < 5) sat = base_days - ((pw - 5 + 7) % 7);
    c.value = WeekValue(sat) + "-WE";
    int ry, rm, rd;
    CivilFromDays(sat, ry, rm, rd);
    c.date = MonthValue(ry, rm);
  } else if (unit == "decade") {
    // "the past decade": ten years up to now; "the last decade": the decade before this one.
    if (dir < 0 && (mod == "past" || OneOf(W(i - 1), {"over", "during", "for", "throughout", "within"}))) {
      // "the past decade": the ten years up to now, a duration.
      c.value = "P10Y";
      c.type = "DURATION";
      return true;
    }
    int d = (py_ / 10 + dir) * 10;
    c.value = DecadeValue(d);
  } else if (unit == "century") {
    // "the past century", and "this century" as TimeML writes it: a hundred years.
    if ((dir < 0 && (the || mod == "past")) || (dir == 0 && mod == "this")) {
      c.value = "P100Y";
      c.type = "DURATION";
      return true;
    }
    int cent = py_ / 100 + dir;
    c.value = std::to_string(cent);
  } else if (unit == "day") {
    if (!anchored) return false;  // "this day" is rarely a date
    SetDay(c, base_days + dir);
  } else {
    // this morning / last night / this evening
    if (anchored) return false;
    int days = pub_;
    if (mod == "last" && unit == "night") days -= 1;
    else if (dir != 0) return false;
    SetDay(c, days);
    AddDayPart(c, DayPartCode(unit));
  }
  return true;
}

// "two years ago", "a year earlier", "three days later", "six weeks ago".
bool Tagger::MatchAgo(int i, Cand& c) {
  int j = i;
  int num = 0;
  bool vague = false;
  if (OneOf(W(j), {"several", "many", "some", "few"})) vague = true, ++j;
  else if (W(j) == "a" && W(j + 1) == "few") vague = true, j += 2;
  else if (W(j) == "a" && W(j + 1) == "couple" && W(j + 2) == "of") num = 2, j += 3;
  else if ((num = NumberWord(W(j))) > 0 && num < 100) {
    ++j;
    if (num >= 20 && num % 10 == 0 && NumberWord(W(j)) > 0 && NumberWord(W(j)) < 10) num += NumberWord(W(j)), ++j;
  } else if (AllDigits(W(j)) && W(j).size() <= 3 && (num = Int(W(j))) > 0) {  // "277 years ago"
    ++j;
  } else if (OneOf(W(j), {"years", "months", "weeks", "days", "decades", "centuries"}) && OneOf(W(j + 1), {"ago"})) {
    vague = true;
  } else {
    return false;
  }
  std::string unit(W(j));
  if (unit == "centuries") unit = "century";
  if (!unit.empty() && unit.back() == 's') unit.pop_back();
  if (!OneOf(unit, {"year", "month", "week", "day", "decade", "century"})) return false;
  int after = j + 1;
  if (W(after) == "or" && W(after + 1) == "so") after += 2;
  if (W(i - 1) == "in" && !vague && OneOf(unit, {"year", "month", "week", "day"}) && have_pub_ &&
      TenseOf(i, j + 1) == Tense::kFuture && !CountsWithin(i - 1)) {
    // "will be redeemed in five years": that many units after publication.
    c.first = i, c.last = j + 1, c.relative = true;
    // "in a year or two": some time ahead.
    if (W(j + 1) == "or" && NumberWord(W(j + 2)) > num) return c.last = j + 3, c.value = "FUTURE_REF", true;
    if (unit == "year") c.value = Year4(py_ + num), c.date = YearValue(py_ + num);
    else if (unit == "month") {
      int total = py_ * 12 + pm_ - 1 + num;
      c.date = MonthValue(total / 12, total % 12 + 1);
      c.value = c.date->ToString();
    } else if (unit == "week") {
      c.value = WeekValue(pub_ + 7 * num);
      int ry, rm, rd;
      CivilFromDays(pub_ + 7 * num, ry, rm, rd);
      c.date = MonthValue(ry, rm);
    } else {
      SetDay(c, pub_ + num);
    }
    return true;
  }
  std::string_view dirw = W(after);
  int dir;
  bool anchored;
  if (dirw == "ago") dir = -1, anchored = false;
  else if (dirw == "earlier" || (dirw == "before" && Punct(after + 1))) dir = -1, anchored = true;
  else if (dirw == "later" || (dirw == "after" && Punct(after + 1))) dir = 1, anchored = true;
  else if (dirw == "from" && W(j + 2) == "now") dir = 1, anchored = false;
  else return false;
  c.first = i;
  c.last = after + 1 + (dirw == "from" ? 1 : 0);
  if (vague) {
    c.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
    c.relative = true;
    return true;
  }
  if (!have_pub_) return Unresolved(c), true;
  c.relative = true;
  // In a report on a quarter, "a year earlier" is that quarter a year before (on nine
  // months, that year).
  if (unit == "year" && num <= 3 && quarter_ && dir < 0) {
    int y = quarter_year_ - num;
    c.value = SeveralMonthsReported() ? Year4(y) : QuarterValue(y, quarter_);
    c.date = YearValue(y);
    return true;
  }
  // "two days earlier, on 29 August": the day in apposition is the one meant.
  if (anchored && unit == "day" && W(c.last) == ",") {
    const int at = W(c.last + 1) == "on" ? c.last + 2 : c.last + 1;
    Cand day;
    if (MatchCalendar(at, day) && day.date && day.date->precision == DateValue::Precision::kDay) {
      c.date = day.date;
      c.value = day.value;
      return true;
    }
  }
  DateValue base = anchored && anchor_ ? *anchor_ : DayValue(pub_);
  int base_days = anchored && anchor_ ? ToDays(*anchor_) : pub_;
  if (unit == "year" || unit == "decade" || unit == "century") {
    int y = base.year + dir * num * (unit == "century" ? 100 : unit == "decade" ? 10 : 1);
    c.value = Year4(y);
    c.date = YearValue(y);
    // A round count of decades back ("a decade ago", "50 years ago", "a century ago") is
    // a time in that year, the month not told: the gold writes "1989-XX" (but "41 years
    // ago" 1959).
    if (dir < 0 && !anchored && (unit != "year" || num % 10 == 0)) c.value += "-XX";
  } else if (unit == "month") {
    int total = base.year * 12 + (base.month ? base.month : pm_) - 1 + dir * num;
    c.date = MonthValue(total / 12, total % 12 + 1);
    c.value = c.date->ToString();
  } else if (unit == "week") {
    int days = base_days + 7 * dir * num;
    c.value = WeekValue(days);
    int ry, rm, rd;
    CivilFromDays(days, ry, rm, rd);
    c.date = MonthValue(ry, rm);
  } else {
    if (anchored && anchor_ && anchor_->precision != DateValue::Precision::kDay) return Unresolved(c), true;
    SetDay(c, base_days + dir * num);
  }
  return true;
}

bool Tagger::MatchWeekday(int i, Cand& c) {
  int j = i, dir = 0;
  bool anchored = false;  // "the previous Friday": before the day last named
  if (OneOf(W(j), {"last", "next", "this", "past", "coming"}) && Cap(j + 1) && WeekdayOf(W(j + 1)) >= 0) {
    dir = W(j) == "last" || W(j) == "past" ? -1 : W(j) == "next" || W(j) == "coming" ? 1 : 0;
    ++j;
  } else if (W(j) == "this" && OneOf(W(j + 1), {"past", "coming"}) && Cap(j + 2) && WeekdayOf(W(j + 2)) >= 0) {
    dir = W(j + 1) == "past" ? -1 : 1;
    j += 2;
  } else if (W(j) == "the" && OneOf(W(j + 1), {"previous", "following", "next", "prior"}) && Cap(j + 2) &&
             WeekdayOf(W(j + 2)) >= 0) {
    dir = W(j + 1) == "previous" || W(j + 1) == "prior" ? -1 : 1;
    anchored = W(j + 1) != "next";
    j += 2;
  }
  if (!Cap(j)) return false;
  int wd = WeekdayOf(W(j));
  if (wd < 0) return false;
  c.first = i;
  c.last = j + 1;
  const char* part = DayPartCode(W(j + 1));
  if (part) ++c.last;
  // "by Tuesday noon", "Friday midnight": that hour of the day.
  const char* hour = !part && OneOf(W(j + 1), {"noon", "midday"}) ? "12:00" : !part && W(j + 1) == "midnight" ? "24:00" : nullptr;
  if (hour) ++c.last;
  if (!have_pub_) return Unresolved(c), true;
  int days = ResolveWeekday(wd, dir, c.first, c.last);
  if (anchored && anchor_ && anchor_->precision == DateValue::Precision::kDay) {
    const int base = ToDays(*anchor_), bw = Weekday(base);
    days = dir < 0 ? base - ((bw - wd + 6) % 7 + 1) : base + ((wd - bw + 6) % 7 + 1);
  }
  SetDay(c, days);
  if (part) {
    AddDayPart(c, part);
  } else if (hour) {
    c.value += std::string("T") + hour;
    c.type = "TIME";
  }
  c.relative = true;
  return true;
}

bool Tagger::MatchDayWord(int i, Cand& c) {
  std::string_view w = W(i);
  // Capitalised inside a sentence, a title: BBC Radio 4's "Today programme", "USA Today".
  if (Cap(i) && i > 0 && !Punct(i - 1) && !Cap(i + 1) &&
      OneOf(w, {"today", "tonight", "yesterday", "tomorrow"}) && !OneOf(W(i - 1), {"``", "'", "\""}))
    return false;
  // "(mid-)afternoon yesterday", "late morning today": that part of the day.
  if (const char* part = DayPartCode(w); part && OneOf(W(i + 1), {"yesterday", "today", "tomorrow"})) {
    c.first = i, c.last = i + 2, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    SetDay(c, pub_ + (W(i + 1) == "yesterday" ? -1 : W(i + 1) == "tomorrow" ? 1 : 0));
    AddDayPart(c, part);
    return true;
  }
  // "today is the eighth day of the operation", "it's the second day of an offensive".
  if (w == "the" && OrdinalWord(W(i + 1)) && W(i + 2) == "day" && W(i + 3) == "of" && OneOf(W(i - 1), {"is", "'s"}) &&
      OneOf(W(i - 2), {"today", "it", "this"})) {
    c.first = i, c.last = i + 3, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    SetDay(c, pub_);
    return true;
  }
  // "the day before last Tuesday's hearing", "the day after Christmas": a day from a day.
  if (w == "the" && W(i + 1) == "day" && OneOf(W(i + 2), {"before", "after"}) &&
      !OneOf(W(i + 3), {"yesterday", "tomorrow"})) {
    Cand day;
    if ((MatchWeekday(i + 3, day) || MatchCalendar(i + 3, day) || MatchHoliday(i + 3, day)) && day.date &&
        day.date->precision == DateValue::Precision::kDay && day.type == "DATE") {
      c = day;
      c.first = i;
      SetDay(c, ToDays(*day.date) + (W(i + 2) == "before" ? -1 : 1));
      return true;
    }
    return false;
  }
  int delta;
  if (w == "yesterday") delta = -1;
  else if (w == "today") delta = 0;
  else if (w == "tomorrow") delta = 1;
  else if (w == "tonight") delta = 0;
  else if (const char* part = DayPartCode(w);
           part && (OneOf(W(i - 1), {"mid", "late", "early", "by"}) ||
                                  (W(i - 1) == "the" && OneOf(W(i - 2), {"in", "during", "by"})))) {
    // "by mid afternoon", "in the morning": that part of the day last named, or of the
    // publication day.
    c.first = W(i - 1) == "the" ? i - 1 : i;
    c.last = i + 1;
    c.relative = true;
    if (!have_pub_ && !(anchor_ && anchor_->precision == DateValue::Precision::kDay)) return Unresolved(c), true;
    SetDay(c, anchor_ && anchor_->precision == DateValue::Precision::kDay ? ToDays(*anchor_) : pub_);
    AddDayPart(c, part);
    return true;
  }
  else if (w == "the" && W(i + 1) == "day" && OneOf(W(i + 2), {"before", "after"}) &&
           OneOf(W(i + 3), {"yesterday", "tomorrow"}))
    delta = W(i + 3) == "yesterday" ? -2 : 2;
  else
    return false;
  c.first = i;
  c.last = delta == 2 || delta == -2 ? i + 4 : i + 1;
  const char* part = w == "tonight" ? "NI" : c.last == i + 1 ? DayPartCode(W(i + 1)) : nullptr;
  if (part && w != "tonight") ++c.last;
  if (!have_pub_) return Unresolved(c), true;
  SetDay(c, pub_ + delta);
  if (part) {
    AddDayPart(c, part);
  }
  c.relative = true;
  return true;
}

// Periods named by a noun: "the weekend", "year-end", "the fiscal year", "the full year",
// "(for) the year", "year-earlier (results)", "the week of March 6".
bool Tagger::MatchPeriodNoun(int i, Cand& c) {
  std::string_view w = W(i);
  if (w == "the" && W(i + 1) == "weekend") {
    c.first = i, c.last = i + 2, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    const int pw = Weekday(pub_);
    Tense t = TenseOf(i, i + 2);
    int sat;
    if (t == Tense::kFuture || (t != Tense::kPast && pw < 4 && OneOf(W(i - 1), {"for", "this"})))
      sat = pub_ + (5 - pw + 7) % 7 - (pw == 6 ? 7 : 0);
    else
      sat = pub_ - (pw - 5 + 7) % 7;
    if (t != Tense::kFuture && pw == 6) sat = pub_ - 1;
    c.value = WeekValue(sat) + "-WE";
    int y, m, d;
    CivilFromDays(sat, y, m, d);
    c.date = MonthValue(y, m);
    return true;
  }
  // "year-end", "year end", "year's end".
  if (w == "year" && (W(i + 1) == "end" || (W(i + 1) == "'s" && W(i + 2) == "end")) &&
      !OneOf(W(i - 1), {"a", "one", "each", "every", "fiscal"})) {
    c.first = i, c.last = W(i + 1) == "end" ? i + 2 : i + 3, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    // "the change since year-end": the last one passed, a day.
    if (OneOf(W(i - 1), {"since"})) {
      c.date = DayOf(py_ - 1, 12, 31);
      c.value = c.date->ToString();
      return true;
    }
    c.value = Year4(py_), c.date = YearValue(py_);
    return true;
  }
  // "year-earlier results", "year-ago levels".
  if (w == "year" && OneOf(W(i + 1), {"earlier", "ago"}) && Gap(i + 1) == '-' &&
      (W(i - 1) == "the" || (!OneOf(W(i - 1), {"a", "one"}) && !NumberWord(W(i - 1))))) {
    c.first = i, c.last = i + 2, c.relative = true;
    if (quarter_ && !SeveralMonthsReported()) {
      c.value = QuarterValue(quarter_year_ - 1, quarter_), c.date = YearValue(quarter_year_ - 1);
      return true;
    }
    if (!have_pub_) return Unresolved(c), true;
    c.value = Year4(py_ - 1), c.date = YearValue(py_ - 1);
    return true;
  }
  // "earlier in the week", "later in the day", "by the end of the week": the
  // publication's week, day ...
  if (w == "the" &&
      ((W(i - 1) == "in" && OneOf(W(i - 2), {"earlier", "later"})) ||
       (W(i - 1) == "of" && OneOf(W(i - 2), {"end", "beginning", "start", "middle", "rest"}) && W(i - 3) == "the")) &&
      OneOf(W(i + 1), {"week", "month", "day"}) && !OneOf(W(i + 2), {"'s", "of", "before", "after"})) {
    c.first = i, c.last = i + 2, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    std::string_view unit = W(i + 1);
    if (unit == "day") {
      SetDay(c, pub_);
    } else if (unit == "week") {
      c.value = WeekValue(pub_);
      c.date = MonthValue(py_, pm_);
    } else {
      c.date = MonthValue(py_, pm_);
      c.value = c.date->ToString();
    }
    return true;
  }
  // "For the week, the index dropped 3.8%", "the week's most active session": a week
  // of the publication year that the text does not tell (TimeML "1989-WXX").
  if (w == "the" && W(i + 1) == "week" &&
      (OneOf(W(i - 1), {"for", "during", "over", "throughout", "of"}) || OneOf(W(i + 2), {"'s", "following"})) &&
      !OneOf(W(i + 2), {"of", "before", "after", "ended", "ending", "earlier", "later", "ago", "ahead", "to", "end"})) {
    c.first = i, c.last = i + 2, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    c.value = Year4(py_) + "-WXX";
    return true;
  }
  if (w == "the") {
    int k = i + 1;
    int dir = 0;
    if (OneOf(W(k), {"full", "entire", "whole"})) ++k;
    else if (OneOf(W(k), {"latest", "last", "previous", "prior"}) && W(k + 1) == "fiscal") dir = -1, ++k;
    else if (W(k) == "current" && W(k + 1) == "fiscal") ++k;
    bool fiscal = W(k) == "fiscal";
    if (fiscal) ++k;
    if (W(k) != "year" || OneOf(W(k + 1), {"earlier", "ago", "'s", "before", "after"}) || YearNumber(W(k + 1)) ||
        W(k + 1) == "two")
      return false;
    bool ok = fiscal || k > i + 1 || OneOf(W(i - 1), {"for", "in", "during", "of", "through", "throughout", "over"}) ||
              OneOf(W(k + 1), {"ended", "ending", "ends", "end"});
    if (!ok) return false;
    c.first = i, c.last = k + 1, c.relative = true;
    if (!have_pub_) return Unresolved(c), true;
    int y = ScopeYear() && !dir ? *ScopeYear() : py_ + dir;
    // "the year ended Dec. 31", "the fiscal year ending Sept. 30": the year it ends in,
    // the latest such end on or before publication.
    if (OneOf(W(k + 1), {"ended", "ending"}) && !dir)
      if (int m = MonthAt(k + 2)) {
        int p = W(k + 3) == "." ? k + 4 : k + 3;
        int d = DayNumber(W(p));
        y = m < pm_ || (m == pm_ && d <= pd_) ? py_ : py_ - 1;
        if (TenseOf(i, k + 1) == Tense::kFuture && y < py_) ++y;
      }
    c.value = Year4(y), c.date = YearValue(y);
    return true;
  }
  return false;
}

// "the same day", "that day", "that year", "the next day", "the day before".
bool Tagger::MatchAnaphor(int i, Cand& c) {
  // "twice as high a dividend this year as last", "more this year than last": the
  // year before, the unit left out.
  if (W(i) == "last" && OneOf(W(i - 1), {"as", "than"}) && (Punct(i + 1) || OneOf(W(i + 1), {"and", "but"}))) {
    for (int k = i - 2; k >= 0 && k >= i - 10; --k)
      if (W(k) == "this" && W(k + 1) == "year") {
        c.first = i, c.last = i + 1, c.relative = true;
        if (!have_pub_) return Unresolved(c), true;
        c.value = Year4(py_ - 1), c.date = YearValue(py_ - 1);
        return true;
      }
    return false;
  }
  // "until then", "by then", "since then": the last date named.
  if (W(i) == "then" && OneOf(W(i - 1), {"until", "till", "by", "since"}) && Punct(i + 1)) {
    if (!anchor_) return false;
    c.first = i, c.last = i + 1, c.relative = true;
    c.date = *anchor_;
    c.value = anchor_->ToString();
    return true;
  }
  // "Oct. 12, the day before the plunge": in apposition, the day just named.
  if (W(i) == "the" && W(i + 1) == "day" && W(i - 1) == "," && !out_.empty() && out_.back().sentence == si_ &&
      static_cast<int>(out_.back().last) == i - 1 && out_.back().dates.size() == 1 &&
      out_.back().dates[0].precision == DateValue::Precision::kDay && out_.back().type == "DATE") {
    c.first = i, c.last = i + 2;
    c.date = out_.back().dates[0];
    c.value = c.date->ToString();
    c.relative = true;
    return true;
  }
  int j = i;
  bool same = false;
  if (W(j) == "that" && W(j + 1) == "quarter" && quarter_) {
    c.first = i, c.last = i + 2;
    c.value = QuarterValue(quarter_year_, quarter_);
    c.date = YearValue(quarter_year_);
    c.relative = true;
    return true;
  }
  if (W(j) == "that" && W(j + 1) == "same") same = true, j += 2;
  else if (W(j) == "the" && W(j + 1) == "same") same = true, j += 2;
  else if (W(j) == "that") same = true, ++j;
  else if (W(j) == "the" && OneOf(W(j + 1), {"next", "following", "previous", "preceding"}) &&
           OneOf(W(j + 2), {"day", "morning"}))
    j += 1;
  else if (W(j) == "the" && W(j + 1) == "day" && OneOf(W(j + 2), {"before", "after"}) &&
           !OneOf(W(j + 3), {"yesterday", "tomorrow"}) && Punct(j + 3))
    j += 1;
  else if (W(j) == "a" && W(j + 1) == "day" && OneOf(W(j + 2), {"earlier", "later"}))
    j += 1;
  else
    return false;
  std::string_view unit = same ? W(j) : W(j) == "day" ? std::string_view("day") : W(j + 1);
  int dir = 0;
  if (!same) {
    if (W(j) == "day") dir = W(j + 1) == "before" || W(j + 1) == "earlier" ? -1 : 1;
    else dir = OneOf(W(j), {"previous", "preceding"}) ? -1 : 1;
  }
  if (!OneOf(unit, {"day", "month", "year", "week", "morning"})) return false;
  c.first = i;
  c.last = same ? j + 1 : (W(j) == "day" ? j + 2 : j + 2);
  if (same && unit == "year" && W(i) == "that" && !anchor_ && !scope_year_) return false;
  c.relative = true;
  DateValue base;
  if (anchor_) base = *anchor_;
  else if (have_pub_) base = DayValue(pub_);
  else return Unresolved(c), true;
  if (unit == "day" || unit == "morning") {
    if (base.precision != DateValue::Precision::kDay && !same && have_pub_) base = DayValue(pub_);
    if (base.precision != DateValue::Precision::kDay) {
      if (!same) return Unresolved(c), true;
      // "that same day" after "in October": a day of that month (TimeML "1998-10-XX").
      c.value = base.ToString() + (base.precision == DateValue::Precision::kMonth ? "-XX" : "-XX-XX");
      c.date = base;
      return true;
    }
    SetDay(c, ToDays(base) + dir);
    if (unit == "morning") AddDayPart(c, "MO");
  } else if (unit == "month") {
    if (base.precision < DateValue::Precision::kMonth) return Unresolved(c), true;
    int total = base.year * 12 + base.month - 1 + dir;
    c.date = MonthValue(total / 12, total % 12 + 1);
    c.value = c.date->ToString();
  } else if (unit == "year") {
    int y = (same && ScopeYear() ? *ScopeYear() : base.year) + dir;
    c.date = YearValue(y);
    c.value = Year4(y);
  } else {
    // A week from a day; after a month or a year, a week the text does not tell.
    if (base.precision != DateValue::Precision::kDay) {
      c.value = Year4(base.year) + "-WXX";
      c.date = base;
      return true;
    }
    c.value = WeekValue(ToDays(base) + 7 * dir);
    c.date = MonthValue(base.year, base.month ? base.month : 1);
  }
  return true;
}

// PRESENT_REF, PAST_REF, FUTURE_REF.
bool Tagger::MatchGeneric(int i, Cand& c) {
  std::string_view w = W(i);
  std::string_view next = W(i + 1);
  int last = i + 1;
  const char* value = nullptr;
  if (OneOf(w, {"now", "currently", "nowadays", "presently"})) {
    if (w == "now" && OneOf(W(i - 1), {"from", "than"})) return false;
    value = "PRESENT_REF";
  } else if (w == "current" && !OneOf(next, {"account", "accounts", "affairs", "events"}) && !Punct(i + 1)) {
    value = W(i - 1) == "then" ? "PAST_REF" : "PRESENT_REF";  // "the then current price"
  } else if (w == "these" && next == "days") {
    value = "PRESENT_REF", last = i + 2;
  } else if (w == "at" && next == "present") {
    value = "PRESENT_REF", last = i + 2;
  } else if (w == "this" && (next == "moment" || (W(i + 2) == "moment" && !Punct(i + 1) && !NumberWord(next)))) {
    // "this moment", "this crucial moment".
    value = "PRESENT_REF", last = next == "moment" ? i + 2 : i + 3;
  } else if (w == "the" && next == "moment" && W(i - 1) == "at") {  // "at the moment"
    value = "PRESENT_REF", last = i + 2;
  } else if (w == "the" && next == "present" && Punct(i + 2)) {
    value = "PRESENT_REF", last = i + 2;
  } else if (OneOf(w, {"recently", "lately", "previously", "formerly"})) {
    value = "PAST_REF";
  } else if (w == "recent") {
    if (OneOf(next, {"years", "months", "weeks", "days", "decades"})) last = i + 2;
    value = "PAST_REF";
  } else if (w == "the" && next == "past" && !OneOf(W(i + 2), {"year", "week", "month", "decade", "few", "several",
                                                              "two", "three", "four", "five", "six", "ten",
                                                              "twenty", "24", "48", "days", "years", "months"})) {
    if (!NumberWord(W(i + 2)) || Punct(i + 2)) value = "PAST_REF", last = i + 2;
  } else if (w == "the" && next == "future") {
    value = "FUTURE_REF", last = i + 2;
  } else if (w == "the" && OneOf(next, {"near", "distant", "foreseeable", "immediate"}) && W(i + 2) == "future") {
    value = "FUTURE_REF", last = i + 3;
  } else if (w == "the" && OneOf(next, {"near", "short", "long"}) && W(i + 2) == "term" && Gap(i + 2) != '-') {
    // "in the long term", not "the long-term lot".
    value = "FUTURE_REF", last = i + 3;
  } else if (w == "future" && W(i - 1) != "the" && W(i - 1) != "near" && W(i - 1) != "'s" && !Punct(i + 1)) {
    value = "FUTURE_REF";
  } else if ((w == "someday" || (OneOf(w, {"one", "some"}) && next == "day")) &&
             (OneOf(W(i - 1), {"will", "would", "may", "might", "could", "can", "shall"}) ||
              // "is one day contemplated", "hopes to one day win" — not "up to one day".
              (w != "someday" && !Punct(i + 2) && !Cap(i + 2) && !IsFunctionWord(W(i + 2)) &&
               ((OneOf(W(i - 1), {"is", "are", "be"}) && W(i + 2).ends_with("ed")) ||
                (W(i - 1) == "to" && !OneOf(W(i - 2), {"up", "from", "down", "cut", "reduced"})))))) {
    value = "FUTURE_REF", last = w == "someday" ? i + 1 : i + 2;
  } else if (w == "soon" && W(i - 1) != "as" && next != "as" && next != "after" &&
             // "were soon released", "soon afterwards": soon after a time past, not ahead.
             !OneOf(W(i - 1), {"was", "were", "had", "been"}) && !OneOf(next, {"afterwards", "afterward", "thereafter"}) &&
             !(i + 1 < n_ && ((*tok_)[i + 1].past_verb || (W(i + 1).size() > 4 && W(i + 1).ends_with("ed"))) && !OneOf(W(i - 1), {"will", "would", "to", "be", "may", "might",
                                                                            "could", "should", "can", "must"}))) {
    value = "FUTURE_REF";
  } else if (w == "soon" && W(i - 1) == "as" && next == "as" && OneOf(W(i + 2), {"possible", "practicable"})) {
    value = "FUTURE_REF", last = i + 3;  // "as soon as possible"
  } else if (w == "the" && OneOf(next, {"coming", "next"}) &&
             OneOf(W(i + 2), {"days", "weeks", "months", "years", "decades", "quarters"})) {
    value = "FUTURE_REF", last = i + 3;
  } else if (OneOf(w, {"coming", "upcoming"}) && OneOf(next, {"days", "weeks", "months", "years", "decades", "quarters"})) {
    value = "FUTURE_REF", last = i + 2;
  } else if (w == "a" && OneOf(next, {"later", "future"}) && W(i + 2) == "date") {
    value = "FUTURE_REF", last = i + 3;
  } else if (w == "the" && next == "time" && W(i - 1) == "at") {
    value = "PAST_REF", last = i + 2;
  } else if ((w == "the" && OneOf(next, {"last", "past"}) && OneOf(W(i + 2), {"few", "several"}) &&
              OneOf(W(i + 3), {"days", "weeks", "months", "years", "decades", "quarters"})) ||
             (w == "past" && OneOf(next, {"years", "decades"}) && W(i - 1) != "the")) {
    value = "PAST_REF", last = w == "the" ? i + 4 : i + 2;
  }
  if (!value) return false;
  c.first = (w == "current" && W(i - 1) == "then") || (w == "soon" && W(i - 1) == "as") ? i - 1 : i;
  c.last = last;
  c.value = value;
  c.relative = true;
  c.modifiable = false;
  return true;
}

}  // namespace entente::timetag
