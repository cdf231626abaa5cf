// The state of coding one sentence, shared by the steps of CodeEvents (event_coder.cc,
// event_roles.cc, event_dyads.cc): what stays fixed for the sentence (SentenceContext),
// the word patterns are anchored on (Anchor), and what coding carries from one verb to
// the next (SentenceState). Internal to src/events.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_recognizer.h"
#include "dict/dictionaries.h"
#include "events/event_coder.h"
#include "events/sentence_view.h"

namespace entente::events {

// What stays fixed while one sentence is coded.
struct SentenceContext {
  const SentenceView& v;
  uint32_t si;  // the sentence's index
  const MentionSet& ms;
  const Dictionaries& dicts;
  const std::string& text;
  const CoderOptions& options;
  const FieldOptions* fo;    // options.field
  bool defaults;             // TABARI's DEFAULT: a default source or target is set
  LemmaBits sentence_bits;   // the bits of the sentence's lemma ids
};

// The word at token `a` as the anchor of patterns, and what its place says about it.
struct Anchor {
  uint32_t a = 0;
  bool check_anchor = false;      // candidates by stem may be restricted to surface forms
  bool after_determiner = false;  // a noun, unless the pattern names the words before it
  bool after_article = false;
  bool all_clause = false;        // TABARI's CODE ALL: in the clause of a coded verb
  bool that_clause = false;       // TABARI options: in a clause opened by "that"
};

// What coding one sentence carries from one verb to the next.
struct SentenceState {
  uint32_t matched_until = 0;  // anchors inside an earlier match are its words, not new verbs
  bool discard = false;        // a "[###]" or "[+++]" pattern matched: the sentence is dropped
  std::vector<int> last_subject;  // subject of the last coded verb, for conjoined verbs
  uint32_t last_anchor = 0;
  std::vector<size_t> dominant;  // events of dominant patterns ("[031!]") in this sentence
  std::vector<int> all_subject, all_target;  // CODE ALL (TABARI): the clause's first coded verb's
  uint32_t all_anchor = 0;
};

}  // namespace entente::events
