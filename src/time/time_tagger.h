// The time stage, part 1: temporal expressions in sentences, normalised against the
// publication date as TimeML TIMEX3 values ("2024-03-21", "2024-03", "2024", "2024-W12",
// "2024-Q1", "2024-SU", "199", "2024-03-21TNI", "PRESENT_REF"). Ages and anniversaries
// ("73rd anniversary", "a 75-year-old") are recognised so that they are never taken for
// dates. Expression families, resolution rules and their known limits: docs/time.md.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "entente/analysis.h"
#include "time/tense.h"

namespace entente {

struct TimeExpr {
  uint32_t sentence = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t begin = 0, end = 0;   // bytes into Article::text
  std::string value;             // TIMEX3 value; "" when it cannot be resolved
  std::string type = "DATE";     // TIMEX3 type: DATE, or TIME for a part of a day ("Friday night")
  // The calendar value an event on this expression gets: day, month or year precision
  // (a week gives the month of its Thursday, a quarter or a season its year). Empty for
  // values that are not event dates: PRESENT_REF, decades, unresolved expressions.
  std::vector<DateValue> dates;
  // Index (in TagTimes' result) of the first expression of a coordination
  // ("in March, May and June", "in 1956 and 1988"); its own index otherwise.
  uint32_t group = 0;
  bool relative = false;    // needed the publication date (or an earlier expression)
  // Says when something else happened, not the clause's event: "since 2019", "until
  // June", "before 2020", "the 2018 summit". Never used to date an event.
  bool relational = false;
};

struct TimeContext {
  std::optional<DateValue> published;  // day precision, or none
};

// All expressions of a document, in text order. Relative expressions stay unresolved
// (value "", no dates) when the publication date is unknown. Pure; thread-safe.
std::vector<TimeExpr> TagTimes(const std::vector<Sentence>& sentences, const std::string& text,
                               const TimeContext& ctx);

// Reads expressions that something else delimited (an annotator, another tagger): for
// each byte span [begin, end) of `text`, the expression its words make in their place,
// with the tense and the dates of the document up to there, as TagTimes would read them.
// A match that runs past the span is read again without the words after it ("Friday" of
// "Friday night" is the day); words that only mark the present, past or future
// ("already", "once") get PRESENT_REF, PAST_REF, FUTURE_REF. value is "" when the words
// hold no expression. One result per span, in their order. Pure; thread-safe.
std::vector<TimeExpr> ResolveTimeSpans(const std::vector<Sentence>& sentences, const std::string& text,
                                       const TimeContext& ctx,
                                       const std::vector<std::pair<uint32_t, uint32_t>>& spans);

}  // namespace entente
