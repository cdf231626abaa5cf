// Resolution rules of the time tagger (tagger.h): the year of a month, a day of the
// month or a quarter named without one, the day a weekday names, the year in scope, and
// the numbers that are ages or anniversaries, not dates.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <unordered_map>

#include "time/tagger.h"

namespace entente::timetag {

int Tagger::MonthAt(int i) const {
  if (!Cap(i)) return 0;
  std::string_view w = W(i);
  int m = MonthOf(w);
  if (!m) return 0;
  std::string_view next = W(i + 1);
  std::string_view prev = W(i - 1);
  bool full = w.size() > 3 && w != "sept";
  // Abbreviations ("Jan", "Mar") need a period or a number after them.
  if (!full && w != "may" && w != "jun" && w != "jul" && next != "." && !DayNumber(next) && !YearNumber(next))
    return 0;
  if (w == "may" || w == "march") {
    // After a capitalised name: "Theresa May", "Brian May", not "In May".
    if (i > 0 && Cap(i - 1) && !MonthOf(prev) && WeekdayOf(prev) < 0 && !IsDeterminer(prev) &&
        !OneOf(prev, {"in", "since", "until", "by", "from", "through", "between", "during", "before", "after",
                      "till", "last", "this", "next", "early", "mid", "late", "on", "of", "and", "or"}))
      return 0;
    bool dated = DayNumber(next) || YearNumber(next) || Punct(i + 1) ||
                 OneOf(prev, {"in", "since", "until", "by", "of", "early", "mid", "late", "last", "this", "next",
                              ",", "and", "or", "from", "to", "through", "between", "during", "before", "after",
                              "till", "past", "coming", "end", "beginning", "middle", "start", "the", "a", "its",
                              "their"}) ||
                 OneOf(next, {"and", "or", "to", "through", "this", "last", "next", "of"});
    if (w == "march" && OneOf(next, {"on", "to", "through", "into", "toward", "towards", "against", "in"}) &&
        !OneOf(prev, {"in", "since", "until", "by", "early", "mid", "late", "last", "this", "next", "of", "from",
                      "between", "during"}))
      dated = false;
    if (!dated) return 0;
  }
  if (w == "august" && !DayNumber(next) && !YearNumber(next) && !Punct(i + 1) &&
      !OneOf(prev, {"in", "since", "until", "by", "of", "early", "mid", "late", "last", "this", "next", "from",
                    "during", "before", "after", ",", "and"}))
    return 0;
  return m;
}

// A year at token i: "1998", "nineteen ninety-six", "two thousand" (after "year").
int Tagger::YearAt(int i, int* used) const {
  *used = 1;
  if (int y = YearNumber(W(i))) return y;
  std::string_view w = W(i);
  if (w == "nineteen" || w == "twenty") {
    int century = w == "nineteen" ? 1900 : 2000;
    int tens = NumberWord(W(i + 1));
    if (W(i + 1) == "hundred") {
      *used = 2;
      return century;
    }
    if (tens >= 10 && tens <= 90 && (tens >= 20 ? tens % 10 == 0 : true)) {
      int unit = tens >= 20 ? NumberWord(W(i + 2)) : 0;
      if (unit >= 1 && unit <= 9 && Gap(i + 2) == '-') {
        *used = 3;
        return century + tens + unit;
      }
      if (unit >= 1 && unit <= 9 && W(i + 2) != "years") {
        *used = 3;
        return century + tens + unit;
      }
      *used = 2;
      return century + tens;
    }
  }
  if (w == "two" && W(i + 1) == "thousand" && W(i - 1) == "year") {
    int unit = W(i + 2) == "and" ? NumberWord(W(i + 3)) : 0;
    if (unit >= 1 && unit <= 19) {
      *used = 4;
      return 2000 + unit;
    }
    *used = 2;
    return 2000;
  }
  return 0;
}

std::optional<int> Tagger::ScopeYear() const {
  if (!scope_year_) return std::nullopt;
  if (scope_sentence_ != si_) return std::nullopt;
  return scope_year_;
}

int Tagger::ResolveMonthYear(int m, int d, int dir, int first, int last, bool explicit_this) const {
  if (dir == 0 && !explicit_this)
    if (auto y = ScopeYear(); y && !(have_pub_ && *y < py_ && TenseOf(first, last) == Tense::kFuture)) return *y;
  if (!have_pub_) return 0;
  // "last February" said in March is a year before: the month just ended is "last month".
  if (dir < 0) return (m < pm_ - 1 && !d) || (d && (m < pm_ || (m == pm_ && d < pd_))) ? py_ : py_ - 1;
  if (dir > 0) return m > pm_ || (d && m == pm_ && d > pd_) ? py_ : py_ + 1;
  if (explicit_this) return py_;
  // Candidates: the occurrence in the publication year and its neighbours.
  auto start = [&](int y) { return DaysFromCivil(y, m, d ? std::min(d, DaysInMonth(y, m)) : 1); };
  auto finish = [&](int y) { return d ? start(y) : DaysFromCivil(y, m, DaysInMonth(y, m)); };
  // Deadlines and effective dates ("payable Dec. 7", "until mid-November") may lie on
  // either side of publication whatever the tense: take the nearest.
  int k = first - 1;
  while (k >= 0 && OneOf(W(k), {"early", "mid", "late", "the", "end", "beginning", "middle", "start", "of", "on"})) --k;
  // "by the December tsunami": a date before a noun names that thing; "by" is no deadline.
  const bool attributive = !Punct(last) && !Cap(last) && !AllDigits(W(last)) && !IsFunctionWord(W(last));
  const bool deadline =
      (OneOf(W(k), {"effective", "payable", "starting", "beginning", "due", "expire", "expires", "expiring",
                    "record", "deadline", "date"}) ||
       (OneOf(W(k), {"until", "till", "by", "through", "before"}) && !attributive)) ||
      (W(k) == "from" && OneOf(W(k - 1), {"starting", "beginning", "effective", "valid"})) ||
      W(first - 1) == "set" ||  // "set Nov. 10 as the deadline", not "a record set on Aug. 6"
      (W(k) == "to" && OneOf(W(k - 1), {"extended", "postponed", "delayed", "moved", "pushed", "adjourned", "up"})) ||
      OneOf(W(last), {"deadline", "target", "date"}) ||
      (!Punct(last) && OneOf(W(last + 1), {"deadline", "date"})) ||  // "a Jan. 14 return date"
      // The date of an occasion named by a noun ("a general election on May 1", "the
      // transfer of power on July 1", "an agreement for April 17"): the clause's tense is
      // not its own.
      (W(k + 1) == "on" && (IsOccasionNoun(W(k)) || (W(k - 1) == "of" && IsOccasionNoun(W(k - 2))))) ||
      (W(k) == "for" && IsOccasionNoun(W(k - 1))) ||
      // The start of a schedule: "flights each Thursday from August 6".
      (W(k) == "from" && [&] {
        for (int b = k - 1; b >= 0 && b >= k - 4; --b)
          if (OneOf(W(b), {"each", "every", "daily", "weekly", "monthly", "nightly"})) return true;
        return false;
      }());
  Tense tense = TenseOf(first, last);
  if (deadline && tense != Tense::kFuture) tense = Tense::kUnknown;
  // "for December delivery", "the March futures contract": a month of trade to come.
  if (!d && OneOf(W(last), {"delivery", "futures", "contract", "contracts", "options"}))
    return m >= pm_ ? py_ : py_ + 1;
  // "was not prompted by the Nov. 7 midterm elections", said on Nov. 4; "upbeat about a
  // deal at the December 15-16 summit", said on Dec. 6: a gathering named by a day in the
  // coming two weeks is that one, whatever the clause's tense. (Not an agreement or a
  // truce, which is named by its date long after: "the April 26 truce".)
  int noun = last;
  if (W(noun) == "-" && DayNumber(W(noun + 1))) noun += 2;  // "December 15-16 summit"
  auto gathering = [&](int k) {
    return !Punct(k) && !Cap(k) &&
           OneOf(W(k), {"election", "elections", "vote", "referendum", "poll", "polls", "summit", "meeting",
                        "talks", "conference", "visit", "ceremony", "inauguration", "hearing", "trial", "session",
                        "ballot", "congress", "plenum", "celebrations", "parade", "match", "final", "festival"});
  };
  if (tense == Tense::kPast && d && !Punct(noun) && !Cap(noun) && (gathering(noun) || gathering(noun + 1))) {
    const int ahead = start(py_) >= pub_ ? start(py_) - pub_ : start(py_ + 1) - pub_;
    if (ahead <= 14) return start(py_) >= pub_ ? py_ : py_ + 1;
  }
  if (tense == Tense::kPast) {
    // The latest on or before publication.
    return start(py_) <= pub_ ? py_ : py_ - 1;
  }
  if (tense == Tense::kFuture) {
    // The earliest not more than a week before publication (the text may be older).
    return finish(py_) >= pub_ - 7 ? py_ : py_ + 1;
  }
  // Unknown: the nearest, the past preferred (news reports more than it announces);
  // present tense ("the summit is held on April 24") and deadlines: just the nearest.
  int past = start(py_) <= pub_ ? py_ : py_ - 1;
  int future = finish(py_) >= pub_ ? py_ : py_ + 1;
  if (past == future) return past;
  int past_dist = pub_ > finish(past) ? pub_ - finish(past) : 0;
  int future_dist = start(future) > pub_ ? start(future) - pub_ : 0;
  const int bias = deadline || tense == Tense::kPresent ? 1 : 4;
  return bias * future_dist < past_dist ? future : past;
}

int Tagger::ResolveWeekday(int wd, int dir, int first, int last) const {
  const int pw = Weekday(pub_);
  if (dir < 0) return pub_ - ((pw - wd + 6) % 7 + 1);  // strictly before
  if (dir > 0) return pub_ + ((wd - pw + 6) % 7 + 1);  // strictly after
  // "Wednesday's ruling": something that has happened.
  // ... unless it names an occasion that the clause looks ahead to ("if he gets his way
  // in Sunday's polls"): the nearest.
  if (W(last) == "'s") {
    if (IsOccasionNoun(W(last + 1)) && TenseOf(first, last) != Tense::kPast) {
      const int ahead = (wd - pw + 7) % 7, back = (pw - wd + 7) % 7;
      return ahead < back ? pub_ + ahead : pub_ - back;
    }
    return pub_ - (pw - wd + 7) % 7;
  }
  // "until 9 a.m. Tuesday", "by midnight Friday": a deadline ahead.
  int k = first - 1;
  while (k >= 0 && (AllDigits(W(k)) || OneOf(W(k), {"am", "pm", "a.m", "p.m", "est", "edt", "gmt", "midnight",
                                                     "noon", ":", "at", "00", "o'clock"})))
    --k;
  // "a summit starting on Wednesday", "talks on Wednesday": the nearest such day when
  // no tense says otherwise.
  const int before_on = W(first - 1) == "on" ? first - 2 : first - 1;
  if ((OneOf(W(before_on), {"starting", "beginning"}) || IsOccasionNoun(W(before_on))) &&
      TenseOf(first, last) != Tense::kPast && TenseOf(first, last) != Tense::kFuture) {
    const int ahead = (wd - pw + 7) % 7, back = (pw - wd + 7) % 7;
    return ahead < back ? pub_ + ahead : pub_ - back;
  }
  if (OneOf(W(k), {"until", "till", "by", "deadline"})) {
    // ... unless told in the past ("had filed reports by Wednesday"); "has given them
    // until Tuesday" and "extended its deadline until Tuesday" still look ahead.
    bool perfect = false;
    for (int j = k - 1; j >= 0 && j >= k - 8 && !perfect; --j)
      perfect = OneOf(W(j), {"has", "have", "extended", "postponed", "delayed", "adjourned", "deferred", "suspended"});
    if (TenseOf(first, last) != Tense::kPast || perfect) return pub_ + (wd - pw + 7) % 7;
  }
  Tense tense = TenseOf(first, last);
  // "will meet on Friday", "the deadline is Friday": on or after publication. Said on a
  // Friday, "Friday" is that day, as news writes it (a week later would be "next Friday").
  if (tense == Tense::kFuture || tense == Tense::kPresent) return pub_ + (wd - pw + 7) % 7;
  return pub_ - (pw - wd + 7) % 7;
}

// Ages, anniversaries, ordinals of things and durations are not dates: the number of
// tokens to step over at i, 0 if none.
int Tagger::SkipNonDate(int i) const {
  std::string_view w = W(i);
  if (!(DayNumber(w) || AllDigits(w) || OrdinalWord(w) || NumberWord(w)) || YearNumber(w)) return 0;
  std::string_view next = W(i + 1);
  if (OneOf(next, {"anniversary", "birthday", "congress", "century", "plenary", "session", "round", "party",
                   "meeting", "conference", "summit", "time", "times", "generation", "edition", "annual"}) &&
      !(next == "century" && (OrdinalWord(w) || OneOf(W(i + 2), {"ago", "earlier", "later"}))))
    return 2;
  if (OneOf(next, {"year", "years", "month", "months"}) &&
      (W(i + 2) == "old" || (W(i + 2) == "of" && W(i + 3) == "age")))
    return 3;
  return 0;
}

int Tagger::QuarterYear(int q, int first, int last) const {
  // The publication year, unless the quarter has not begun (past tense) or ended more
  // than a quarter ago (future tense: results are reported after the quarter).
  int y = py_;
  const int cq = (pm_ - 1) / 3 + 1;
  Tense t = TenseOf(first, last);
  if (t == Tense::kFuture) {
    if (q < cq - 1) ++y;
  } else if (q > cq) {
    --y;
  }
  return y;
}

// Does the sentence report on a period of several months ("the nine months", "the first
// six months", "the first half", "the year to date")? Then "a year earlier", "year-ago"
// and "the 1988 period" compare that period, and TimeML can only write its year.
bool Tagger::SeveralMonthsReported() const {
  for (int k = 0; k + 1 < n_; ++k) {
    std::string_view w = W(k);
    if (W(k + 1) == "months" && OneOf(w, {"six", "nine", "eight", "ten", "eleven", "6", "9"}) &&
        !OneOf(W(k - 1), {"within", "in", "next", "coming"}) && W(k + 2) != "ago")
      return true;
    if (OneOf(w, {"first", "second"}) && W(k + 1) == "half") return true;
    if (w == "year" && W(k + 1) == "to" && W(k + 2) == "date") return true;
  }
  return false;
}

}  // namespace entente::timetag
