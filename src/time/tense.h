// Tense of the clause around a time expression, from word forms alone (no parser): the
// nearest verb group to the left within the clause, else to the right, else across
// commas. "will", "would", modals, "is expected to", "plans to" and "to be" speak of a
// time to come; past forms ("said", "met", "had") of a time gone by; "is", "are" of the
// present. Used to resolve "on Tuesday", "in March", "this summer". Pure; thread-safe.
#pragma once

#include <cstdint>

#include "entente/analysis.h"

namespace entente {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// Tense of the verb governing tokens [first, last) of `s`; kUnknown when no verb is found.
// Works with or without WordNet lemmas (Token::past_verb, Token::lemma).
Tense TenseAt(const Sentence& s, uint32_t first, uint32_t last);

}  // namespace entente
