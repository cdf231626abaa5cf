#include "time/time_tagger.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "common/date.h"
#include "time/tense.h"
#include "time/time_lexicon.h"

namespace entente {
namespace {

using namespace timewords;

int Int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

namespace {

class Tagger {
 public:
  Tagger(const std::vector<Sentence>& sentences, const std::string& text, const TimeContext& ctx)
      : sentences_(sentences), text_(text) {
    if (ctx.published) {
      have_pub_ = true;
      pub_ = ToDays(*ctx.published);
      py_ = ctx.published->year;
      pm_ = ctx.published->month;
      pd_ = ctx.published->day;
    }
  }

  std::vector<TimeExpr> Run();

  // Spans of text to read as expressions while running (ResolveTimeSpans): each goes to
  // (*out)[its index], as tokens of the sentence that holds its first byte. Spans that
  // cover no token stay empty expressions.
  void RequestSpans(const std::vector<std::pair<uint32_t, uint32_t>>& spans, std::vector<TimeExpr>* out) {
    resolved_ = out;
    for (size_t k = 0; k < spans.size(); ++k) {
      auto [begin, end] = spans[k];
      // The sentences that may hold it: from the last one starting at or before `begin`.
      auto from = std::upper_bound(sentences_.begin(), sentences_.end(), begin,
                                   [](uint32_t b, const Sentence& x) { return b < x.begin; });
      if (from != sentences_.begin()) --from;
      for (uint32_t s = static_cast<uint32_t>(from - sentences_.begin()); s < sentences_.size(); ++s) {
        if (sentences_[s].begin >= end) break;
        const std::vector<Token>& t = sentences_[s].tokens;
        int first = -1, last = -1;
        for (int j = 0; j < static_cast<int>(t.size()); ++j) {
          if (t[j].end <= begin || t[j].begin >= end) continue;
          if (first < 0) first = j;
          last = j + 1;
        }
        if (first >= 0) {
          spans_.push_back({s, first, last, k});
          break;
        }
      }
    }
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) {
      return std::tie(a.sentence, a.first) < std::tie(b.sentence, b.first);
    });
  }

 private:
  // A match under construction.
  struct Cand {
    int first = 0, last = 0;     // tokens [first, last)
    std::string value;           // TIMEX3 value
    std::string type = "DATE";
    std::optional<DateValue> date;  // event date
    bool relative = false;
    bool modifiable = true;      // may take "early", "late", "the end of" on its left
    int explicit_year = 0;       // an explicit year: the year in scope from now on
    int quarter_year = 0, quarter = 0;  // an explicit quarter: the reference quarter from now on
    bool quarter_fiscal = false;        // ... named as a fiscal one: calendar quarter unsure
    bool quarter_ended = false;         // ... named by its end ("the quarter ended Sept. 30")
  };

  std::string_view W(int i) const { return i >= 0 && i < n_ ? std::string_view((*tok_)[i].norm) : std::string_view(); }
  bool Cap(int i) const { return i >= 0 && i < n_ && (*tok_)[i].upper_initial; }
  bool Punct(int i) const { return i >= n_ || (i >= 0 && (*tok_)[i].punct); }
  // Bytes between tokens i-1 and i ("-" in "2024-03").
  char Gap(int i) const {
    if (i <= 0 || i >= n_) return 0;
    uint32_t a = (*tok_)[i - 1].end, b = (*tok_)[i].begin;
    return b == a + 1 ? text_[a] : b == a ? '\0' : ' ';
  }
  Tense TenseOf(int first, int last) const {
    return TenseAt(*sentence_, static_cast<uint32_t>(first), static_cast<uint32_t>(last));
  }

  int MonthAt(int i) const;
  int YearAt(int i, int* used) const;
  std::optional<int> ScopeYear() const;

  // Year of month m (day d, 0 if none) given a direction (-1 "last", +1 "next", 0) and
  // the tense; 0 when it cannot be resolved.
  int ResolveMonthYear(int m, int d, int dir, int first, int last, bool explicit_this) const;
  int ResolveWeekday(int wd, int dir, int first, int last) const;  // day number

  bool Match(int i, Cand& c);
  bool MatchCalendar(int i, Cand& c);
  bool MatchQuarter(int i, Cand& c);
  bool MatchRelativeUnit(int i, Cand& c);
  bool MatchAgo(int i, Cand& c);
  bool MatchMonth(int i, Cand& c);
  bool MatchSeason(int i, Cand& c);
  bool MatchWeekday(int i, Cand& c);
  bool MatchDayWord(int i, Cand& c);
  bool MatchYear(int i, Cand& c);
  bool MatchDecade(int i, Cand& c);
  bool MatchHoliday(int i, Cand& c);
  bool MatchGeneric(int i, Cand& c);
  bool MatchDayOfMonth(int i, Cand& c);
  bool MatchPeriodNoun(int i, Cand& c);
  bool MatchClock(int i, Cand& c);
  bool MatchDuration(int i, Cand& c);
  bool MatchSet(int i, Cand& c);
  bool MatchAnaphor(int i, Cand& c);
  int SkipNonDate(int i) const;  // tokens to skip for ages, anniversaries, durations
  int QuarterYear(int q, int first, int last) const;  // of "the third quarter" without a year
  // "Q3"; "FY2012", "FY12" (the year, 0 if none).
  bool IsQuarterCode(int i) const {
    std::string_view w = W(i);
    return Cap(i) && w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4';
  }
  int FiscalYearCode(int i) const {
    std::string_view w = W(i);
    if (!Cap(i) || w.size() < 4 || w[0] != 'f' || w[1] != 'y' || !AllDigits(w.substr(2))) return 0;
    if (w.size() == 6) return YearNumber(w.substr(2));
    if (w.size() == 4) return Int(w.substr(2)) + (Int(w.substr(2)) >= 50 ? 1900 : 2000);
    return 0;
  }
  bool SeveralMonthsReported() const;
  bool MayStart(int i) const;

  void Unresolved(Cand& c) {
    c.value.clear();
    c.date.reset();
    c.relative = true;
  }
  void SetDay(Cand& c, int days) {
    DateValue v = DayValue(days);
    c.value = v.ToString();
    c.date = v;
  }
  void Extend(Cand& c, int floor) const;
  TimeExpr Expr(const Cand& c) const;
  void Commit(Cand& c);
  TimeExpr ResolveSpan(int first, int last);

  const std::vector<Sentence>& sentences_;
  const std::string& text_;
  bool have_pub_ = false;
  int pub_ = 0, py_ = 0, pm_ = 0, pd_ = 0;

  // The sentence being read.
  const Sentence* sentence_ = nullptr;
  const std::vector<Token>* tok_ = nullptr;
  uint32_t si_ = 0;
  int n_ = 0;

  // Document context.
  int scope_year_ = 0;            // the last explicit year ("in 1998", "this year")
  uint32_t scope_sentence_ = 0;
  int quarter_year_ = 0, quarter_ = 0;  // the reference quarter ("the third quarter")
  bool quarter_fiscal_ = false;         // ... named as a fiscal quarter
  std::optional<DateValue> anchor_;     // the last resolved date, for "the next day", "that year"
  std::vector<TimeExpr> out_;

  // Spans to resolve (RequestSpans).
  struct Span {
    uint32_t sentence;
    int first, last;  // tokens
    size_t index;     // in *resolved_
  };
  std::vector<Span> spans_;
  std::vector<TimeExpr>* resolved_ = nullptr;
};

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
  const bool deadline =
      OneOf(W(k), {"effective", "payable", "until", "till", "by", "starting", "beginning", "due", "expire", "expires",
                   "expiring", "record", "through", "before", "deadline"}) ||
      W(first - 1) == "set" ||  // "set Nov. 10 as the deadline", not "a record set on Aug. 6"
      (W(k) == "to" && OneOf(W(k - 1), {"extended", "postponed", "delayed", "moved", "pushed", "adjourned", "up"})) ||
      OneOf(W(last), {"deadline", "target", "date"}) ||
      (!Punct(last) && OneOf(W(last + 1), {"deadline", "date"})) ||  // "a Jan. 14 return date"
      // The date of an occasion named by a noun ("a general election on May 1", "the
      // transfer of power on July 1"): the clause's tense is not its own.
      (W(k + 1) == "on" && (IsOccasionNoun(W(k)) || (W(k - 1) == "of" && IsOccasionNoun(W(k - 2))))) ||
      // The start of a schedule: "flights each Thursday from August 6".
      (W(k) == "from" && [&] {
        for (int b = k - 1; b >= 0 && b >= k - 4; --b)
          if (OneOf(W(b), {"each", "every", "daily", "weekly", "monthly", "nightly"})) return true;
        return false;
      }());
  Tense tense = TenseOf(first, last);
  if (deadline && tense != Tense::kFuture) tense = Tense::kUnknown;
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
  if (W(last) == "'s") return pub_ - (pw - wd + 7) % 7;
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

// this / last / next / past / coming / current / previous / following + unit.
bool Tagger::MatchRelativeUnit(int i, Cand& c) {
  int j = i;
  bool the = W(j) == "the";
  if (the) ++j;
  std::string_view mod = W(j);
  int dir;
  bool anchored = false;
  if (OneOf(mod, {"this", "current", "present"})) dir = 0;
  else if (OneOf(mod, {"last", "past"})) dir = -1;
  else if (OneOf(mod, {"next", "coming"})) dir = 1;
  else if (the && OneOf(mod, {"previous", "prior", "preceding"})) dir = -1, anchored = true;
  else if (the && OneOf(mod, {"following", "next", "subsequent"})) dir = 1, anchored = mod != "next";
  else if (the && mod == "same") dir = 0, anchored = true;
  else return false;
  if (mod == "this" && the) return false;
  if (!the && OneOf(mod, {"previous", "prior", "following", "same", "current", "present"}) && mod != "current")
    return false;
  int k = j + 1;
  if (mod == "this" && (W(k) == "past" || W(k) == "coming")) dir = W(k) == "past" ? -1 : 1, ++k;
  bool fiscal = W(k) == "fiscal";
  if (fiscal) ++k;
  std::string_view unit = W(k);
  if (!OneOf(unit, {"year", "month", "week", "weekend", "decade", "century", "day", "night", "morning",
                    "afternoon", "evening", "quarter"}))
    return false;
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
    c.value += std::string("T") + DayPartCode(unit);
    c.type = "TIME";
  }
  return true;
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
      TenseOf(i, j + 1) == Tense::kFuture) {
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
    Tense t = TenseOf(c.first, c.last);
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
  if (!have_pub_) return Unresolved(c), true;
  int days = ResolveWeekday(wd, dir, c.first, c.last);
  if (anchored && anchor_ && anchor_->precision == DateValue::Precision::kDay) {
    const int base = ToDays(*anchor_), bw = Weekday(base);
    days = dir < 0 ? base - ((bw - wd + 6) % 7 + 1) : base + ((wd - bw + 6) % 7 + 1);
  }
  SetDay(c, days);
  if (part) {
    c.value += std::string("T") + part;
    c.type = "TIME";
  }
  c.relative = true;
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
  return true;
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
    c.value += std::string("T") + part;
    c.type = "TIME";
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
    c.value += std::string("T") + part;
    c.type = "TIME";
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
    c.value += std::string("T") + part;
    c.type = "TIME";
  }
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
             OneOf(W(i - 1), {"will", "would", "may", "might", "could", "can", "shall"})) {
    value = "FUTURE_REF", last = w == "someday" ? i + 1 : i + 2;
  } else if (w == "soon" && W(i - 1) != "as" && next != "as" && next != "after") {
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
    if (unit == "morning") c.value += "TMO", c.type = "TIME";
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

bool Tagger::Match(int i, Cand& c) {
  return MatchClock(i, c) || MatchSet(i, c) || MatchCalendar(i, c) || MatchQuarter(i, c) || MatchHoliday(i, c) || MatchDecade(i, c) ||
         MatchWeekday(i, c) || MatchMonth(i, c) || MatchSeason(i, c) || MatchRelativeUnit(i, c) ||
         MatchAgo(i, c) || MatchDayWord(i, c) || MatchYear(i, c) || MatchDayOfMonth(i, c) || MatchPeriodNoun(i, c) || MatchAnaphor(i, c) ||
         MatchGeneric(i, c) || MatchDuration(i, c);
}

// Modifiers that TimeML puts inside the expression without changing its value:
// "early", "mid", "late", "earlier", "later", "the end of", "the beginning of".
void Tagger::Extend(Cand& c, int floor) const {
  if (!c.modifiable) return;
  int f = c.first;
  if (f - 3 >= floor && W(f - 1) == "of" && W(f - 3) == "the" &&
      OneOf(W(f - 2), {"end", "beginning", "start", "middle", "close", "turn", "rest", "remainder"})) {
    f -= 3;
  } else if (f - 4 >= floor && W(f - 1) == "of" && W(f - 2) == "half" && W(f - 4) == "the" &&
             OneOf(W(f - 3), {"first", "second", "last", "latter"})) {
    f -= 4;
  } else if (f - 2 >= floor && W(f - 1) == "in" && OneOf(W(f - 2), {"earlier", "later"}) && W(f) == "the") {
    f -= 2;
  } else if (f - 1 >= floor && OneOf(W(f - 1), {"early", "mid", "late", "earlier", "later", "sometime"})) {
    --f;
    if (f - 1 >= floor && W(f - 1) == "the") --f;
  }
  c.first = f;
}

TimeExpr Tagger::Expr(const Cand& c) const {
  TimeExpr e;
  e.sentence = si_;
  e.first = static_cast<uint32_t>(c.first);
  e.last = static_cast<uint32_t>(c.last);
  e.begin = (*tok_)[c.first].begin;
  e.end = (*tok_)[c.last - 1].end;
  e.value = c.value;
  e.type = c.type;
  if (c.date && c.date->known()) e.dates.push_back(*c.date);
  e.relative = c.relative;
  e.group = static_cast<uint32_t>(out_.size());
  std::string_view before = W(c.first - 1);
  e.relational = OneOf(before, {"since", "until", "till", "before", "after", "by", "through"});
  // "the 2018 summit", "its 1994 agreement": a year naming a thing, not saying when.
  if (c.last - c.first == 1 && YearNumber(W(c.first)) && IsDeterminer(before) && c.last < n_ &&
      !(*tok_)[c.last].punct && !(*tok_)[c.last].upper_initial && !OneOf(W(c.last), {"and", "or", "to", "'s"}))
    e.relational = true;
  return e;
}

void Tagger::Commit(Cand& c) {
  TimeExpr e = Expr(c);
  // A coordination: "March, May and June", "1956 and 1988".
  if (!out_.empty() && !e.dates.empty()) {
    const TimeExpr& prev = out_.back();
    // (Not the same day again: "Oct. 12, the day before the plunge" is an apposition.)
    if (prev.sentence == si_ && !prev.dates.empty() && prev.last < e.first && prev.value != e.value) {
      bool joined = true;
      for (uint32_t k = prev.last; k < e.first && joined; ++k)
        joined = OneOf((*tok_)[k].norm, {",", "and", "or", "&"});
      if (joined) e.group = prev.group;
    }
  }
  // A year that frames the sentence ("In 2019, ...", "This year, ...", "... this
  // year") gives later months of the sentence their year; a year inside a clause ("a
  // program approved in 1987") does not.
  const bool frames = e.value.size() == 4 && (c.first <= 2 || c.relative);
  if (c.explicit_year && !e.relational && frames) {
    scope_year_ = c.explicit_year;
    scope_sentence_ = si_;
  }
  // The reference quarter of a report is a finished one, not a forecast: the first recent
  // one named (the lead's), which later quarters named in passing ("after a flat second
  // quarter") do not replace; an old one ("in the third quarter of 1984") does not hold,
  // nor a fiscal one ("the fiscal first quarter") once the calendar one is told ("the
  // quarter ended Sept. 30").
  auto recent = [&](int y, int q) { return have_pub_ && (py_ * 4 + (pm_ - 1) / 3) - (y * 4 + q - 1) <= 4; };
  if (c.quarter &&
      (!quarter_ || !recent(quarter_year_, quarter_) || (quarter_fiscal_ && c.quarter_ended)) &&
      (!have_pub_ || c.quarter_year < py_ || (c.quarter_year == py_ && 3 * c.quarter < pm_)))
    quarter_year_ = c.quarter_year, quarter_ = c.quarter, quarter_fiscal_ = c.quarter_fiscal;
  if (!e.dates.empty() && !e.relational) anchor_ = e.dates.front();
  out_.push_back(std::move(e));
}

// Can an expression start at token i? Most tokens are rejected here, before any matcher.
bool Tagger::MayStart(int i) const {
  const Token& t = (*tok_)[i];
  std::string_view w = t.norm;
  if (w.empty()) return false;
  if (t.punct) return w == "'";
  const char c0 = w[0];
  if (c0 >= '0' && c0 <= '9') return true;
  if ((c0 == 'q' || c0 == 'f') && (IsQuarterCode(i) || FiscalYearCode(i))) return true;
  if (t.upper_initial && (MonthOf(w) || WeekdayOf(w) >= 0 ||
                          OneOf(w, {"christmas", "new", "thanksgiving", "easter", "halloween", "valentine",
                                    "independence", "labor", "memorial", "veterans", "election"})))
    return true;
  static const WordSet kStarts = {
      "the", "a", "an", "this", "that", "these", "last", "next", "past", "coming", "upcoming", "current", "present",
      "yesterday", "today", "tomorrow", "tonight", "now", "currently", "nowadays", "presently", "recently", "lately",
      "previously", "formerly", "recent", "future", "soon", "at", "year", "fiscal", "fy", "several", "many", "some",
      "few", "years", "months", "weeks", "days", "decades", "hours", "nineteen", "twenty", "two", "one", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety", "hundred", "first", "second", "third", "fourth", "spring", "summer",
      "fall", "autumn", "winter", "noon", "midday", "midnight", "daily", "weekly", "monthly", "annually", "yearly",
      "hourly", "every", "each", "someday", "morning", "afternoon", "evening", "then"};
  if (!kStarts.contains(w)) return false;
  // The commonest starts need a fitting second word.
  if (w == "the" || w == "a" || w == "an") {
    if (i + 1 >= n_) return false;
    const Token& u = (*tok_)[i + 1];
    if (u.norm.empty()) return false;
    if ((u.norm[0] >= '0' && u.norm[0] <= '9') || u.norm == "'") return true;
    if (u.upper_initial && (MonthOf(u.norm) || WeekdayOf(u.norm) >= 0)) return true;
    static const WordSet kSecond = {
        "year", "years", "week", "weekend", "month", "day", "quarter", "period", "fiscal", "calendar", "first",
        "second", "third", "fourth", "last", "latest", "latter", "current", "previous", "prior", "preceding",
        "following", "next", "same", "comparable", "corresponding", "most", "recent", "past", "future", "near",
        "distant", "foreseeable", "immediate", "short", "long", "coming", "present", "early", "mid", "late", "time",
        "full", "entire", "whole", "winter", "spring", "summer", "fall", "autumn", "twenties", "thirties",
        "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "few", "couple", "decade", "century", "hour", "minute", "later",
        "subsequent", "just", "morning", "night", "evening", "afternoon", "moment", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth"};
    return kSecond.contains(u.norm);
  }
  return true;
}

// The expression read from tokens [first, last) in their place: the match that covers
// most of the span, starting inside it or at an article just before it (annotators leave
// "the" out: "summer" of "the summer", "year-earlier" of "a year-earlier"). A match that
// runs past the span is read again without the words after it ("Friday" of "Friday
// night"), unless that leaves nothing or a duration of a date ("a year" of "a year
// earlier"): then the whole match is what the words meant. When
// nothing matches, the words that TimeML lets stand alone for the present, past or future
// ("already", "once", "future").
TimeExpr Tagger::ResolveSpan(int first, int last) {
  std::optional<Cand> best;
  int best_cover = 0;
  const int from = first > 0 && OneOf(W(first - 1), {"the", "a", "an"}) ? first - 1 : first;
  for (int i = from; i < last; ++i) {
    if (!MayStart(i) || SkipNonDate(i)) continue;
    Cand c;
    if (!Match(i, c) || c.last <= first) continue;
    if (c.last > last) {  // read again without the words after the span
      const int n = n_;
      n_ = last;
      Cand cut;
      const bool ok = MayStart(i) && Match(i, cut);
      n_ = n;
      if (ok && !(cut.value.starts_with('P') && !c.value.starts_with('P'))) c = cut;
    }
    Extend(c, from);
    const int cover = std::min(c.last, last) - std::max(c.first, first);
    if (!best || cover > best_cover) best = c, best_cover = cover;
    if (i >= first) i = c.last - 1;
  }
  if (best) return Expr(*best);
  TimeExpr e;
  e.sentence = si_;
  e.first = static_cast<uint32_t>(first);
  e.last = static_cast<uint32_t>(last);
  e.begin = (*tok_)[first].begin;
  e.end = (*tok_)[last - 1].end;
  e.group = static_cast<uint32_t>(out_.size());
  if (last - first == 1) {
    if (const char* ref = ReferenceWord(W(first))) e.value = ref, e.relative = true;
  }
  return e;
}

std::vector<TimeExpr> Tagger::Run() {
  size_t next_span = 0;  // the next of spans_ (sorted by position) to resolve
  auto resolve_spans_to = [&](int i) {
    for (; next_span < spans_.size() && spans_[next_span].sentence == si_ && spans_[next_span].first <= i; ++next_span)
      (*resolved_)[spans_[next_span].index] = ResolveSpan(spans_[next_span].first, spans_[next_span].last);
  };
  for (si_ = 0; si_ < sentences_.size(); ++si_) {
    sentence_ = &sentences_[si_];
    tok_ = &sentence_->tokens;
    n_ = static_cast<int>(tok_->size());
    int floor = 0;  // tokens before it belong to an earlier expression
    for (int i = 0; i < n_; ++i) {
      resolve_spans_to(i);
      if (!MayStart(i)) continue;
      if (int skip = SkipNonDate(i)) {
        i += skip - 1;
        floor = i + 1;
        continue;
      }
      Cand c;
      if (!Match(i, c)) continue;
      Extend(c, floor);
      Commit(c);
      i = c.last - 1;
      floor = c.last;
    }
    resolve_spans_to(n_);
  }
  return std::move(out_);
}

}  // namespace

std::vector<TimeExpr> TagTimes(const std::vector<Sentence>& sentences, const std::string& text,
                               const TimeContext& ctx) {
  return Tagger(sentences, text, ctx).Run();
}

std::vector<TimeExpr> ResolveTimeSpans(const std::vector<Sentence>& sentences, const std::string& text,
                                       const TimeContext& ctx,
                                       const std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  std::vector<TimeExpr> resolved(spans.size());
  Tagger tagger(sentences, text, ctx);
  tagger.RequestSpans(spans, &resolved);
  tagger.Run();
  return resolved;
}

}  // namespace entente
