// The events stage: verb patterns over sentences with their actor mentions -> coded events.
// Shallow syntax, no parser: the verb pattern is matched from its anchor; the source is
// the clause's subject (nearest actor left of the verb that is not inside a prepositional
// phrase, with coordinated actors) unless the pattern names it with `$`; slots absorb
// determiners, titles and coordinated lists ("China, Vietnam, and Laos"); reported
// speech ("KCNA reported that X ...") gives X's event with the reporter kept.
#pragma once

#include <climits>
#include <set>
#include <vector>

#include "actors/actor_recognizer.h"
#include "dict/dictionaries.h"
#include "entente/analysis.h"

namespace entente {

struct CoderOptions {
  // Roots coded when a pattern has no target slot: intentions, concessions, investigations,
  // demands, accusations, refusals, threats, protests, shows of force, coercion and
  // violence stand alone ("demanded immediate elections", "opened a hearing into ...");
  // consulting, support, cooperation and aid need a partner. A pattern with a target slot
  // (`+`) always needs its target.
  std::set<int> untargeted_roots = {3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
  // Protests (14), concessions (08) and coercion (17) with no target named are coded
  // against the actor's own country, as CAMEO does for domestic events.
  bool implicit_domestic_target = true;
  // The document's date (day number) for dated discard phrases; INT_MIN = unknown.
  int day = INT_MIN;
  // A TABARI options file's switches (docs/formats.md): minimum sentence length, default
  // source and target. Null: none.
  const FieldOptions* field = nullptr;
  // Per sentence: shorter than field->min_words before COMMA: dropped phrases (set by the
  // pipeline); null: counted here.
  const std::vector<uint8_t>* too_short = nullptr;
};

// Events of one document, in text order. Dates are set later by the time stage; the
// clause of each event is kept in `clauses` (token ranges, parallel to the result).
struct CodedEvents {
  std::vector<Event> events;
  struct Clause {
    uint32_t sentence, begin, end, anchor;  // token range of the clause and the verb
  };
  std::vector<Clause> clauses;
};

CodedEvents CodeEvents(const std::vector<Sentence>& sentences, const MentionSet& mentions,
                       const Dictionaries& dicts, const std::string& text, const CoderOptions& options = {});

}  // namespace entente
