// Factuality of an event from cue words in its clause: negated ("did not"), future
// ("will", "is expected to", "said it would"), hypothetical ("would", "if", "in the event
// of"), alleged ("suspected of", "amid suspicions that"), else asserted. Refusals
// ("refused to", "declined to") and intentions ("will", "is ready to", "pledged to") are
// flagged too: CAMEO codes them as events of their own (12x reject, 03x intent).
#pragma once

#include <string>
#include <vector>

#include "entente/analysis.h"

namespace entente {

struct Factuality {
  std::string label = "asserted";
  std::vector<std::string> cues;
  bool intent = false;   // the actor states or is said to plan the act
  bool refusal = false;  // the actor refuses the act
  bool threat = false;   // an intention on a condition ("will withdraw unless ..."): a threat
  bool announced = false;  // "announced it would", "decided to": a decision made known
  bool decided = false;    // "decided to": the decision is the act
  bool preparing = false;  // "the army prepared to resume shelling": getting ready, a posture
  bool unless = false;   // the condition is "unless" (pressure), not "if" (a promise may be meant)
};

// `clause_begin` .. `anchor` is the stretch before the verb that governs it.
Factuality JudgeFactuality(const Sentence& s, size_t clause_begin, size_t anchor, size_t clause_end);

// CAMEO's own codes for intentions and refusals: "will send aid" (07x) is 033
// "express intent to provide material aid", "refused to meet" (04x) is 125; returns ""
// when the code has no such counterpart (then the event keeps its code and its label).
std::string IntentCode(const std::string& code);
std::string RefusalCode(const std::string& code);

}  // namespace entente
