// Factuality of an event from cue words in its clause: negated ("did not"), future
// ("will", "is expected to"), hypothetical ("would", "if", "in the event of"), alleged
// ("suspected of", "amid suspicions that", "reportedly"), else asserted.
#pragma once

#include <string>
#include <vector>

#include "entente/analysis.h"

namespace entente {

struct Factuality {
  std::string label = "asserted";
  std::vector<std::string> cues;
};

// `clause_begin` .. `anchor` is the stretch before the verb that governs it.
Factuality JudgeFactuality(const Sentence& s, size_t clause_begin, size_t anchor, size_t clause_end);

}  // namespace entente
