// The time stage, part 1: temporal expressions in sentences, normalised against the
// publication date as TimeML TIMEX3 values ("2024-03-21", "2024-03", "2024", "2024-W12",
// "199", "PRESENT_REF"). Ages and anniversaries ("73rd anniversary", "a 75-year-old")
// are recognised so that they are never taken for dates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "entente/analysis.h"

namespace entente {

struct TimeExpr {
  uint32_t sentence = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t begin = 0, end = 0;   // bytes into Article::text
  std::string value;             // TIMEX3 value; "" when it cannot be resolved
  std::vector<DateValue> dates;  // calendar values (several for "March, May and June")
  bool relative = false;         // needed the publication date
  bool relational = false;       // "since 2019", "until June", "before 2020": not when something happened
};

enum class Tense { kPast, kPresent, kFuture };

struct TimeContext {
  std::optional<DateValue> published;  // day precision, or none
};

// All expressions of a document, in text order. Relative expressions stay unresolved
// (value "", no dates) when the publication date is unknown.
std::vector<TimeExpr> TagTimes(const std::vector<Sentence>& sentences, const std::string& text,
                               const TimeContext& ctx);

// Tense of the clause around token `anchor` (future when "will", "to be", "next" ...).
Tense TenseAt(const Sentence& s, uint32_t anchor);

}  // namespace entente
