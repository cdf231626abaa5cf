// The time stage, part 2: each event gets the date of the expression attached to its
// clause, else of its sentence, else the time context of its paragraph, else the
// publication date, with the precision and the source of the decision recorded.
// An expression listing several dates ("in March, May and June", "in 1956 and 1988")
// gives one event per date.
#pragma once

#include <optional>
#include <vector>

#include "events/event_coder.h"
#include "time/time_tagger.h"

namespace entente {

// `mentions` (the document's actors) let the paragraph's time carry over only to an event
// whose parties it concerns; without them that check is skipped.
void DateEvents(CodedEvents& coded, const std::vector<Sentence>& sentences, const std::vector<TimeExpr>& times,
                const std::optional<DateValue>& published, const std::string& text,
                const std::vector<Mention>* mentions = nullptr);

// Merges events of one document that say the same thing twice (same source, target,
// code and date), keeping the first.
void DedupeEvents(std::vector<Event>& events);

}  // namespace entente
