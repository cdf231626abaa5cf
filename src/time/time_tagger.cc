#include "time/time_tagger.h"

#include <algorithm>
#include <tuple>

#include "time/tagger.h"

namespace entente {
namespace timetag {

bool Tagger::Match(int i, Cand& c) {
  return MatchClock(i, c) || MatchSet(i, c) || MatchCalendar(i, c) || MatchQuarter(i, c) || MatchHoliday(i, c) || MatchDecade(i, c) ||
         MatchWeekday(i, c) || MatchMonth(i, c) || MatchSeason(i, c) || MatchRelativeUnit(i, c) ||
         MatchAgo(i, c) || MatchDayWord(i, c) || MatchYear(i, c) || MatchDayOfMonth(i, c) || MatchPeriodNoun(i, c) || MatchAnaphor(i, c) ||
         MatchGeneric(i, c) || MatchDuration(i, c);
}

// Modifiers that TimeML puts inside the expression without changing its value:
// "early", "mid", "late", "earlier", "later", "the end of", "the beginning of".
void Tagger::Extend(Cand& c, int floor) const {
  int f = c.first;
  // How much, for a duration or a clock time (TIMEX3 "mod"): "nearly two years", "more
  // than four hours", "at least 30 days", "around 7:15 p.m.".
  if (c.type == "DURATION" || c.type == "TIME") {
    if (f - 2 >= floor && ((OneOf(W(f - 1), {"than"}) && OneOf(W(f - 2), {"more", "less", "fewer"})) ||
                           (W(f - 2) == "at" && OneOf(W(f - 1), {"least", "most"})) ||
                           (W(f - 2) == "up" && W(f - 1) == "to"))) {
      f -= 2;
      if (f - 1 >= floor && W(f - 1) == "no" && W(f + 1) == "than") --f;  // "no more than sixty days"
    } else if (f - 1 >= floor &&
               OneOf(W(f - 1), {"nearly", "almost", "about", "around", "roughly", "approximately", "some"})) {
      --f;
    }
    if (c.type == "DURATION" || f < c.first) {
      c.first = f;
      return;
    }
  }
  if (!c.modifiable) return;
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
  // "the 2018 summit", "its 1994 agreement", "a 2013 US-Russia agreement": a year naming
  // a thing, not saying when.
  if (c.last - c.first == 1 && YearNumber(W(c.first)) && IsDeterminer(before) && c.last < n_ &&
      !(*tok_)[c.last].punct && !MonthOf(W(c.last)) && !OneOf(W(c.last), {"and", "or", "to", "'s"}))
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
    if ((u.norm[0] >= '0' && u.norm[0] <= '9') || u.norm == "'" || NumberWord(u.norm) > 1) return true;
    if (u.upper_initial && (MonthOf(u.norm) || WeekdayOf(u.norm) >= 0)) return true;
    static const WordSet kSecond = {
        "year", "years", "week", "weekend", "month", "day", "quarter", "period", "fiscal", "calendar", "first",
        "second", "third", "fourth", "last", "latest", "latter", "current", "previous", "prior", "preceding",
        "following", "next", "same", "comparable", "corresponding", "most", "recent", "past", "future", "near",
        "distant", "foreseeable", "immediate", "short", "long", "coming", "present", "early", "mid", "late", "time",
        "full", "entire", "whole", "winter", "spring", "summer", "fall", "autumn", "twenties", "thirties",
        "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "few", "couple", "decade", "century", "hour", "minute", "later",
        "subsequent", "just", "morning", "night", "evening", "afternoon", "moment", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "additional", "extra"};
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

void Tagger::RequestSpans(const std::vector<std::pair<uint32_t, uint32_t>>& spans, std::vector<TimeExpr>* out) {
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

}  // namespace timetag

std::vector<TimeExpr> TagTimes(const std::vector<Sentence>& sentences, const std::string& text,
                               const TimeContext& ctx) {
  return timetag::Tagger(sentences, text, ctx).Run();
}

std::vector<TimeExpr> ResolveTimeSpans(const std::vector<Sentence>& sentences, const std::string& text,
                                       const TimeContext& ctx,
                                       const std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  std::vector<TimeExpr> resolved(spans.size());
  timetag::Tagger tagger(sentences, text, ctx);
  tagger.RequestSpans(spans, &resolved);
  tagger.Run();
  return resolved;
}

}  // namespace entente

