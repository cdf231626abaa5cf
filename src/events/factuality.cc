#include "events/factuality.h"

#include <unordered_set>

namespace entente {

Factuality JudgeFactuality(const Sentence& s, size_t clause_begin, size_t anchor, size_t clause_end) {
  Factuality f;
  const auto& t = s.tokens;
  static const std::unordered_set<std::string> kNeg = {"not", "never", "no", "neither", "nor"};
  static const std::unordered_set<std::string> kNegVerbs = {"refuse", "decline", "fail", "deny", "reject"};
  static const std::unordered_set<std::string> kFuture = {"will", "shall", "'ll"};
  static const std::unordered_set<std::string> kFutureLemmas = {"expect", "plan", "schedule", "intend", "aim",
                                                                "prepare", "set", "due", "going"};
  static const std::unordered_set<std::string> kHypo = {"would", "could", "might", "may", "should", "if",
                                                        "unless", "whether", "can"};
  static const std::unordered_set<std::string> kAlleged = {"suspected", "suspect", "suspicion", "suspicions",
                                                           "allegedly", "alleged", "reportedly", "accused",
                                                           "rumored", "rumoured", "purportedly", "claimed"};
  // Alleged: anywhere before the verb in the sentence ("amid suspicions that X did").
  for (size_t i = 0; i < anchor && i < t.size(); ++i) {
    if (kAlleged.count(t[i].norm)) {
      f.label = "alleged";
      f.cues.push_back(t[i].norm);
      return f;
    }
  }
  // "in the event of", "if" anywhere in the clause.
  for (size_t i = clause_begin; i < clause_end && i < t.size(); ++i) {
    if (t[i].norm == "if" || t[i].norm == "unless" ||
        (t[i].norm == "event" && i >= 2 && t[i - 1].norm == "the" && t[i - 2].norm == "in")) {
      if (i < anchor) {
        f.label = "hypothetical";
        f.cues.push_back(t[i].norm);
        return f;
      }
    }
  }
  // Auxiliaries and control verbs close before the verb.
  size_t from = anchor > clause_begin + 6 ? anchor - 6 : clause_begin;
  for (size_t i = anchor; i-- > from;) {
    const std::string& w = t[i].norm;
    if (kNeg.count(w)) {
      f.label = "negated";
      f.cues.push_back(w);
      return f;
    }
    if (kNegVerbs.count(t[i].lemma) && i + 1 < t.size() && t[i + 1].norm == "to") {
      f.label = "negated";
      f.cues.push_back(t[i].norm);
      return f;
    }
    if (kFuture.count(w)) {
      f.label = "future";
      f.cues.push_back(w);
      return f;
    }
    if (kFutureLemmas.count(t[i].lemma) && i + 1 < anchor && t[i + 1].norm == "to") {
      f.label = "future";
      f.cues.push_back(t[i].norm + " to");
      return f;
    }
    if (kHypo.count(w)) {
      f.label = "hypothetical";
      f.cues.push_back(w);
      return f;
    }
  }
  return f;
}

}  // namespace entente
