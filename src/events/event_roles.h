// The actors of a matched verb pattern: which groups are the event's source and target.
// The clause's subject does the act to the pattern's target slot; a passive swaps them; a
// complaint is about what it names, not its audience; violence no one claims comes from
// the place where it happened (unclaimed_violence.h); TABARI's options add their readings
// (CODE ALL, "that" clauses, DEFAULT: codes). Internal to src/events.
#pragma once

#include <cstdint>
#include <vector>

#include "dict/verb_dictionary.h"
#include "events/coding_context.h"
#include "events/pattern_match.h"

namespace entente::events {

// The actors of a matched pattern: who does it (sources) to whom (targets), as groups.
struct Roles {
  std::vector<int> sources, targets;
  uint32_t clause_begin = 0;  // first token of the verb's clause
  bool default_src = false, default_tgt = false;  // TABARI's DEFAULT: codes stand in
};

// Fills *r (default-constructed) for `pat` matched as `m` at the anchor; `passive` and
// `reduced` say how the verb was read (a passive's agent is in m.source). False when there
// is no source (nor a default one), or a passive has nothing it describes.
bool FindRoles(const SentenceContext& c, const Anchor& at, const VerbPattern& pat, const Match& m, bool passive,
               bool reduced, const SentenceState& st, Roles* r);

}  // namespace entente::events
