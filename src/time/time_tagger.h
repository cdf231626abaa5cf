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

// TimeExpr, the tagger's result, is in entente/analysis.h (Analysis::times).

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
