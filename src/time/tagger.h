// The time tagger's machinery, shared by the files that implement it. Internal to
// src/time/; the public interface is time_tagger.h.
//
//   time_tagger.cc      reading the sentences in order: where an expression may start,
//                       matching, modifiers ("early", "the end of"), committing (the year
//                       and quarter in scope, the last date named), spans given by a caller
//   time_resolution.cc  which year a month or a quarter belongs to, which day a weekday
//                       is, ages and anniversaries that are not dates
//   match_calendar.cc   dates, months, days of the month, years, decades, seasons,
//                       quarters, holidays, clock times
//   match_relative.cc   expressions read from now or from the last date named: "last
//                       week", "two years ago", "Tuesday", "yesterday", "the next day",
//                       "the weekend", PRESENT_REF
//   match_durations.cc  durations and sets ("two years", "daily"), never event dates
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "common/date.h"
#include "time/tense.h"
#include "time/time_lexicon.h"
#include "time/time_tagger.h"

namespace entente::timetag {

// The tagger's files read words through the lexicon's helpers (OneOf, MonthOf ...).
using namespace timewords;

// The leading digits of s as a number ("21st" -> 21).
inline int Int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

// One pass over a document's sentences (TagTimes, ResolveTimeSpans). Not thread-safe;
// one per document.
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
  void RequestSpans(const std::vector<std::pair<uint32_t, uint32_t>>& spans, std::vector<TimeExpr>* out);

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
  bool ExtendCompoundDuration(const std::string& first_unit, int first_num, Cand& c) const;
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

  // "the first visit in ten years", "the second report in two months": an ordinal
  // before "in" (at `in_pos`) counts within a span; the span is a duration, not a date
  // ahead. (Not a superlative: "the fastest growing economy in a year or two".)
  bool CountsWithin(int in_pos) const;

  void Unresolved(Cand& c) {
    c.value.clear();
    c.date.reset();
    c.relative = true;
  }
  // A part of that day ("NI" for "Friday night"): a TIME, "2024-03-15TNI".
  static void AddDayPart(Cand& c, const char* part) {
    c.value += std::string("T") + part;
    c.type = "TIME";
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

}  // namespace entente::timetag
